package org.sourcewise.quiz.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ArticleSummary;
import org.sourcewise.bank.AnswerKey;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.QuestionTitles;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.common.ui.Notifications;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizException;
import org.sourcewise.quiz.QuizLimits;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.sourcewise.security.Roles;

/**
 * A teacher builds a quiz: questions from any articles' banks, put in order, and how the quiz is played. Each
 * question offered shows what tells it apart (kind, review status, article, claim, choices with the key), can be
 * previewed as a student sees it, and found with a search; "Add all accepted" takes an article's ready questions.
 * {@code quizzes/build} starts a new quiz, {@code quizzes/build/12} changes quiz 12, {@code quizzes/build/copy-12}
 * starts from a copy of it (the way to change a quiz loaded from a file). Teachers only.
 */
@Route("quizzes/build")
@PageTitle("Build a quiz · Sourcewise")
@RolesAllowed(Roles.TEACHER)
class QuizBuilderView extends VerticalLayout implements HasUrlParameter<String> {

    static final String ONE_AT_A_TIME = "One at a time";
    static final String ALL_AT_ONCE = "All on one page";
    static final String FEEDBACK_NOW = "After each answer";
    static final String FEEDBACK_AT_END = "When the student has answered every question";

    final TextField title = new TextField("Quiz title");
    final ComboBox<ArticleSummary> article = new ComboBox<>("Take questions from the article");
    final UnorderedList available = new UnorderedList();
    final OrderedList chosen = new OrderedList();
    final TextField search = new TextField("Search this article's questions");
    final Button addAllAccepted = new Button("Add all accepted");
    final Checkbox shuffle = new Checkbox("Shuffle the questions for each attempt");
    final RadioButtonGroup<String> layout = new RadioButtonGroup<>("Show the questions");
    final RadioButtonGroup<String> feedback = new RadioButtonGroup<>("Show whether an answer was right");
    final IntegerField attempts = new IntegerField("Attempts allowed (empty: no limit)");
    final DateTimePicker due = new DateTimePicker("Due (optional)");
    final Button save = new Button("Save quiz");
    final FormMessage message = new FormMessage();

    private final QuizService quizzes;
    private final QuestionBankService bank;
    private final List<KeyedQuestion> questions = new ArrayList<>();
    private final Map<Long, String> articleTitles;
    private @Nullable Long quizId;

    QuizBuilderView(QuizService quizzes, QuestionBankService bank, ArticleService articles) {
        this.quizzes = quizzes;
        this.bank = bank;
        addClassName("quiz-builder");
        title.setMaxLength(QuizLimits.TITLE + 1);
        title.setRequired(true);
        title.setWidthFull();
        List<ArticleSummary> library = articles.findArticles("");
        articleTitles = library.stream().collect(Collectors.toMap(ArticleSummary::id, ArticleSummary::title));
        article.setItems(library);
        article.setItemLabelGenerator(ArticleSummary::title);
        article.setWidthFull();
        article.addValueChangeListener(event -> showAvailable());
        available.addClassName("available-questions");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> showAvailable());
        addAllAccepted.setEnabled(false);
        addAllAccepted.addClickListener(event -> addAllAccepted());
        addAllAccepted.setTooltipText(
                "Every question of this article that students may meet: accepted or edited by a"
                        + " teacher, a teacher's own, and those above the confidence threshold if the article lets them through");
        chosen.addClassName("chosen-questions");
        layout.setItems(ONE_AT_A_TIME, ALL_AT_ONCE);
        layout.setValue(ONE_AT_A_TIME);
        feedback.setItems(FEEDBACK_NOW, FEEDBACK_AT_END);
        feedback.setValue(FEEDBACK_NOW);
        attempts.setMin(1);
        attempts.setMax(QuizSettings.MOST_ATTEMPTS);
        attempts.setStepButtonsVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("big-button");
        save.addClickListener(event -> save());
        Div pick = new Div(article, search, addAllAccepted);
        pick.addClassName("builder-pick");
        add(
                new RouterLink("\u2190 Quizzes", QuizzesView.class),
                new H1("Build a quiz"),
                title,
                new H2("Questions in the quiz"),
                chosen,
                new H2("Add questions"),
                pick,
                available,
                new H2("Settings"),
                shuffle,
                layout,
                feedback,
                attempts,
                due,
                save,
                message);
        renderChosen();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String which) {
        if (which == null || which.isBlank()) {
            return;
        }
        boolean copy = which.startsWith("copy-");
        try {
            long id = Long.parseLong(copy ? which.substring(5) : which);
            QuizDraft draft = quizzes.draftOf(id);
            quizId = copy ? null : id;
            title.setValue(copy ? "Copy of " + draft.title() : draft.title());
            questions.addAll(bank.questions(draft.questionIds()));
            QuizSettings settings = draft.settings();
            shuffle.setValue(settings.shuffle());
            layout.setValue(settings.allAtOnce() ? ALL_AT_ONCE : ONE_AT_A_TIME);
            feedback.setValue(settings.feedbackAtEnd() ? FEEDBACK_AT_END : FEEDBACK_NOW);
            attempts.setValue(settings.attemptsAllowed());
            due.setValue(
                    settings.dueAt() == null
                            ? null
                            : settings.dueAt().atZone(ZoneId.systemDefault()).toLocalDateTime());
            renderChosen();
        } catch (NumberFormatException | QuizException e) {
            message.showError("There is no such quiz among yours; you can build a new one here.");
        }
    }

    private void showAvailable() {
        available.removeAll();
        if (article.getValue() == null) {
            addAllAccepted.setEnabled(false);
            return;
        }
        List<KeyedQuestion> askable =
                bank.questionsStudentsMeet(article.getValue().id());
        List<KeyedQuestion> missing = askable.stream().filter(q -> !chosen(q)).toList();
        addAllAccepted.setText("Add all accepted (" + missing.size() + ")");
        addAllAccepted.setEnabled(!missing.isEmpty());
        if (askable.isEmpty()) {
            available.add(new ListItem("No question of this article reaches students yet: its analysis may still be"
                    + " running, or its questions wait for a teacher's accept on its review page."));
            return;
        }
        List<KeyedQuestion> found =
                askable.stream().filter(q -> matches(q, search.getValue())).toList();
        if (found.isEmpty()) {
            available.add(new ListItem("No question of this article has \u201c"
                    + search.getValue().strip() + "\u201d in its text, claim or choices."));
        }
        for (KeyedQuestion question : found) {
            Button add = new Button("Add");
            add.getElement().setAttribute("aria-label", "Add: " + QuestionTitles.of(question));
            add.setEnabled(!chosen(question));
            add.addClickListener(event -> {
                questions.add(question);
                renderChosen();
                showAvailable();
            });
            Button preview = new Button("Preview", event -> new QuestionPreview(question).open());
            preview.getElement().setAttribute("aria-label", "Preview: " + QuestionTitles.of(question));
            preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            ListItem item = card(question);
            Div actions = new Div(add, preview);
            actions.addClassName("builder-actions");
            item.add(actions);
            available.add(item);
        }
    }

    private boolean chosen(KeyedQuestion question) {
        return questions.stream().anyMatch(q -> q.id() == question.id());
    }

    /** Whether every word searched for is in the question's text, claim, choices or kind, whatever the case. */
    private static boolean matches(KeyedQuestion question, String search) {
        String haystack = String.join(
                        "\n",
                        question.stem(),
                        QuestionTitles.claim(question),
                        QuestionTitles.kind(question),
                        String.join(
                                "\n",
                                AnswerKey.of(question).stream()
                                        .map(AnswerKey.Line::text)
                                        .toList()))
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(search.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .allMatch(haystack::contains);
    }

    /** What tells one question from another: kind, review status, article, the claim, and the choices with the key. */
    private ListItem card(KeyedQuestion question) {
        ListItem item = new ListItem();
        item.addClassName("builder-question");
        Span kind = new Span(QuestionTitles.kind(question));
        kind.addClassName("builder-kind");
        Span status = new Span(QuestionLabels.status(question));
        status.addClassName("builder-status");
        Span from = new Span(articleTitles.getOrDefault(question.articleId(), "an article no longer in the library"));
        from.addClassName("builder-article");
        Div meta = new Div(kind, status, from);
        meta.addClassName("builder-meta");
        Paragraph claim = new Paragraph(QuestionTitles.claim(question));
        claim.addClassName("builder-claim");
        Paragraph stem = new Paragraph(
                question.stem().lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
        stem.addClassName("builder-stem");
        item.add(meta, claim);
        if (!stem.getText().equals(claim.getText())) {
            item.add(stem);
        }
        UnorderedList key = new UnorderedList();
        key.addClassName("builder-key");
        for (AnswerKey.Line line : AnswerKey.of(question)) {
            ListItem choice = new ListItem(line.right() ? line.text() + " (right answer)" : line.text());
            if (line.right()) {
                choice.addClassName("right");
            }
            key.add(choice);
        }
        item.add(key);
        return item;
    }

    private void addAllAccepted() {
        if (article.getValue() == null) {
            return;
        }
        List<KeyedQuestion> missing = bank
                .questionsStudentsMeet(article.getValue().id())
                .stream()
                .filter(q -> !chosen(q))
                .toList();
        questions.addAll(missing);
        renderChosen();
        showAvailable();
        message.showDone("Added " + (missing.size() == 1 ? "1 question" : missing.size() + " questions") + " of "
                + article.getValue().title() + ".");
    }

    private void renderChosen() {
        chosen.removeAll();
        if (questions.isEmpty()) {
            chosen.add(new ListItem("No questions yet: choose an article below and add some."));
        }
        for (int i = 0; i < questions.size(); i++) {
            int at = i;
            KeyedQuestion question = questions.get(i);
            Button up = new Button("Up", event -> move(at, at - 1));
            Button down = new Button("Down", event -> move(at, at + 1));
            Button remove = new Button("Remove", event -> {
                questions.remove(at);
                renderChosen();
                showAvailable();
            });
            up.setEnabled(at > 0);
            down.setEnabled(at < questions.size() - 1);
            String name = QuestionTitles.of(question);
            up.getElement().setAttribute("aria-label", "Move up: " + name);
            down.getElement().setAttribute("aria-label", "Move down: " + name);
            remove.getElement().setAttribute("aria-label", "Remove: " + name);
            Span title = new Span(name);
            Span from = new Span(articleTitles.getOrDefault(question.articleId(), ""));
            from.addClassName("builder-article");
            Div actions = new Div(up, down, remove);
            actions.addClassName("builder-actions");
            chosen.add(new ListItem(title, from, actions));
        }
    }

    private void move(int from, int to) {
        questions.add(to, questions.remove(from));
        renderChosen();
    }

    private void save() {
        if (attempts.isInvalid() || due.isInvalid()) {
            message.showError("Check the attempts allowed and the due date.");
            return;
        }
        boolean saved = message.attempt(() -> {
            QuizSettings settings = new QuizSettings(
                    shuffle.getValue(),
                    ALL_AT_ONCE.equals(layout.getValue()),
                    FEEDBACK_AT_END.equals(feedback.getValue()),
                    attempts.getValue(),
                    due.getValue() == null
                            ? null
                            : due.getValue().atZone(ZoneId.systemDefault()).toInstant());
            QuizDraft draft = new QuizDraft(
                    title.getValue(), questions.stream().map(KeyedQuestion::id).toList(), settings);
            if (quizId == null) {
                quizId = quizzes.create(draft);
            } else {
                quizzes.update(quizId, draft);
            }
        });
        if (saved) {
            Notifications.success("Quiz saved. Assign it to a class from the class's page.");
            UI.getCurrent().navigate(QuizzesView.class);
        }
    }
}
