package org.sourcewise.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.common.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something they did in a view fails and no form caught it: a refusal's own reason, a
 * plain word when the rules do not let them, and otherwise a generic apology, with the stack trace only in the
 * server log. Opening a page that fails is {@code layout.ErrorView}'s job instead.
 */
@Component
class ViewErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    static final String NOT_ALLOWED = "You may not do this.";
    static final String UNEXPECTED =
            "Something went wrong; please try again. If it keeps happening, tell your " + "teacher or administrator.";

    private static final Logger log = LoggerFactory.getLogger(ViewErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        if (cause(thrown, ClientAbortException.class).isPresent()) {
            // The browser hung up while its answer was being written (a reload, a page left): nobody is there to
            // tell, nothing failed on the server, and the page finds its state again when it comes back.
            log.debug("A browser left before its response was written", thrown);
            return;
        }
        Optional<Refusal> refusal = cause(thrown, Refusal.class);
        String shown;
        if (refusal.isPresent()) {
            shown = refusal.get().getMessage();
        } else if (cause(thrown, AccessDeniedException.class).isPresent()) {
            log.warn("Refused by an access rule: {}", thrown.toString());
            shown = NOT_ALLOWED;
        } else {
            log.error("Unexpected error in a view", thrown);
            shown = UNEXPECTED;
        }
        // An error outside any UI (a request handler's, say) has no page to say it on; the log has it.
        if (UI.getCurrent() != null) {
            Notifications.error(shown);
        }
    }

    /** Vaadin may hand on a listener's exception wrapped, so the reason is looked for down the causes. */
    private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> kind) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return Optional.of(kind.cast(cause));
            }
        }
        return Optional.empty();
    }
}
