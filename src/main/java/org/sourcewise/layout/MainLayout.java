package org.sourcewise.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The frame around every view: the app name and the side navigation, a drawer on phones. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout() {
        Span appName = new Span("Sourcewise");
        appName.addClassName("app-name");
        addToNavbar(new DrawerToggle(), appName);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Library", "", VaadinIcon.OPEN_BOOK.create()));
        nav.setLabel("Main");
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
