package org.sourcewise.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sourcewise.account.NewAccount;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.common.ui.FormMessage;

/** A student joins their class with the code the teacher gave, choosing a name and a password. Open to everyone. */
@Route("join")
@PageTitle("Join your class · Sourcewise")
@AnonymousAllowed
class JoinView extends VerticalLayout implements BeforeEnterObserver {

    final TextField code = new TextField("Class code");
    final TextField name = new TextField("Your name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Password again");
    final Button join = new Button("Join the class");
    final FormMessage message = new FormMessage();

    private final ClassroomService classrooms;

    JoinView(ClassroomService classrooms) {
        this.classrooms = classrooms;
        addClassName("form-view");

        code.setHelperText("Your teacher gives you this code.");
        code.setMaxLength(20);
        name.setHelperText("How your teacher and class will see you; you also sign in with it.");
        name.setMaxLength(NewAccount.MAX_USERNAME + 1);
        password.setHelperText("At least " + NewAccount.MIN_PASSWORD + " characters.");
        for (var field : new com.vaadin.flow.component.textfield.TextFieldBase<?, ?>[] {code, name, password, repeat}) {
            field.setWidthFull();
            field.setRequired(true);
        }
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(event -> join());
        join.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        add(
                new H1("Join your class"),
                code,
                name,
                password,
                repeat,
                message,
                join,
                new Paragraph(new Anchor("login", "I already have an account: sign in")));
    }

    /** The class page's QR code and link carry the code, so a student who scans it has nothing to type but a name. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(given -> {
            if (code.isEmpty()) {
                code.setValue(given.length() > 20 ? given.substring(0, 20) : given);
            }
        });
    }

    private void join() {
        if (!password.getValue().equals(repeat.getValue())) {
            message.showError("The two passwords are not the same.");
            return;
        }
        String address = VaadinRequest.getCurrent() == null
                ? ""
                : VaadinRequest.getCurrent().getRemoteAddr();
        message.attempt(() ->
                        classrooms.joinAsNewStudent(code.getValue(), name.getValue(), password.getValue(), address))
                .ifPresent(this::welcome);
    }

    private void welcome(String classroom) {
        removeAll();
        add(
                new H1("Welcome!"),
                new Paragraph("You have joined " + classroom + ". Sign in with your name \u201c"
                        + name.getValue().strip() + "\u201d and your password."),
                new Anchor("login", "Sign in"));
    }
}
