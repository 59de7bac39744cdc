package org.sourcewise.live.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.live.LiveLimits;
import org.sourcewise.live.LivePhase;
import org.sourcewise.live.LiveSeats;
import org.sourcewise.security.Roles;

/**
 * Joining a live session: the code from the projector (or from the QR code's link) and a nickname; a signed-in
 * student joins as themselves so that their answers count in their class's reports. Open to everyone.
 */
@Route(value = "live", autoLayout = false)
@PageTitle("Join a live quiz · Sourcewise")
@AnonymousAllowed
class LiveJoinView extends VerticalLayout implements HasUrlParameter<String> {

    final TextField code = new TextField("Code");
    final TextField nickname = new TextField("Nickname");
    final Button join = new Button("Join");
    final FormMessage message = new FormMessage();

    private final LiveSeats live;
    private final boolean student;

    LiveJoinView(LiveSeats live, AuthenticationContext authentication) {
        this.live = live;
        this.student = authentication.hasRole(Roles.STUDENT);
        addClassName("form-view");
        addClassName("live-join");
        code.setMaxLength(12);
        code.setRequired(true);
        code.setWidthFull();
        code.setHelperText("The code on your teacher's screen.");
        // The browser counts UTF-16 units, the service characters: twice the limit never cuts a name it would take.
        nickname.setMaxLength(2 * LiveLimits.NICKNAME + 1);
        nickname.setRequired(true);
        nickname.setWidthFull();
        nickname.setHelperText("How the class sees you; up to " + LiveLimits.NICKNAME + " characters.");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        join.addClickListener(event -> join());
        join.addClickShortcut(Key.ENTER);

        add(new H1("Join a live quiz"), code);
        if (student) {
            join.setText("Join as " + authentication.getPrincipalName().orElse("yourself"));
        } else {
            add(nickname);
        }
        add(message, join);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String joinCode) {
        if (joinCode != null) {
            code.setValue(joinCode);
            return;
        }
        // Back on the join page with a seat in a running session (a reload, a lost connection): take it again.
        String token = SeatToken.current();
        if (token != null
                && live.seat(token)
                        .filter(s -> !s.removed() && s.phase() != LivePhase.ENDED)
                        .isPresent()) {
            event.forwardTo(LivePlayView.class);
        }
    }

    private void join() {
        String address = VaadinRequest.getCurrent() == null
                ? ""
                : VaadinRequest.getCurrent().getRemoteAddr();
        message.attempt(() -> student
                        ? live.joinAsMe(code.getValue(), address)
                        : live.joinWithNickname(code.getValue(), nickname.getValue(), address))
                .ifPresent(this::play);
    }

    private void play(String token) {
        SeatToken.keep(token);
        getUI().ifPresent(ui -> ui.navigate(LivePlayView.class));
    }
}
