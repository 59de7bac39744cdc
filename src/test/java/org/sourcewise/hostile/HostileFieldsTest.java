package org.sourcewise.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.account.HiddenCharacters;
import org.sourcewise.analysis.Span;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.ClassroomSummary;
import org.sourcewise.classroom.StudentSummary;
import org.sourcewise.gift.Choice;
import org.sourcewise.gift.QuestionKind;
import org.sourcewise.live.LiveService;
import org.sourcewise.live.Standing;
import org.sourcewise.practice.PlayerQuestion;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.quiz.AssignedQuiz;
import org.sourcewise.quiz.QuizSummary;
import org.sourcewise.security.Roles;
import org.sourcewise.statement.StatementService;
import org.sourcewise.statement.StoredStatement;
import org.sourcewise.testdata.ArticleBuilder;
import org.sourcewise.testdata.OwnQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The values of markup.txt, formula.txt and bidi.txt, one line at a time, typed into every field that HostileInputTest's
 * import paths leave out, on the real views, services and H2: an article's web address; a question a teacher writes
 * or rewords; a statement a teacher adds or corrects; a class, its students and the sign-up page; a live session's
 * nickname; a quiz's title; a student's typed answer; the search boxes. Each must be refused clearly with nothing
 * saved, or taken soundly: stored as typed, every page that shows it (the teacher's and the student's) without the
 * error page or injected markup, every CSV export of the results without a cell a spreadsheet runs as a formula, and a
 * name without the invisible characters that student names and nicknames refuse. The outcomes join
 * HostileInputTest's in target/hostile-probe.md, one path per field.
 */
@Tier.Spring
@SourcewiseSpringTest
class HostileFieldsTest extends ProbingTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern READING = Pattern.compile("articles/(\\d+)");
    private static final Pattern ATTEMPT = Pattern.compile("attempts/(\\d+)");
    private static final String REPORTED = "Reported speech: in the article's own words";
    private static final String ONE_CHOICE = "One right choice";
    private static final String CHOICES = "Choices, one per line: start the right one with *, add feedback after #";
    private static final String PLAIN_STEM = "Who said it?";
    private static final String PLAIN_CHOICES = "*Dana Plain\nRobin Plain";
    private static final String PLAIN_SPEAKER = "Dana Plain";
    private static final String EVIDENCE =
            "Evidence: a sentence or a few words of the article that answer it (optional)";

    @Autowired
    private ArticleService articles;

    @Autowired
    private QuestionBankService bank;

    @Autowired
    private StatementService statements;

    @Autowired
    private ClassroomService classrooms;

    @Autowired
    private LiveService live;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private PasswordEncoder passwords;

    /** An article holding the values as its last paragraphs, its statements found, its questions open to students. */
    private long articleId;

    private String articleTitle;
    private String articleText;
    private Long liveSessionId;
    private String liveCode;
    private Long typedQuizId;
    private String typedQuizTitle;

    private record Field(String path, Function<String, Callable<Outcome>> open) {}

    static List<HostileInput> valueFiles() {
        return HostileInput.corpus().stream().filter(HostileInput::inEveryField).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueFiles")
    void everyFieldRefusesEachValueClearlyOrTakesItSoundly(HostileInput input) {
        anArticleHoldingTheValues(input.values());
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Field field : fields(input.values())) {
            for (int line = 0; line < input.values().size(); line++) {
                Callable<Outcome> path = field.open().apply(input.values().get(line));
                Outcome outcome = probe(path);
                String in = input.name() + ", line " + (line + 1);
                ProbeTable.ALL.add(field.path(), in, outcome);
                outcomes.put(field.path() + " (" + in + ")", outcome);
            }
        }

        assertThat(outcomes)
                .allSatisfy((where, outcome) -> assertThat(outcome.sound())
                        .as(where + ": " + outcome.describe())
                        .isTrue());
    }

    /**
     * Every field probed, in the order the values build on: the questions written with a value come before the search
     * that must find them. {@code open} prepares what the field's page needs (a running live session, an attempt
     * started), outside the probe, and returns the path that types the value and saves it.
     */
    private List<Field> fields(List<String> values) {
        return List.of(
                new Field("article import: Web address (optional)", value -> () -> webAddress(value)),
                new Field(
                        "article import: Web address (optional), after https://news.example/?q=",
                        value -> () -> webAddress("https://news.example/?q=" + value)),
                new Field(
                        "Write a question: Question",
                        value -> () -> writeQuestion(
                                ONE_CHOICE,
                                value,
                                CHOICES,
                                PLAIN_CHOICES,
                                "",
                                "",
                                q -> q.stem().equals(value.strip()))),
                new Field(
                        "Write a question: Choices",
                        value -> () -> writeQuestion(
                                ONE_CHOICE,
                                PLAIN_STEM,
                                CHOICES,
                                "*" + value + " # " + value + "\nRobin Plain",
                                "",
                                "",
                                q -> writtenAnswers(q).contains(value.strip()))),
                new Field(
                        "Write a question: Explanation shown after answering (optional)",
                        value -> () -> writeQuestion(
                                ONE_CHOICE,
                                PLAIN_STEM,
                                CHOICES,
                                PLAIN_CHOICES,
                                value,
                                "",
                                q -> q.explanation().equals(value.strip()))),
                new Field(
                        "Write a question: Evidence",
                        value -> () -> writeQuestion(
                                ONE_CHOICE,
                                PLAIN_STEM,
                                CHOICES,
                                PLAIN_CHOICES,
                                "",
                                value,
                                q -> q.evidence().size() == 1
                                        && words(q.evidence().getFirst()).equals(value.strip()))),
                new Field(
                        "Write a question, short answer: Accepted answers",
                        value -> () -> writeQuestion(
                                "Short answer",
                                PLAIN_STEM,
                                "Accepted answers, one per line (* in an answer matches any" + " letters)",
                                value,
                                "",
                                "",
                                q -> writtenAnswers(q).contains(value.strip()))),
                new Field(
                        "edit a generated question: Question",
                        value -> () ->
                                editGenerated("Question", value, q -> q.stem().equals(value.strip()))),
                new Field(
                        "edit a generated question: Choice A",
                        value -> () -> editGenerated(
                                "Choice A", value, q -> q.choices().getFirst().equals(value.strip()))),
                new Field(
                        "edit a generated question: Explanation shown after answering",
                        value -> () -> editGenerated(
                                "Explanation shown after answering",
                                value,
                                q -> q.explanation().equals(value.strip()))),
                new Field(
                        "findings, add a statement: The statement (the words you selected)",
                        value -> () -> addStatement(paragraph(value), PLAIN_SPEAKER, "", value)),
                new Field(
                        "findings, add a statement: Speaker",
                        value -> () -> addStatement(plainSentence(values.indexOf(value)), value, "", value)),
                new Field(
                        "findings, add a statement: Role (optional)",
                        value -> () -> addStatement(
                                plainSentence(values.size() + values.indexOf(value)), PLAIN_SPEAKER, value, value)),
                new Field("findings, correct a statement: Speaker", value -> () -> correctStatement("Speaker", value)),
                new Field("findings, correct a statement: Role", value -> () -> correctStatement("Role", value)),
                new Field("My classes: New class", value -> () -> newClass(value)),
                new Field("class page: Add students, one name per line", value -> () -> addStudents(value)),
                new Field("class page: Quiz title", value -> () -> assignWithTitle(value)),
                new Field(
                        "class sign-up (/join): Class code",
                        value -> () ->
                                signUp(value, "signing student " + NEXT.incrementAndGet(), PracticeFixture.PASSWORD)),
                new Field(
                        "class sign-up (/join): Your name",
                        value -> () -> signUp(fixture.joinCode(), value, PracticeFixture.PASSWORD)),
                new Field(
                        "class sign-up (/join): Password and Password again",
                        value -> () -> signUp(fixture.joinCode(), "signing student " + NEXT.incrementAndGet(), value)),
                new Field("live session, join: Nickname", this::nickname),
                new Field(
                        "live session, join: Nickname, the value's first 20 characters",
                        value -> nickname(value.codePoints()
                                .limit(20)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                                .toString())),
                new Field("quiz builder: Quiz title", value -> () -> buildQuiz(value)),
                new Field("quiz player, short answer: Your answer", this::typedAnswer),
                new Field("library: Search articles", value -> () -> searchLibrary(value)),
                new Field("quiz builder: Search this article's questions", value -> () -> searchQuestions(value)));
    }

    /**
     * The budget article, then plain sentences for statements of a value's speaker or role, then the values, each a
     * paragraph; its statements are those of the budget article, and the questions the engine is sure of reach
     * students.
     */
    private void anArticleHoldingTheValues(List<String> values) {
        fixture.asTeacher();
        articleTitle = "Hostile fields " + NEXT.incrementAndGet();
        String text = String.join(
                "\n\n",
                Stream.of(
                                Stream.of(BudgetArticle.TEXT),
                                IntStream.rangeClosed(1, 2 * values.size())
                                        .mapToObj(n -> "A spokesperson said plan " + n + " would go ahead."),
                                values.stream())
                        .flatMap(s -> s)
                        .toList());
        articleId = ArticleBuilder.anArticle(context)
                .titled(articleTitle)
                .text(text, BudgetArticle.PUBLISHED)
                .analysed(BudgetArticle.RESULT)
                .trustedQuestionsOpen()
                .create();
        articleText = articles.findForAnalysis(articleId).orElseThrow().text().text();
        SignedIn.nobody();
    }

    private Span plainSentence(int index) {
        return spanOf("plan " + (index + 1) + " would go ahead");
    }

    /** The value's paragraph of the article, as the article keeps it. */
    private Span paragraph(String value) {
        return spanOf(value.strip());
    }

    private Span spanOf(String words) {
        int start = articleText.lastIndexOf(words);
        if (start < 0) {
            throw new IllegalStateException("the article does not hold \"" + words + "\"");
        }
        return new Span(start, start + words.length());
    }

    private String words(Span span) {
        return articleText.substring(span.start(), span.end());
    }

    private Outcome webAddress(String address) {
        fixture.asTeacher();
        open("import");
        String title = "Hostile address " + NEXT.incrementAndGet();
        type(find(TextField.class).withLabel("Title").single(), title);
        String typed =
                type(find(TextField.class).withLabel("Web address (optional)").single(), address);
        type(
                find(TextArea.class)
                        .withLabel("Paste the article as copied from the web page")
                        .single(),
                BudgetArticle.TEXT);
        test(button("Clean and preview")).click();
        test(button("Save article")).click();
        Matcher reading = READING.matcher(location());
        if (!reading.matches()) {
            return Outcome.refused(said(UI.getCurrent()));
        }
        long id = Long.parseLong(reading.group(1));
        Outcome outcome = Outcome.accepted("");
        String stored = articles.findForReading(id).map(ArticleReading::url).orElse(null);
        if (!typed.strip().equals(stored)) {
            outcome.inconsistent.add("the address was stored as " + stored);
        }
        fixture.asStudent();
        visit("articles/" + id, "the reading view", outcome);
        visit("", "the library", outcome);
        return outcome;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Outcome writeQuestion(
            String kind,
            String stem,
            String answersLabel,
            String answers,
            String explanation,
            String evidence,
            Predicate<KeyedQuestion> holdsTheValue) {
        fixture.asTeacher();
        open("review/" + articleId);
        Set<Long> before = ids(bank.questionsOf(articleId));
        test(button("Write a question")).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(RadioButtonGroup.class, dialog).withLabel("Kind of question").single())
                .selectItem(kind);
        type(find(TextArea.class, dialog).withLabel("Question").single(), stem);
        type(find(TextArea.class, dialog).withLabel(answersLabel).single(), answers);
        type(
                find(TextArea.class, dialog)
                        .withLabel("Explanation shown after answering (optional)")
                        .single(),
                explanation);
        type(find(TextArea.class, dialog).withLabel(EVIDENCE).single(), evidence);
        test(button("Save question")).click();
        if (dialog.isOpened()) {
            return Outcome.refused(said(dialog));
        }
        Outcome outcome = Outcome.accepted("");
        List<KeyedQuestion> added = bank.questionsOf(articleId).stream()
                .filter(q -> !before.contains(q.id()))
                .toList();
        if (added.size() != 1) {
            outcome.inconsistent.add(added.size() + " questions were added, not 1");
            return outcome;
        }
        if (!holdsTheValue.test(added.getFirst())) {
            outcome.inconsistent.add("the question was stored without the value as typed: " + added.getFirst());
        }
        visit("review/" + articleId, "the review page", outcome);
        studentsMeet(List.of(added.getFirst().id()), outcome);
        return outcome;
    }

    /** A generated question of the class's article with choices, reworded in its edit dialog. */
    private Outcome editGenerated(String label, String value, Predicate<KeyedQuestion> holdsTheValue) {
        fixture.asTeacher();
        List<KeyedQuestion> all = bank.questionsOf(fixture.articleId());
        KeyedQuestion question = all.stream()
                .filter(q -> !q.own() && q.format() == AnswerFormat.ONE_CHOICE)
                .findFirst()
                .orElseThrow();
        String number = String.valueOf(all.indexOf(question) + 1);
        open("review/" + fixture.articleId());
        test(find(Button.class)
                        .withCondition(b -> b.getAriaLabel().orElse("").equals("Edit question " + number))
                        .single())
                .click();
        Dialog dialog = find(Dialog.class).single();
        if (label.equals("Choice A")) {
            type(find(TextField.class, dialog).withLabel(label).single(), value);
        } else {
            type(find(TextArea.class, dialog).withLabel(label).single(), value);
        }
        test(button("Save")).click();
        if (dialog.isOpened()) {
            return Outcome.refused(said(dialog));
        }
        Outcome outcome = Outcome.accepted("");
        if (!holdsTheValue.test(bank.questions(List.of(question.id())).getFirst())) {
            outcome.inconsistent.add("the edit was stored without the value as typed");
        }
        visit("review/" + fixture.articleId(), "the review page", outcome);
        studentsMeet(List.of(question.id()), outcome);
        return outcome;
    }

    /** The words selected in the article beside the findings, as the browser reports them, added as a statement. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Outcome addStatement(Span selected, String speaker, String role, String value) {
        fixture.asTeacher();
        open("findings/" + articleId);
        Set<Long> before = new HashSet<>(statements.statementsOf(articleId).stream()
                .map(StoredStatement::id)
                .toList());
        test(button("Add a statement")).click();
        select(selected);
        Optional<Dialog> opened =
                find(Dialog.class).all().stream().filter(Dialog::isOpened).findFirst();
        if (opened.isEmpty()) {
            return Outcome.refused(said(UI.getCurrent()));
        }
        Dialog dialog = opened.get();
        String words = find(TextArea.class, dialog)
                .withLabel("The statement (the words you selected)")
                .single()
                .getValue();
        String typedSpeaker =
                type(find(TextField.class, dialog).withLabel("Speaker").single(), speaker);
        String typedRole =
                type(find(TextField.class, dialog).withLabel("Role (optional)").single(), role);
        test(find(RadioButtonGroup.class, dialog)
                        .withLabel("How the article gives it")
                        .single())
                .selectItem(REPORTED);
        test(button("Add the statement")).click();
        if (dialog.isOpened()) {
            return Outcome.refused(said(dialog));
        }
        Outcome outcome = Outcome.accepted(said(UI.getCurrent()));
        List<StoredStatement> added = statements.statementsOf(articleId).stream()
                .filter(s -> !before.contains(s.id()))
                .toList();
        if (added.size() != 1) {
            outcome.inconsistent.add(added.size() + " statements were added, not 1");
            return outcome;
        }
        StoredStatement statement = added.getFirst();
        if (!statement.content().equals(tidy(words))
                || !statement.speakerName().equals(tidy(typedSpeaker))
                || !tidy(typedRole).equals(statement.speakerRole() == null ? "" : statement.speakerRole())) {
            outcome.inconsistent.add("the statement was stored otherwise than typed: " + statement);
        }
        afterAStatementChanged(value, outcome);
        return outcome;
    }

    /** Answers the article pane's question to the browser, what is selected, with the words' offsets. */
    private void select(Span words) {
        roundTrip();
        for (PendingJavaScriptInvocation pending :
                UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            if (pending.getInvocation().getExpression().contains("getSelection()")) {
                pending.complete(JsonNodeFactory.instance
                        .objectNode()
                        .put("start", words.start())
                        .put("end", words.end()));
            }
        }
        roundTrip();
    }

    /** The first statement's speaker or role, corrected in its form beside the article. */
    private Outcome correctStatement(String label, String value) {
        fixture.asTeacher();
        open("findings/" + articleId);
        ListItem first = find(ListItem.class).withClassName("finding").first();
        String typed = type(find(TextField.class, first).withLabel(label).single(), value);
        test(find(Button.class)
                        .withCondition(b -> b.getAriaLabel().orElse("").equals("Save statement 1"))
                        .single())
                .click();
        if (failed(UI.getCurrent())) {
            return Outcome.refused(said(UI.getCurrent()));
        }
        Outcome outcome = Outcome.accepted(said(UI.getCurrent()));
        StoredStatement stored = statements.statementsOf(articleId).getFirst();
        String kept = label.equals("Speaker") ? stored.speakerName() : stored.speakerRole();
        if (!tidy(typed).equals(kept)) {
            outcome.inconsistent.add("the " + label.toLowerCase(Locale.ROOT) + " was stored as " + kept);
        }
        afterAStatementChanged(value, outcome);
        return outcome;
    }

    /** The findings and review pages show the statement, and a student meets the questions now made of it. */
    private void afterAStatementChanged(String value, Outcome outcome) {
        fixture.asTeacher();
        visit("findings/" + articleId, "the findings page", outcome);
        visit("review/" + articleId, "the review page", outcome);
        String shown = tidy(value).toLowerCase(Locale.ROOT);
        List<Long> showingIt = bank.questionsStudentsMeet(articleId).stream()
                .filter(q -> String.join(
                                "\n",
                                Stream.concat(
                                                Stream.of(
                                                        q.stem(),
                                                        q.explanation(),
                                                        String.valueOf(q.speakerName()),
                                                        String.valueOf(q.statementContent())),
                                                q.choices().stream())
                                        .toList())
                        .toLowerCase(Locale.ROOT)
                        .contains(shown))
                .map(KeyedQuestion::id)
                .toList();
        studentsMeet(showingIt, outcome);
    }

    private Outcome newClass(String value) {
        fixture.asTeacher();
        open("classes");
        Set<Long> before = new HashSet<>(
                classrooms.myClassrooms().stream().map(ClassroomSummary::id).toList());
        String typed = type(find(TextField.class).withLabel("New class").single(), value);
        test(button("Create class")).click();
        if (failed(UI.getCurrent())) {
            return Outcome.refused(said(UI.getCurrent()));
        }
        Outcome outcome = Outcome.accepted(said(UI.getCurrent()));
        List<ClassroomSummary> made = classrooms.myClassrooms().stream()
                .filter(c -> !before.contains(c.id()))
                .toList();
        if (made.size() != 1) {
            outcome.inconsistent.add(made.size() + " classes were made, not 1");
            return outcome;
        }
        ClassroomSummary classroom = made.getFirst();
        if (!classroom.name().equals(tidy(typed))) {
            outcome.inconsistent.add("the class was named " + classroom.name());
        }
        keepsNoInvisibleCharacters("the class name", classroom.name(), outcome);
        visit("classes", "My classes", outcome);
        visit("classes/" + classroom.id(), "the class page", outcome);
        quizzes.assign(fixture.quizId(), classroom.id());
        String student = "class joiner " + NEXT.incrementAndGet();
        SignedIn.nobody();
        classrooms.joinAsNewStudent(classroom.joinCode(), student, PracticeFixture.PASSWORD, "127.0.0.1");
        SignedIn.as(student, Roles.STUDENT);
        visit("practice", "the student's practice page", outcome);
        report(classroom.id(), fixture.quizId(), outcome);
        return outcome;
    }

    /** A plain name, then the value: refused, neither may be added. */
    private Outcome addStudents(String value) {
        fixture.asTeacher();
        open("classes/" + fixture.classroomId());
        Set<String> before = names(classrooms.studentsOf(fixture.classroomId()));
        String plain = "plain pupil " + NEXT.incrementAndGet();
        String typed = type(
                find(TextArea.class)
                        .withLabel("Add students, one name per line")
                        .single(),
                plain + "\n" + value);
        test(button("Add students")).click();
        if (failed(UI.getCurrent())) {
            return Outcome.refused(said(UI.getCurrent()));
        }
        Outcome outcome = Outcome.accepted(said(UI.getCurrent()));
        InjectedMarkup.on(UI.getCurrent()).forEach(found -> outcome.injected.add("the new students' cards: " + found));
        Set<String> added = names(classrooms.studentsOf(fixture.classroomId()));
        added.removeAll(before);
        String name = tidy(typed.lines().skip(1).findFirst().orElse(""));
        if (!added.equals(Set.of(plain, name))) {
            outcome.inconsistent.add("the students added are " + added);
        }
        keepsNoInvisibleCharacters("the student's name", name, outcome);
        choosesTheirOwnPassword(name, printedPassword(name), outcome);
        aStudentSeesTheirPages(name, outcome);
        report(fixture.classroomId(), fixture.quizId(), outcome);
        return outcome;
    }

    /** The first password on the student's card, as the class page shows it. */
    private String printedPassword(String name) {
        return find(Div.class).withClassName("student-card").all().stream()
                .map(card -> card.getChildren()
                        .map(span -> span.getElement().getText())
                        .toList())
                .filter(lines -> lines.contains("Name: " + name))
                .flatMap(List::stream)
                .filter(line -> line.startsWith("First password: "))
                .map(line -> line.substring("First password: ".length()))
                .findFirst()
                .orElse("");
    }

    /** A student added by their teacher signs in with the printed password, and must choose their own first. */
    private void choosesTheirOwnPassword(String name, String printed, Outcome outcome) {
        SignedIn.as(name.toLowerCase(Locale.ROOT), Roles.STUDENT);
        open("practice");
        type(find(PasswordField.class).withLabel("Password you were given").single(), printed);
        type(find(PasswordField.class).withLabel("New password").single(), PracticeFixture.PASSWORD);
        type(find(PasswordField.class).withLabel("New password again").single(), PracticeFixture.PASSWORD);
        test(button("Change password")).click();
        if (!location().isEmpty()) {
            outcome.inconsistent.add("the student could not choose their own password: " + said(UI.getCurrent()));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Outcome assignWithTitle(String value) {
        fixture.asTeacher();
        open("classes/" + fixture.classroomId());
        Set<Long> before = new HashSet<>(quizzes.quizzesOf(fixture.classroomId()).stream()
                .map(AssignedQuiz::quizId)
                .toList());
        new ComboBoxTester(find(ComboBox.class).withLabel("Article").single()).selectItem(fixtureArticleTitle());
        String typed = type(find(TextField.class).withLabel("Quiz title").single(), value);
        test(button("Assign to this class")).click();
        if (failed(UI.getCurrent())) {
            return Outcome.refused(said(UI.getCurrent()));
        }
        Outcome outcome = Outcome.accepted(said(UI.getCurrent()));
        List<AssignedQuiz> assigned = quizzes.quizzesOf(fixture.classroomId()).stream()
                .filter(q -> !before.contains(q.quizId()))
                .toList();
        if (assigned.size() != 1) {
            outcome.inconsistent.add(assigned.size() + " quizzes were assigned, not 1");
            return outcome;
        }
        quizTitled(assigned.getFirst().quizId(), assigned.getFirst().title(), typed, outcome);
        return outcome;
    }

    /** The quiz's title as typed; the class page, the student's practice page, the attempt and the report show it. */
    private void quizTitled(long quizId, String title, String typed, Outcome outcome) {
        if (!title.equals(tidy(typed))) {
            outcome.inconsistent.add("the quiz was titled " + title);
        }
        fixture.asTeacher();
        visit("quizzes", "the Quizzes page", outcome);
        fixture.asStudent();
        visit("practice", "the student's practice page", outcome);
        play(quizId, outcome);
        visit("history", "the student's history", outcome);
        report(fixture.classroomId(), quizId, outcome);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Outcome buildQuiz(String value) {
        fixture.asTeacher();
        open("quizzes/build");
        Set<Long> before =
                new HashSet<>(quizzes.myQuizzes().stream().map(QuizSummary::id).toList());
        String typed = type(find(TextField.class).withLabel("Quiz title").single(), value);
        new ComboBoxTester(find(ComboBox.class)
                        .withLabel("Take questions from the article")
                        .single())
                .selectItem(fixtureArticleTitle());
        test(find(Button.class)
                        .withCondition(b -> b.getText().startsWith("Add all accepted"))
                        .single())
                .click();
        test(button("Save quiz")).click();
        if (!location().equals("quizzes")) {
            return Outcome.refused(said(UI.getCurrent()));
        }
        Outcome outcome = Outcome.accepted("");
        List<QuizSummary> made = quizzes.myQuizzes().stream()
                .filter(q -> !before.contains(q.id()))
                .toList();
        if (made.size() != 1) {
            outcome.inconsistent.add(made.size() + " quizzes were made, not 1");
            return outcome;
        }
        quizzes.assign(made.getFirst().id(), fixture.classroomId());
        quizTitled(made.getFirst().id(), made.getFirst().title(), typed, outcome);
        return outcome;
    }

    /** The sign-up page, as a visitor who is not signed in fills it in. */
    private Outcome signUp(String code, String name, String password) {
        SignedIn.nobody();
        open("join");
        type(find(TextField.class).withLabel("Class code").single(), code);
        String typedName = type(
                find(TextField.class)
                        .withLabel("Your name (also your sign-in name)")
                        .single(),
                name);
        String typedPassword =
                type(find(PasswordField.class).withLabel("Password").single(), password);
        type(find(PasswordField.class).withLabel("Password again").single(), password);
        test(button("Join the class")).click();
        if (!find(H1.class).withText("Welcome!").exists()) {
            return Outcome.refused(said(UI.getCurrent()));
        }
        Outcome outcome = Outcome.accepted("");
        String shown = tidy(typedName);
        fixture.asTeacher();
        if (!names(classrooms.studentsOf(fixture.classroomId())).contains(shown)) {
            outcome.inconsistent.add("no student of the class is named " + shown);
        }
        keepsNoInvisibleCharacters("the student's name", shown, outcome);
        String hash = users.loadUserByUsername(shown.toLowerCase(Locale.ROOT)).getPassword();
        if (!passwords.matches(typedPassword, hash)) {
            outcome.inconsistent.add("the password typed is not the one kept");
        }
        aStudentSeesTheirPages(shown, outcome);
        report(fixture.classroomId(), fixture.quizId(), outcome);
        return outcome;
    }

    /** A live session of the class's quiz, started once, joined with the nickname by a visitor not signed in. */
    private Callable<Outcome> nickname(String value) {
        if (liveSessionId == null) {
            fixture.asTeacher();
            liveSessionId = live.start(fixture.classroomId(), fixture.quizId(), 60);
            liveCode = live.follow(liveSessionId).screen().joinCode();
            SignedIn.nobody();
        }
        return () -> {
            fixture.asTeacher();
            Set<Long> before = new HashSet<>(
                    participants().stream().map(Standing::participantId).toList());
            SignedIn.nobody();
            // With the code in the address, the join page does not send this browser back to the seat it took before.
            open("live/" + liveCode);
            String typed = type(find(TextField.class).withLabel("Nickname").single(), value);
            test(button("Join")).click();
            if (!location().equals("live/play")) {
                return Outcome.refused(said(UI.getCurrent()));
            }
            Outcome outcome = Outcome.accepted("");
            fixture.asTeacher();
            List<String> joined = participants().stream()
                    .filter(p -> !before.contains(p.participantId()))
                    .map(Standing::nickname)
                    .toList();
            if (!joined.equals(List.of(tidy(typed)))) {
                outcome.inconsistent.add("the session's new participants are " + joined);
            }
            joined.forEach(name -> keepsNoInvisibleCharacters("the nickname", name, outcome));
            visit("live/host/" + liveSessionId, "the teacher's live screen", outcome);
            SignedIn.nobody();
            visit("live/play", "the participant's phone", outcome);
            return outcome;
        };
    }

    private List<Standing> participants() {
        return live.follow(liveSessionId).screen().participants();
    }

    /** A new student of the class starts the short-answer quiz from their practice page; the probe types the answer. */
    private Callable<Outcome> typedAnswer(String value) {
        if (typedQuizId == null) {
            fixture.asTeacher();
            long questionId = OwnQuestions.write(context, fixture.articleId(), "Who presented the budget? {=Philpott}")
                    .id();
            typedQuizTitle = "Typed answers " + NEXT.incrementAndGet();
            typedQuizId =
                    fixture.quiz(List.of(questionId)).titled(typedQuizTitle).create();
        }
        String student = fixture.joinStudent("typing student " + NEXT.incrementAndGet());
        SignedIn.as(student, Roles.STUDENT);
        open("practice");
        test(find(Button.class)
                        .withCondition(b -> b.getAriaLabel().orElse("").equals("Start: " + typedQuizTitle))
                        .single())
                .click();
        Matcher attempt = ATTEMPT.matcher(location());
        if (!attempt.matches()) {
            throw new IllegalStateException("the student's quiz did not open, but " + location());
        }
        long attemptId = Long.parseLong(attempt.group(1));
        return () -> {
            SignedIn.as(student, Roles.STUDENT);
            String typed = type(find(TextField.class).withLabel("Your answer").single(), value);
            test(button("Check answer")).click();
            PlayerQuestion question = practice.attempt(attemptId).questions().getFirst();
            if (!question.answered()) {
                return Outcome.refused(find(Div.class)
                        .withClassName("answer-feedback")
                        .single()
                        .getElement()
                        .getTextRecursively());
            }
            Outcome outcome = Outcome.accepted("");
            if (!question.marking().given().equals(typed.strip())) {
                outcome.inconsistent.add(
                        "the answer was kept as " + question.marking().given());
            }
            InjectedMarkup.on(UI.getCurrent())
                    .forEach(found -> outcome.injected.add("the answer's feedback: " + found));
            visit("attempts/" + attemptId, "the finished attempt", outcome);
            visit("history", "the student's history", outcome);
            visit("practice", "the student's practice page", outcome);
            report(fixture.classroomId(), typedQuizId, outcome);
            return outcome;
        };
    }

    /** The library's search, as a student uses it: it must find the article that holds the value. */
    private Outcome searchLibrary(String value) {
        fixture.asStudent();
        open("");
        type(
                find(TextField.class)
                        .withCondition(f -> f.getAriaLabel().orElse("").equals("Search articles"))
                        .single(),
                value);
        Outcome outcome = Outcome.accepted(said(UI.getCurrent()));
        if (!find(RouterLink.class).withText(articleTitle).exists()) {
            outcome.inconsistent.add("the search does not find the article that holds the value");
        }
        InjectedMarkup.on(UI.getCurrent()).forEach(found -> outcome.injected.add("the library's results: " + found));
        return outcome;
    }

    /** The quiz builder's search in the article's questions: it must find those that hold the value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Outcome searchQuestions(String value) {
        fixture.asTeacher();
        open("quizzes/build");
        new ComboBoxTester(find(ComboBox.class)
                        .withLabel("Take questions from the article")
                        .single())
                .selectItem(articleTitle);
        type(find(TextField.class).withLabel("Search this article's questions").single(), value);
        Outcome outcome = Outcome.accepted("");
        String searched = tidy(value).toLowerCase(Locale.ROOT);
        boolean held = bank.questionsStudentsMeet(articleId).stream()
                .anyMatch(q -> q.stem().toLowerCase(Locale.ROOT).contains(searched));
        if (held && !find(ListItem.class).withClassName("builder-question").exists()) {
            outcome.inconsistent.add("the search does not find the questions that hold the value");
        }
        InjectedMarkup.on(UI.getCurrent()).forEach(found -> outcome.injected.add("the questions found: " + found));
        return outcome;
    }

    /** The questions reach a student, who plays them and sees their pages; the teacher's report and CSVs follow. */
    private void studentsMeet(List<Long> questionIds, Outcome outcome) {
        if (questionIds.isEmpty()) {
            return;
        }
        fixture.asTeacher();
        long quizId = fixture.quiz(questionIds)
                .titled("Hostile fields quiz " + NEXT.incrementAndGet())
                .create();
        play(quizId, outcome);
        visit("history", "the student's history", outcome);
        report(fixture.classroomId(), quizId, outcome);
    }

    private void aStudentSeesTheirPages(String name, Outcome outcome) {
        SignedIn.as(name.toLowerCase(Locale.ROOT), Roles.STUDENT);
        visit("practice", "the student's practice page", outcome);
        visit("history", "the student's history", outcome);
    }

    /** The teacher's class page and report, and each CSV download of the report, cell by cell. */
    private void report(long classroomId, long quizId, Outcome outcome) {
        fixture.asTeacher();
        visit("classes/" + classroomId, "the class page", outcome);
        visit("reports/" + classroomId + "/" + quizId, "the report", outcome);
        List<Anchor> downloads = find(Anchor.class)
                .withCondition(a -> a.getText().startsWith("Download"))
                .all();
        if (downloads.size() != 3) {
            outcome.inconsistent.add("the report offers " + downloads.size() + " CSV files, not 3");
        }
        for (Anchor download : downloads) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            new AnchorTester(download).download(file);
            String which = download.getText().replaceFirst("^Download ", "").replaceFirst(" as CSV.*", "");
            try {
                CsvCells.formulas(file.toByteArray()).forEach(cell -> outcome.formulas.add(which + ": " + cell));
            } catch (IllegalArgumentException e) {
                outcome.inconsistent.add(which + " is no CSV a spreadsheet reads: " + e.getMessage());
            }
        }
    }

    /** Student names and nicknames refuse what a reader cannot see; so must every other name a class is shown. */
    private static void keepsNoInvisibleCharacters(String what, String name, Outcome outcome) {
        if (HiddenCharacters.in(name)) {
            outcome.hidden.add(what + " " + name);
        }
    }

    /** The choices, or accepted answers, of a question a teacher wrote. */
    private static List<String> writtenAnswers(KeyedQuestion question) {
        if (!(question.written() instanceof WrittenQuestion.Gifted gifted)) {
            return List.of();
        }
        return switch (gifted.question().kind()) {
            case QuestionKind.MultipleChoice kind ->
                kind.choices().stream().map(Choice::text).toList();
            case QuestionKind.ShortAnswer kind ->
                kind.answers().stream().map(Choice::text).toList();
            default -> List.of();
        };
    }

    private String fixtureArticleTitle() {
        return articles.findForReading(fixture.articleId()).orElseThrow().title();
    }

    private static Set<Long> ids(List<KeyedQuestion> questions) {
        return new HashSet<>(questions.stream().map(KeyedQuestion::id).toList());
    }

    private static Set<String> names(List<StudentSummary> students) {
        return new HashSet<>(students.stream().map(StudentSummary::name).toList());
    }

    /** As the services keep a one-line value: stripped, each run of whitespace one space. */
    private static String tidy(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    /**
     * Opens the page afresh: navigating to the view already shown would reuse it, with what the last probe left in it
     * (a refusal's message, say).
     */
    private void open(String location) {
        navigate("login", Component.class);
        navigate(location, Component.class);
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    /** What the form messages within {@code scope} say; empty when none says anything. */
    private String said(Component scope) {
        return messages(scope)
                .map(div -> div.getElement().getTextRecursively().strip())
                .findFirst()
                .orElse("");
    }

    private boolean failed(Component scope) {
        return messages(scope).anyMatch(div -> div.hasClassName("error"));
    }

    private Stream<Div> messages(Component scope) {
        return find(Div.class, scope).withClassName("form-message").all().stream()
                .filter(div -> !div.getElement().getTextRecursively().isBlank());
    }
}
