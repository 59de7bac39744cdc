package org.sourcewise.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.StatementKind;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.statement.NewStatement;
import org.sourcewise.statement.SelectedStatement;
import org.sourcewise.statement.StatementService;
import org.sourcewise.statement.StoredStatement;

/**
 * Asks who made a statement the engine missed, with the words the teacher selected shown as they will be stored;
 * a refusal is said inside the dialog, which stays open so nothing typed is lost.
 */
class AddStatementDialog extends Dialog {

    static final Map<StatementKind, String> HOW = Map.of(
            StatementKind.DIRECT, "A direct quote: the speaker's words in quotation marks",
            StatementKind.INDIRECT, "Reported speech: in the article's own words");

    final TextArea words = new TextArea("The statement (the words you selected)");
    final TextField speaker = new TextField("Speaker");
    final TextField role = new TextField("Role (optional)");
    final RadioButtonGroup<StatementKind> how = new RadioButtonGroup<>("How the article gives it");
    final Select<SourceKind> kind = FindingsView.sourceKinds();
    final DatePicker said = new DatePicker("Said on (empty: the article does not say)");
    final FormMessage message = new FormMessage();
    final Button save = new Button("Add the statement");

    AddStatementDialog(
            long articleId,
            SelectedStatement selected,
            StatementService statements,
            SerializableConsumer<StoredStatement> added) {
        setHeaderTitle("Add a statement");
        words.setValue(selected.content());
        words.setReadOnly(true);
        words.setWidthFull();
        speaker.setRequired(true);
        speaker.setMaxLength(StatementService.MAX_SPEAKER + 1);
        role.setMaxLength(StatementService.MAX_SPEAKER + 1);
        how.setItems(StatementKind.DIRECT, StatementKind.INDIRECT);
        how.setItemLabelGenerator(HOW::get);
        how.setRequired(true);
        kind.setValue(SourceKind.PERSON);
        said.setClearButtonVisible(true);
        Div fields = new Div(words, speaker, role, how, kind, said, message);
        fields.addClassName("add-statement-form");
        add(fields);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> message.attempt(() -> statements.add(
                        articleId,
                        new NewStatement(
                                selected.words(),
                                speaker.getValue(),
                                role.getValue(),
                                kind.getValue(),
                                how.getValue(),
                                said.getValue())))
                .ifPresent(statement -> {
                    close();
                    added.accept(statement);
                }));
        getFooter().add(new Button("Cancel", event -> close()), save);
    }
}
