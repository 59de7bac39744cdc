package org.sourcewise.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
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
import java.util.function.LongFunction;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.account.AccountService;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ui.ArticleMissing;
import org.sourcewise.article.ui.ArticlePane;
import org.sourcewise.bank.AnswerFormat;
import org.sourcewise.bank.BankQuestionView;
import org.sourcewise.bank.QuestionBankException;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.QuestionStatus;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.security.Roles;

/**
 * A teacher reviews the questions generated from one article: each can be accepted, edited or rejected, and an
 * accept or reject undone. Decisions are kept when the article is analysed again.
 */
@Route("review")
@RolesAllowed({Roles.TEACHER, Roles.ADMIN})
class ReviewQuestionsView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    final OrderedList questions = new OrderedList();
    final Div message = new Div();
    final Button write = new Button("Write a question");

    private final QuestionBankService bank;
    private final ArticleService articles;
    private final AccountService accounts;
    private Map<Long, String> names = Map.of();
    private long articleId;
    private String articleText = "";
    private ArticlePane pane;
    private String title = "Review questions";

    ReviewQuestionsView(QuestionBankService bank, ArticleService articles, AccountService accounts) {
        this.bank = bank;
        this.articles = articles;
        this.accounts = accounts;
        addClassName("review-view");
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.addClickListener(click -> new WriteQuestionDialog(null, null, this::selectedWords, (written, passage) -> {
            bank.write(articleId, written, evidence(passage));
            done("Your question is added; students meet it with the others.");
        }).open());
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
        pane = new ArticlePane(article);
        Div side = new Div(write, message, questions);
        side.addClassName("player-question");
        Div body = new Div(side, pane);
        body.addClassName("player-body");
        Checkbox trustedOpen = new Checkbox("Students may meet generated questions the engine is sure of before I accept them");
        trustedOpen.setValue(bank.trustedQuestionsOpen(articleId));
        trustedOpen.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                bank.openTrustedQuestions(articleId, change.getValue());
                done(change.getValue() ? "Questions the engine is sure of now reach students; those marked for a check still wait for your accept."
                        : "Now only the questions you accept reach students.");
            }
        });
        add(new H1(title), new Paragraph("Accept the questions you want students to meet, edit those that need "
                + "better wording, reject the rest, and write your own. Your decisions stay when the article is "
                + "analysed again. A question marked \u201cCheck the speaker\u201d or \u201cCheck the date\u201d rests on "
                + "a finding the engine is not sure of: students never meet it before you accept it."), trustedOpen, body);
        refresh();
    }

    private void refresh() {
        questions.removeAll();
        List<BankQuestionView> all = bank.questionsOf(articleId);
        names = accounts.displayNames(all.stream().map(BankQuestionView::decidedBy).filter(Objects::nonNull).toList());
        if (all.isEmpty()) {
            questions.add(new ListItem("No questions yet: the article's analysis may still be running."));
        }
        for (int i = 0; i < all.size(); i++) {
            questions.add(item(all.get(i), i + 1));
        }
    }

    /** Hands on the words the teacher has selected in the article, or null when none are. */
    private void selectedWords(SerializableConsumer<String> then) {
        pane.readSelection(span -> then.accept(span == null ? null
                : articleText.substring(Math.max(0, span.start()), Math.min(articleText.length(), span.end()))));
    }

    private List<org.sourcewise.analysis.Span> evidence(String passage) {
        return passage == null || passage.isBlank() ? List.of() : List.of(bank.findPassage(articleId, passage));
    }

    private ListItem item(BankQuestionView question, int number) {
        ListItem item = new ListItem();
        item.addClassName("review-item");
        item.addClassName(question.status().name().toLowerCase(Locale.ROOT));
        Span status = new Span(statusLabel(question.status()));
        status.addClassName("review-status");
        item.add(status);
        // The review is shared by every teacher, so each decision says whose it was.
        if (question.status() != QuestionStatus.GENERATED && names.containsKey(question.decidedBy())) {
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
            boolean right = question.format() != AnswerFormat.ORDERING && question.answer().getFirst() == i;
            ListItem shown = new ListItem(right ? choice + " (right answer)" : choice);
            if (right) {
                shown.addClassName("right");
            }
            choices.add(shown);
        }
        item.add(choices);
        boolean mine = bank.mayChange(question);
        if (question.own() && !mine) {
            item.add(new Paragraph(question.authorId() == null ? "From a quiz file: read only; copy it to change it."
                    : "Another teacher's question: read only; copy it to change it."));
        }
        if (question.written() instanceof WrittenQuestion.Gifted gifted) {
            Pre source = new Pre(gifted.giftText().strip());
            source.addClassName("gift-source");
            item.add(new Paragraph((mine ? "Your question" : "The question") + ", with its answers, in GIFT:"), source);
        }
        if (question.format() == AnswerFormat.ORDERING) {
            item.add(new Paragraph("Right order: " + String.join(", ",
                    question.answer().stream().map(i -> String.valueOf((char) ('A' + i))).toList())));
        }
        item.add(new Paragraph("Explanation: " + question.explanation()));
        if (question.check() != null && !question.evidence().isEmpty()) {
            org.sourcewise.analysis.Span first = question.evidence().getFirst();
            item.add(new Paragraph("Evidence: " + articleText.substring(Math.max(0, first.start()),
                    Math.min(articleText.length(), first.end()))));
        }
        item.add(actions(question, number, mine));
        return item;
    }

    private Div actions(BankQuestionView question, int number, boolean mine) {
        Div actions = new Div();
        actions.addClassName("review-actions");
        if (!mine) {
            actions.add(action("Copy", question, number, bank::copy, "Copied: the copy is yours to change."));
            return actions;
        }
        if (question.status() == QuestionStatus.GENERATED) {
            actions.add(action("Accept", question, number, bank::accept, "Accepted."),
                    action("Reject", question, number, bank::reject, "Rejected: students will not meet this question."));
        } else if (question.status() == QuestionStatus.EDITED && question.own()) {
            actions.add(action("Reject", question, number, bank::reject, "Rejected: students will not meet this question."));
        } else if (question.status() != QuestionStatus.EDITED) {
            actions.add(action("Undo", question, number, bank::reopen, "Back to undecided."));
        }
        Button edit = new Button(question.own() ? "Rewrite" : "Edit", event -> {
            if (question.own()) {
                String passage = question.evidence().isEmpty() ? ""
                        : articleText.substring(question.evidence().getFirst().start(), question.evidence().getFirst().end());
                new WriteQuestionDialog(question.written(), passage, this::selectedWords, (written, changed) -> {
                    bank.rewrite(question.id(), written, evidence(changed));
                    done("Saved your question.");
                }).open();
            } else {
                new EditQuestionDialog(question, changed -> {
                    bank.edit(question.id(), changed);
                    done("Saved your edit.");
                }).open();
            }
        });
        edit.setAriaLabel(edit.getText() + " question " + number);
        actions.add(edit);
        return actions;
    }

    private Button action(String label, BankQuestionView question, int number, LongFunction<BankQuestionView> decide,
                          String confirmation) {
        Button button = new Button(label, event -> {
            try {
                decide.apply(question.id());
                done(confirmation);
            } catch (QuestionBankException e) {
                message.setText(e.getMessage());
                message.addClassName("error");
            }
        });
        button.setAriaLabel(label + " question " + number);
        if ("Accept".equals(label)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void done(String confirmation) {
        message.setText(confirmation);
        message.removeClassName("error");
        refresh();
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
