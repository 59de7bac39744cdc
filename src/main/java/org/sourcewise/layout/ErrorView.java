package org.sourcewise.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when opening a page fails: a plain message for the reader, the stack trace only in the server log. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        addClassName("message-view");
        add(
                new H1("Something went wrong"),
                new Paragraph("Sourcewise could not open this page. Please try again in a moment; "
                        + "if it keeps happening, tell your teacher or administrator."));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
