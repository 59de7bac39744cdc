package org.sourcewise.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.sourcewise.account.AccountService;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ui.ArticleMissing;
import org.sourcewise.article.ui.ArticlePane;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.QuestionStatus;
import org.sourcewise.bank.QuestionTitles;
import org.sourcewise.bank.ReviewCheck;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.common.Refusal;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.security.Roles;

/**
 * A teacher reviews the questions generated from one article: each can be accepted, edited or rejected, and an
 * accept or reject undone; filters by kind, status and check narrow the list, and every question shown can be
 * accepted at once (confirmed first, and undone after). Decisions are kept when the article is analysed again. The
 * article stays in view beside the list (sticky, in the theme's CSS).
 */
@Route("review")
@RolesAllowed({Roles.TEACHER, Roles.ADMIN})
class ReviewQuestionsView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ANY = "Any";
    static final String NEEDS_A_CHECK = "Needs a check (speaker or date)";
    static final String NO_CHECK = "No check needed";
    static final String WRITTEN = "Written by a teacher";

    final OrderedList questions = new OrderedList();
    final FormMessage message = FormMessage.status();
    final Button write = new Button("Write a question");
    final Select<String> kindFilter = new Select<>();
    final Select<String> statusFilter = new Select<>();
    final Select<String> checkFilter = new Select<>();
    final Button acceptAllShown = new Button("Accept all shown");

    private final QuestionBankService bank;
    private final ArticleService articles;
    private final AccountService accounts;
    private Map<Long, String> names = Map.of();
    private List<KeyedQuestion> all = List.of();
    private long me;
    private long articleId;
    private String articleText = "";
    private ArticlePane pane;
    private String title = "Review questions";

    // setParameter gives the pane its article; the page that says the article is missing never reads it
    @SuppressWarnings("NullAway.Init")
    ReviewQuestionsView(QuestionBankService bank, ArticleService articles, AccountService accounts) {
        this.bank = bank;
        this.articles = articles;
        this.accounts = accounts;
        addClassName("review-view");
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.addClickListener(click -> new WriteQuestionDialog(null, null, this::selectedWords, (written, passage) -> {
                    KeyedQuestion added = bank.write(articleId, written, evidence(passage));
                    done(added.id(), "Your question is added; students meet it with the others.");
                })
                .open());
        kindFilter.setLabel("Kind");
        statusFilter.setLabel("Status");
        statusFilter.setItems(
                ANY,
                statusLabel(QuestionStatus.GENERATED),
                statusLabel(QuestionStatus.ACCEPTED),
                statusLabel(QuestionStatus.EDITED),
                statusLabel(QuestionStatus.REJECTED),
                WRITTEN);
        checkFilter.setLabel("Check");
        checkFilter.setItems(ANY, ReviewCheck.SPEAKER.label(), ReviewCheck.DATE.label(), NEEDS_A_CHECK, NO_CHECK);
        for (Select<String> filter : List.of(kindFilter, statusFilter, checkFilter)) {
            filter.setValue(ANY);
            filter.addValueChangeListener(change -> render());
        }
        acceptAllShown.addClickListener(click -> confirmAcceptAll());
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
        articleText = articles.findForAnalysis(id).map(a -> a.text().text()).orElse("");
        title = "Questions on " + article.title();
        questions.addClassName("review-list");
        me = accounts.currentAccountId();
        pane = new ArticlePane(article);
        Div filters = new Div(kindFilter, statusFilter, checkFilter, acceptAllShown);
        filters.addClassName("review-filters");
        Div side = new Div(write, filters, message, questions);
        side.addClassName("player-question");
        Div body = new Div(side, pane);
        body.addClassName("player-body");
        Checkbox trustedOpen = new Checkbox("Use all questions above the confidence threshold: students meet those"
                + " the engine is sure of before I accept them");
        trustedOpen.setValue(bank.trustedQuestionsOpen(articleId));
        trustedOpen.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                bank.openTrustedQuestions(articleId, change.getValue());
                message.showDone(
                        change.getValue()
                                ? "Questions the engine is sure of now reach students; those marked"
                                        + " for a check still wait for your accept."
                                : "Now only the questions you accept reach students.");
                refresh();
            }
        });
        add(
                new H1(title),
                new Paragraph("Unless the box below is ticked, students meet a generated question only once a "
                        + "teacher accepts it. Accept the questions you want them to meet, edit those that need better wording, reject the rest, and write "
                        + "your own. Your decisions stay when the article is analysed again. A question marked \u201cCheck the "
                        + "speaker\u201d or \u201cCheck the date\u201d rests on a finding the engine is not sure of: students "
                        + "never meet it before you accept it, whatever you choose below."),
                trustedOpen,
                body);
        refresh();
    }

    private void refresh() {
        all = bank.questionsOf(articleId);
        names = accounts.displayNames(all.stream()
                .flatMap(q -> Stream.of(q.decidedBy(), q.authorId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<String> kinds = all.stream().map(QuestionTitles::kind).distinct().toList();
        String kind = kindFilter.getValue();
        kindFilter.setItems(Stream.concat(Stream.of(ANY), kinds.stream()).toList());
        kindFilter.setValue(kinds.contains(kind) ? kind : ANY);
        render();
    }

    /** The questions the filters let through, each numbered as in the whole list, so that a number names one question. */
    private void render() {
        questions.removeAll();
        if (all.isEmpty()) {
            questions.add(new ListItem("No questions yet: the article's analysis may still be running."));
        }
        List<KeyedQuestion> shown = shown();
        for (KeyedQuestion question : shown) {
            questions.add(item(question, all.indexOf(question) + 1));
        }
        if (!all.isEmpty() && shown.isEmpty()) {
            questions.add(new ListItem("No question matches these filters."));
        }
        long waiting = waiting(shown).size();
        acceptAllShown.setText(waiting == 0 ? "Accept all shown" : "Accept all shown (" + waiting + ")");
        acceptAllShown.setEnabled(waiting > 0);
    }

    List<KeyedQuestion> shown() {
        return all.stream().filter(this::passesFilters).toList();
    }

    private boolean passesFilters(KeyedQuestion question) {
        String kind = kindFilter.getValue();
        String status = statusFilter.getValue();
        String check = checkFilter.getValue();
        boolean written = question.own() && question.status() != QuestionStatus.REJECTED;
        return (ANY.equals(kind) || QuestionTitles.kind(question).equals(kind))
                && (ANY.equals(status)
                        || (WRITTEN.equals(status)
                                ? written
                                : !written && statusLabel(question.status()).equals(status)))
                && (ANY.equals(check)
                        || switch (check) {
                            case NEEDS_A_CHECK -> question.check() != null;
                            case NO_CHECK -> question.check() == null;
                            default ->
                                question.check() != null
                                        && question.check().label().equals(check);
                        });
    }

    /** The shown questions an accept applies to: generated ones nobody decided on yet, that this teacher may change. */
    private List<KeyedQuestion> waiting(List<KeyedQuestion> shown) {
        return shown.stream()
                .filter(q -> !q.own() && q.status() == QuestionStatus.GENERATED)
                .toList();
    }

    private void confirmAcceptAll() {
        List<KeyedQuestion> waiting = waiting(shown());
        long checks = waiting.stream().filter(q -> q.check() != null).count();
        String count = waiting.size() == 1 ? "1 question" : waiting.size() + " questions";
        ConfirmDialog confirm = new ConfirmDialog(
                "Accept " + count + "?",
                "Students will meet "
                        + (waiting.size() == 1 ? "it" : "them") + " in quizzes and free practice."
                        + (checks == 0
                                ? ""
                                : " " + checks + " of them rest on a speaker or date the engine is not sure of;"
                                        + " accept only what you have read."),
                "Accept " + count,
                done -> acceptAll(waiting.stream().map(KeyedQuestion::id).toList()));
        confirm.setCancelable(true);
        confirm.open();
    }

    private void acceptAll(List<Long> ids) {
        List<Long> accepted = bank.acceptAll(ids);
        refresh();
        Button undo = new Button("Undo", click -> {
            int reopened = bank.reopenAll(accepted);
            message.showDone("Undone: " + (reopened == 1 ? "1 question is" : reopened + " questions are")
                    + " back to not reviewed.");
            refresh();
        });
        undo.setAriaLabel("Undo accepting " + accepted.size() + " questions");
        message.showDone("Accepted " + (accepted.size() == 1 ? "1 question" : accepted.size() + " questions") + ". ");
        message.add(undo);
    }

    /** Hands on the words the teacher has selected in the article, or null when none are. */
    private void selectedWords(SerializableConsumer<String> then) {
        pane.readSelection(span -> then.accept(
                span == null
                        ? null
                        : articleText.substring(
                                Math.max(0, span.start()), Math.min(articleText.length(), span.end()))));
    }

    private List<org.sourcewise.analysis.Span> evidence(String passage) {
        return passage == null || passage.isBlank() ? List.of() : List.of(bank.findPassage(articleId, passage));
    }

    private ListItem item(KeyedQuestion question, int number) {
        ListItem item = new ListItem();
        item.addClassName("review-item");
        item.addClassName(question.status().name().toLowerCase(Locale.ROOT));
        item.setId("question-" + question.id());
        Span status = new Span(statusLabel(question));
        status.addClassName("review-status");
        Span kind = new Span(QuestionTitles.kind(question));
        kind.addClassName("review-kind");
        item.add(status, kind);
        // The review is shared by every teacher, so each decision says whose it was; an own question's label says it.
        if (!question.own()
                && question.status() != QuestionStatus.GENERATED
                && names.containsKey(question.decidedBy())) {
            Span by = new Span(" by " + names.get(question.decidedBy()));
            by.addClassName("review-decided-by");
            item.add(by);
        }
        if (question.check() != null && question.status() == QuestionStatus.GENERATED) {
            Span check = new Span(question.check().label());
            check.addClassName("review-check");
            item.add(check);
        }
        Span reach = new Span(question.reachesStudents() ? "Students meet it" : "Students do not meet it");
        reach.addClassName("review-reach");
        item.add(reach, new H2(question.stem().lines().findFirst().orElse("")));
        question.stem().lines().skip(1).forEach(line -> item.add(new Paragraph(line)));
        OrderedList choices = new OrderedList();
        choices.setType(OrderedList.NumberingType.UPPERCASE_LETTER);
        for (int i = 0; i < question.choices().size(); i++) {
            String choice = question.choices().get(i);
            boolean right = question.format() != AnswerFormat.ORDERING
                    && question.answer().getFirst() == i;
            ListItem shown = new ListItem(right ? choice + " (right answer)" : choice);
            if (right) {
                shown.addClassName("right");
            }
            choices.add(shown);
        }
        item.add(choices);
        boolean mine = bank.mayChange(question);
        if (question.own() && !mine) {
            item.add(new Paragraph(
                    question.authorId() == null
                            ? "From a quiz file: read only; copy it to change it."
                            : "Another teacher's question: read only; copy it to change it."));
        }
        if (question.written() instanceof WrittenQuestion.Gifted gifted) {
            Pre source = new Pre(gifted.giftText().strip());
            source.addClassName("gift-source");
            item.add(new Paragraph((mine ? "Your question" : "The question") + ", with its answers, in GIFT:"), source);
        }
        if (question.format() == AnswerFormat.ORDERING) {
            item.add(new Paragraph("Right order: "
                    + String.join(
                            ", ",
                            question.answer().stream()
                                    .map(i -> String.valueOf((char) ('A' + i)))
                                    .toList())));
        }
        item.add(new Paragraph("Explanation: " + question.explanation()));
        if (question.check() != null && !question.evidence().isEmpty()) {
            org.sourcewise.analysis.Span first = question.evidence().getFirst();
            item.add(new Paragraph("Evidence: "
                    + articleText.substring(Math.max(0, first.start()), Math.min(articleText.length(), first.end()))));
        }
        Div confirmation = new Div();
        confirmation.addClassName("review-confirmation");
        item.add(actions(question, number, mine), confirmation);
        return item;
    }

    private Div actions(KeyedQuestion question, int number, boolean mine) {
        Div actions = new Div();
        actions.addClassName("review-actions");
        if (!mine) {
            actions.add(action("Copy", question, number, bank::copy, "Copied: the copy is yours to change."));
            return actions;
        }
        if (question.status() == QuestionStatus.GENERATED) {
            actions.add(
                    action("Accept", question, number, bank::accept, "Accepted."),
                    action(
                            "Reject",
                            question,
                            number,
                            bank::reject,
                            "Rejected: students will not meet this question."));
        } else if (question.status() == QuestionStatus.EDITED && question.own()) {
            actions.add(action(
                    "Reject", question, number, bank::reject, "Rejected: students will not meet this question."));
        } else if (question.status() != QuestionStatus.EDITED) {
            actions.add(action("Undo", question, number, bank::reopen, "Back to undecided."));
        }
        Button edit = new Button(question.own() ? "Rewrite" : "Edit", event -> {
            if (question.own()) {
                String passage = question.evidence().isEmpty()
                        ? ""
                        : articleText.substring(
                                question.evidence().getFirst().start(),
                                question.evidence().getFirst().end());
                new WriteQuestionDialog(question.written(), passage, this::selectedWords, (written, changed) -> {
                            bank.rewrite(question.id(), written, evidence(changed));
                            done(question.id(), "Saved your question.");
                        })
                        .open();
            } else {
                new EditQuestionDialog(question, changed -> {
                            bank.edit(question.id(), changed);
                            done(question.id(), "Saved your edit.");
                        })
                        .open();
            }
        });
        edit.setAriaLabel(edit.getText() + " question " + number);
        actions.add(edit);
        return actions;
    }

    private Button action(
            String label, KeyedQuestion question, int number, LongFunction<KeyedQuestion> decide, String confirmation) {
        Button button = new Button(label, event -> {
            try {
                KeyedQuestion decided = decide.apply(question.id());
                done(decided.id(), confirmation);
            } catch (Refusal e) {
                refresh();
                confirm(question.id(), e.getMessage())
                        .ifPresentOrElse(shown -> shown.addClassName("error"), () -> message.showError(e.getMessage()));
            }
        });
        button.setAriaLabel(label + " question " + number);
        if ("Accept".equals(label)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /**
     * Shows the confirmation beside the question acted on, and moves the keyboard focus there, since the button
     * pressed is gone with the list redrawn; when the filters hide the question now, the confirmation goes on top.
     */
    private void done(long questionId, String confirmation) {
        message.clear();
        refresh();
        if (confirm(questionId, confirmation).isEmpty()) {
            message.showDone(confirmation);
        }
    }

    private Optional<Div> confirm(long questionId, String text) {
        Optional<Div> shown = questions
                .getChildren()
                .filter(item ->
                        item.getId().filter(("question-" + questionId)::equals).isPresent())
                .findFirst()
                .flatMap(item -> item.getChildren()
                        .filter(child -> child.getElement().getClassList().contains("review-confirmation"))
                        .findFirst())
                .map(Div.class::cast);
        shown.ifPresent(confirmation -> {
            confirmation.setText(text);
            confirmation.getElement().setAttribute("role", "status");
            confirmation.getElement().setAttribute("tabindex", "-1");
            confirmation.getElement().executeJs("this.focus({preventScroll: false})");
        });
        return shown;
    }

    /** An own question's status says who wrote it; "Edited" is for a generated question a teacher reworded. */
    private String statusLabel(KeyedQuestion question) {
        if (!question.own() || question.status() == QuestionStatus.REJECTED) {
            return statusLabel(question.status());
        }
        if (question.authorId() == null) {
            return "From a quiz file";
        }
        return question.authorId() == me
                ? "Your question"
                : "Written by " + names.getOrDefault(question.authorId(), "another teacher");
    }

    static String statusLabel(QuestionStatus status) {
        return switch (status) {
            case GENERATED -> "Not reviewed";
            case ACCEPTED -> "Accepted";
            case EDITED -> "Edited";
            case REJECTED -> "Rejected";
            case RETIRED -> "No longer asked";
        };
    }

    @Override
    public String getPageTitle() {
        return title + " · Sourcewise";
    }
}
