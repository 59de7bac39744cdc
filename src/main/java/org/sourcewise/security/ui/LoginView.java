package org.sourcewise.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * Signing in. Open to everyone; the form posts to Spring Security's login action. Every failed sign-in comes back
 * with the same message, a wrong password and a deactivated account alike, and with the name typed filled in again.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Sourcewise")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** The form's own fields are in the page's light DOM once it has rendered; the password is what to type next. */
    private static final String FILL_IN_NAME = """
            customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
              this.querySelector('#vaadinLoginUsername').value = $0;
              this.querySelector('#vaadinLoginPassword').focus();
            })""";

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Sign-in name");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Sourcewise"), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("wait")) {
            i18n.getErrorMessage().setTitle("Too many wrong passwords");
            i18n.getErrorMessage()
                    .setMessage("Wait " + parameters.get("wait").getFirst().replaceAll("\\D", "")
                            + " seconds, then try again. An admin can lift the lock at once.");
        } else {
            i18n.getErrorMessage().setTitle("Wrong sign-in name or password");
            i18n.getErrorMessage()
                    .setMessage("Check both and try again; your teacher can reset a forgotten password. A deactivated"
                            + " account cannot sign in with any password: ask your teacher or an admin.");
        }
        form.setI18n(i18n);
        boolean failed = parameters.containsKey("error") || parameters.containsKey("wait");
        form.setError(failed);
        if (failed) {
            triedName().ifPresent(name -> {
                form.getElement().setProperty("noAutofocus", true);
                form.getElement().executeJs(FILL_IN_NAME, name);
            });
        }
    }

    /** The name typed in the sign-in that failed, taken from the session so that it is filled in only once. */
    private static Optional<String> triedName() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object name = session.getAttribute(TriedName.SESSION_ATTRIBUTE);
        session.removeAttribute(TriedName.SESSION_ATTRIBUTE);
        return name instanceof String typed ? Optional.of(typed) : Optional.empty();
    }
}
