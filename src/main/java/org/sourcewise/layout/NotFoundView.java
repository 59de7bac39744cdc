package org.sourcewise.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for any address that is not a page of Sourcewise. Open to everyone: without it, an anonymous
 * visitor with a mistyped link would get a bare "access denied".
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("message-view");
        add(
                new H1("Page not found"),
                new Paragraph("There is no page at this address. Check the link, or start from the library."),
                new Anchor("", "Go to the library"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
