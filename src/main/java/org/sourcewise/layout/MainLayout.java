package org.sourcewise.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.sourcewise.security.Roles;

/** The frame around every view: the app name and the side navigation, a drawer on phones. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span appName = new Span("Sourcewise");
        appName.addClassName("app-name");
        addToNavbar(new DrawerToggle(), appName, account(authentication));

        SideNav nav = new SideNav();
        if (authentication.isAuthenticated()) {
            nav.addItem(new SideNavItem("Library", "", VaadinIcon.OPEN_BOOK.create()));
        }
        if (authentication.hasAnyRole(Roles.TEACHER, Roles.ADMIN)) {
            nav.addItem(new SideNavItem("Import article", "import", VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem("Quizzes", "quizzes", VaadinIcon.LIST_OL.create()));
        }
        if (authentication.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem("Accounts", "accounts", VaadinIcon.USERS.create()));
        }
        if (authentication.hasRole(Roles.TEACHER)) {
            nav.addItem(new SideNavItem("My classes", "classes", VaadinIcon.GROUP.create()));
        }
        if (authentication.hasRole(Roles.STUDENT)) {
            nav.addItem(new SideNavItem("Practice", "practice", VaadinIcon.CHECK_SQUARE_O.create()));
            nav.addItem(new SideNavItem("Your history", "history", VaadinIcon.CHART.create()));
        }
        if (!authentication.isAuthenticated()) {
            nav.addItem(new SideNavItem("Join a class", "join", VaadinIcon.SIGN_IN.create()));
        }
        nav.setLabel("Main");
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** Who is signed in, with a way out; or the way in. Names are set as text, never as markup. */
    private static Div account(AuthenticationContext authentication) {
        Div account = new Div();
        account.addClassName("account");
        authentication
                .getPrincipalName()
                .ifPresentOrElse(
                        name -> {
                            Button signOut = new Button("Sign out", event -> authentication.logout());
                            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            account.add(new Span(name), signOut);
                        },
                        () -> account.add(new Anchor("login", "Sign in")));
        return account;
    }
}
