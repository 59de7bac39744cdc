package org.sourcewise.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.ClassroomSummary;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.common.ui.Notifications;
import org.sourcewise.security.Roles;

/** A teacher's classes with their join codes; new classes are made here. Teachers only. */
@Route("classes")
@PageTitle("My classes · Sourcewise")
@RolesAllowed(Roles.TEACHER)
class ClassroomsView extends VerticalLayout {

    final TextField newName = new TextField("New class");
    final Button create = new Button("Create class");
    final Grid<ClassroomSummary> grid = new Grid<>();
    final FormMessage message = new FormMessage();

    private final ClassroomService classrooms;

    ClassroomsView(ClassroomService classrooms) {
        this.classrooms = classrooms;
        addClassName("classrooms-view");

        newName.setPlaceholder("e.g. 9B Media studies");
        newName.setMaxLength(ClassroomService.MAX_NAME + 1);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> create());
        HorizontalLayout form = new HorizontalLayout(newName, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        grid.addComponentColumn(c -> new RouterLink(c.name(), ClassroomView.class, c.id()))
                .setHeader("Class")
                .setFlexGrow(2);
        grid.addColumn(ClassroomSummary::joinCode).setHeader("Join code");
        grid.addColumn(ClassroomSummary::students).setHeader("Students");
        grid.addComponentColumn(this::archiveButton).setHeader("");
        grid.setAllRowsVisible(true);

        add(new H1("My classes"), form, message, grid);
        refresh();
    }

    private Button archiveButton(ClassroomSummary classroom) {
        if (classroom.archived()) {
            Button archived = new Button("Archived");
            archived.setEnabled(false);
            return archived;
        }
        Button archive = new Button("Archive", event -> {
            classrooms.archive(classroom.id());
            Notifications.success(classroom.name() + " is archived: it keeps its results but takes no new students.");
            refresh();
        });
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        archive.setAriaLabel("Archive " + classroom.name());
        return archive;
    }

    private void create() {
        message.attempt(() -> classrooms.createClassroom(newName.getValue())).ifPresent(created -> {
            newName.clear();
            message.showDone(
                    created.name() + " is ready. Students join at /join with the code " + created.joinCode() + ".");
            refresh();
        });
    }

    private void refresh() {
        grid.setItems(classrooms.myClassrooms());
    }
}
