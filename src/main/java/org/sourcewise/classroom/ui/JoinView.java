package org.sourcewise.classroom.ui;

import com.vaadin.flow.component.Text;
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

/**
 * A student joins their class with the code the teacher gave, choosing a name and a password, and is signed in at
 * once. Open to everyone.
 */
@Route("join")
@PageTitle("Join your class · Sourcewise")
@AnonymousAllowed
class JoinView extends VerticalLayout implements BeforeEnterObserver {

    /**
     * Signs the new student in by posting the sign-in page's own form, so that it goes through every check and the
     * throttle a sign-in does, and the session gets a new id as at every sign-in; the password is read from its field
     * in the page, never sent back to it.
     */
    private static final String SIGN_IN = """
            const form = document.createElement('form');
            form.method = 'post';
            form.action = 'login';
            const fields = {username: $0, password: $1.value};
            const csrfName = document.querySelector('meta[name=_csrf_parameter]');
            const csrf = document.querySelector('meta[name=_csrf]');
            if (csrfName && csrf) {
              fields[csrfName.content] = csrf.content;
            }
            for (const [name, value] of Object.entries(fields)) {
              const input = document.createElement('input');
              input.type = 'hidden';
              input.name = name;
              input.value = value;
              form.append(input);
            }
            document.body.append(form);
            form.submit();""";

    final H1 heading = new H1("Join your class");
    final VerticalLayout form = new VerticalLayout();
    final Paragraph welcome = new Paragraph();
    final TextField code = new TextField("Class code");
    final TextField name = new TextField("Your name (also your sign-in name)");
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
        name.setHelperText("Your first and last name, as your teacher and class will see it, such as Ana Lima. You"
                + " type it to sign in, too.");
        name.setMaxLength(NewAccount.MAX_USERNAME + 1);
        password.setHelperText("At least " + NewAccount.MIN_PASSWORD + " characters.");
        for (var field : new com.vaadin.flow.component.textfield.TextFieldBase<?, ?>[] {code, name, password, repeat}) {
            field.setWidthFull();
            field.setRequired(true);
        }
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(event -> join());
        join.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        form.setPadding(false);
        form.add(
                code,
                name,
                password,
                repeat,
                message,
                join,
                new Paragraph(new Anchor("login", "I already have an account: sign in")));
        welcome.setVisible(false);
        add(heading, form, welcome);
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
                .ifPresent(this::signIn);
    }

    /** The form stays in the page, hidden, for the sign-in to read the password from. */
    private void signIn(String classroom) {
        String username = NewAccount.signInName(name.getValue());
        heading.setText("Welcome!");
        form.setVisible(false);
        welcome.setText("You have joined " + classroom + ". Signing you in as \u201c"
                + name.getValue().strip() + "\u201d\u2026 If nothing happens, ");
        welcome.add(new Anchor("login", "sign in with your name and password"), new Text("."));
        welcome.setVisible(true);
        getElement().executeJs(SIGN_IN, username, password.getElement());
    }
}
