package org.sourcewise.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Signing in. Open to everyone; the form posts to Spring Security's login action. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Sourcewise")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

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
            i18n.getErrorMessage().setMessage("Check both and try again. Your teacher can reset a forgotten password.");
        }
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error") || parameters.containsKey("wait"));
    }
}
