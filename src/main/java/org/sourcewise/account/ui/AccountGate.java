package org.sourcewise.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.sourcewise.account.AccountService;
import org.sourcewise.security.ui.LoginView;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Looks at the signed-in person's account before every page: one whose password was handed to them goes to choose
 * their own first, whatever page they asked for, and a deactivated one is signed out and sent to the sign-in page, so
 * that deactivating an account takes effect on a session it already has open, at its next page.
 */
@Component
class AccountGate implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    AccountGate(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (!authentication.isAuthenticated()) {
            return;
        }
        switch (accounts.signedInAccountState()) {
            case MUST_CHANGE_PASSWORD -> {
                if (event.getNavigationTarget() != ChangePasswordView.class) {
                    event.forwardTo(ChangePasswordView.class);
                }
            }
            case DEACTIVATED -> {
                signOut();
                event.forwardTo(LoginView.class);
            }
            case ACTIVE -> {}
        }
    }

    /**
     * Forgets the sign-in but keeps the session: invalidating it would take the Vaadin session along while the page
     * it is drawing still needs it. The handler is made at each use, since it holds the security context strategy in
     * force when it is made.
     */
    private static void signOut() {
        SecurityContextLogoutHandler handler = new SecurityContextLogoutHandler();
        handler.setInvalidateHttpSession(false);
        handler.logout(
                VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse(),
                SecurityContextHolder.getContext().getAuthentication());
    }
}
