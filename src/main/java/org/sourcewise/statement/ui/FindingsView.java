package org.sourcewise.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ui.ArticleMissing;
import org.sourcewise.article.ui.ArticlePane;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.security.Roles;
import org.sourcewise.statement.StatementService;
import org.sourcewise.statement.StoredStatement;

/**
 * What the engine found in one article, for a teacher to correct: each statement's speaker, role, kind of source and
 * date can be fixed and a false statement deleted; the article's questions are generated again after each change.
 */
@Route("findings")
@RolesAllowed({Roles.TEACHER, Roles.ADMIN})
class FindingsView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    static final Map<SourceKind, String> KINDS = Map.of(
            SourceKind.PERSON,
            "A named person",
            SourceKind.ANONYMOUS,
            "An unnamed source",
            SourceKind.ORGANIZATION,
            "An organisation, government or country",
            SourceKind.PUBLICATION,
            "A publication");

    /**
     * Statements shown at once: each brings a form of a dozen components, and a long article's two thousand
     * statements would put tens of thousands of them into the page.
     */
    static final int PAGE = 25;

    final OrderedList list = new OrderedList();
    final FormMessage message = FormMessage.status();
    final Button previous = new Button("Previous statements");
    final Button next = new Button("Next statements");
    final Paragraph range = new Paragraph();
    private final Div pager = new Div(previous, range, next);
    private final Button add = new Button("Add a statement");
    /** The index of the first statement on the page shown. */
    private int first;

    private final StatementService statements;
    private final ArticleService articles;
    private ArticlePane pane;
    private long articleId;
    private String title = "Findings";

    // setParameter gives the pane its article; the page that says the article is missing never reads it
    @SuppressWarnings("NullAway.Init")
    FindingsView(StatementService statements, ArticleService articles) {
        this.statements = statements;
        this.articles = articles;
        addClassName("findings-view");
        add.addClickListener(event -> pane.readSelection(this::selected));
        pager.addClassName("findings-pager");
        range.getElement().setAttribute("aria-live", "polite");
        previous.addClickListener(event -> turnTo(first - PAGE));
        next.addClickListener(event -> turnTo(first + PAGE));
    }

    private void turnTo(int index) {
        first = index;
        refresh();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        ArticleReading article = articles.findForReading(id).orElse(null);
        if (article == null) {
            title = ArticleMissing.TITLE;
            add(new ArticleMissing());
            return;
        }
        articleId = id;
        first = 0;
        title = "Statements in " + article.title();
        pane = new ArticlePane(article);
        list.addClassName("findings-list");
        Paragraph missed = new Paragraph("Did the engine miss a statement? Select its words in the article, then "
                + "press \u201cAdd a statement\u201d.");
        Div side = new Div(missed, add, message, pager, list);
        side.addClassName("player-question");
        Div body = new Div(side, pane);
        body.addClassName("player-body");
        add(
                new H1(title),
                new Paragraph("Check who said what and when. Your corrections are kept, and the questions "
                        + "are generated again from them."),
                new Anchor("review/" + id, "Review the generated questions"),
                body);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<StoredStatement> found = statements.statementsOf(articleId);
        if (found.isEmpty()) {
            list.add(new ListItem("No statements yet: the article's analysis may still be running."));
        }
        first = Math.max(0, Math.min(first, (found.size() - 1) / PAGE * PAGE));
        int last = Math.min(found.size(), first + PAGE);
        for (int i = first; i < last; i++) {
            list.add(item(i + 1, found.get(i)));
        }
        list.getElement().setAttribute("start", String.valueOf(first + 1));
        pager.setVisible(found.size() > PAGE);
        range.setText("Statements " + (first + 1) + " to " + last + " of " + found.size());
        previous.setEnabled(first > 0);
        next.setEnabled(last < found.size());
    }

    /** What the teacher selected in the article (null: nothing), offered for adding as a statement. */
    void selected(Span selection) {
        if (selection == null) {
            message.showError(
                    "Select the statement's words in the article first, then press" + " \u201cAdd a statement\u201d.");
            return;
        }
        message.attempt(() -> statements.select(articleId, selection))
                .ifPresent(selected -> new AddStatementDialog(articleId, selected, statements, this::added).open());
    }

    private void added(StoredStatement statement) {
        int number = statements.statementsOf(articleId).stream()
                        .map(StoredStatement::id)
                        .toList()
                        .indexOf(statement.id())
                + 1;
        turnTo((number - 1) / PAGE * PAGE);
        message.showDone("Added statement " + number + "; the questions were generated again.");
        pane.highlight(List.of(new Span(statement.contentStart(), statement.contentEnd())));
    }

    private ListItem item(int number, StoredStatement statement) {
        Paragraph content = new Paragraph("\u201c" + statement.content() + "\u201d");
        content.addClassName("question-quote");
        TextField speaker = new TextField("Speaker");
        speaker.setValue(statement.speakerName());
        speaker.setMaxLength(StatementService.MAX_SPEAKER + 1);
        TextField role = new TextField("Role");
        role.setValue(statement.speakerRole() == null ? "" : statement.speakerRole());
        role.setMaxLength(StatementService.MAX_SPEAKER + 1);
        Select<SourceKind> kind = sourceKinds();
        kind.setValue(statement.sourceKind());
        DatePicker said = new DatePicker("Said on (empty: the article does not say)");
        said.setValue(statement.saidOn());
        said.setClearButtonVisible(true);

        Button show = new Button(
                "Show in article",
                event -> pane.highlight(List.of(new Span(statement.evidenceStart(), statement.evidenceEnd()))));
        show.setAriaLabel("Show statement " + number + " in the article");
        Button save = new Button(
                "Save",
                event -> attempt(
                        () -> statements.correct(
                                statement.id(), speaker.getValue(), role.getValue(), kind.getValue(), said.getValue()),
                        "Saved statement " + number + "; the questions were generated again."));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setAriaLabel("Save statement " + number);
        Button delete = new Button("Delete", event -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Delete statement " + number + "?",
                    "Delete it only if the article does not report it. Questions about it are no longer asked.",
                    "Delete",
                    done -> attempt(
                            () -> statements.delete(statement.id()),
                            "Deleted statement " + number + "; the questions were generated again."));
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete statement " + number);
        Div actions = new Div(show, save, delete);
        actions.addClassName("review-actions");
        ListItem item = new ListItem(content, speaker, role, kind, said, actions);
        if (statement.addedByTeacher()) {
            Paragraph origin = new Paragraph("Added by a teacher");
            origin.addClassName("finding-origin");
            item.addComponentAsFirst(origin);
        }
        item.addClassName("finding");
        return item;
    }

    static Select<SourceKind> sourceKinds() {
        Select<SourceKind> kind = new Select<>();
        kind.setLabel("Kind of source");
        kind.setItems(SourceKind.PERSON, SourceKind.ANONYMOUS, SourceKind.ORGANIZATION, SourceKind.PUBLICATION);
        kind.setItemLabelGenerator(KINDS::get);
        return kind;
    }

    private void attempt(Runnable change, String confirmation) {
        if (message.attempt(change)) {
            refresh();
            message.showDone(confirmation);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Sourcewise";
    }
}
