package org.sourcewise.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sourcewise.gift.Choice;
import org.sourcewise.gift.Gift;
import org.sourcewise.gift.GiftQuestion;
import org.sourcewise.gift.GiftQuiz;
import org.sourcewise.gift.QuestionKind;
import org.sourcewise.gift.Stem;

/**
 * One input of the hostile corpus: a whole file as a user brings it, or (when {@code values} is not empty) values
 * put into every field a path has. The small ones are files in {@code src/test/resources/hostile/}; the large ones
 * are generated here, so that no multi-megabyte file sits in the repository.
 */
record HostileInput(String name, byte[] file, List<String> values) {

    static final String SEED = "seeds/000_a749456b69542e59.txt";
    private static final String SENTENCE = "The minister said on Friday that the plan would go ahead.";

    static List<HostileInput> corpus() {
        return List.of(
                file("empty", "empty.txt"),
                file("blank", "blank.txt"),
                file("binary", "binary.bin"),
                file("NUL", "nul.txt"),
                file("Latin-1", "latin1.txt"),
                file("UTF-16 with BOM", "utf16-bom.txt"),
                file("UTF-16 without BOM", "utf16-no-bom.txt"),
                generated("6 MB", lines(SENTENCE + "\n", 6_000_000)),
                generated("2 MB single line", lines("The minister said the plan would go ahead. ", 2_000_000)),
                generated("10,000 quotes", "\"".repeat(10_000)),
                generated("5,000 nested braces", "{".repeat(5_000) + "}".repeat(5_000)),
                generated(
                        "1.5 MB question",
                        "// article: " + SEED + "\n::Huge::Who said " + lines("very ", 1_500_000)
                                + "much? {=Putin ~Biden}\n"),
                values("markup and script", "markup.txt"),
                values("formula-like names", "formula.txt"),
                values("bidi overrides", "bidi.txt"));
    }

    boolean inEveryField() {
        return !values.isEmpty();
    }

    /** The file as a browser shows it when pasted: bytes that are not UTF-8 become replacement characters. */
    String text() {
        return new String(file, UTF_8);
    }

    String title() {
        return inEveryField() ? values.getFirst() : "Hostile input: " + name;
    }

    String source() {
        return inEveryField() ? values.get(1 % values.size()) : "";
    }

    /** Article text with the values as its paragraphs, and one sentence of news so that cleaning keeps something. */
    String articleText() {
        return inEveryField() ? String.join("\n\n", values) + "\n\n" + SENTENCE : text();
    }

    /** The values as a saved web page: raw markup, not escaped, which is what a hostile page holds. */
    String articlePage() {
        if (!inEveryField()) {
            return text();
        }
        return "<html><head><title>" + values.getFirst() + "</title></head><body><article><h1>" + values.getFirst()
                + "</h1>"
                + String.join("", values.stream().map(v -> "<p>" + v + "</p>").toList()) + "<p>" + SENTENCE
                + "</p></article></body></html>";
    }

    /** One question with a value in its title, text, choices, feedback and general feedback, written as GIFT. */
    String giftQuestion() {
        if (!inEveryField()) {
            return text();
        }
        List<Choice> choices = IntStream.range(0, values.size())
                .mapToObj(i ->
                        new Choice(values.get(i), i == 0 ? 100 : 0, Optional.of(values.get((i + 1) % values.size()))))
                .toList();
        GiftQuestion question = new GiftQuestion(
                Optional.of(values.getFirst()),
                Optional.empty(),
                Stem.of(String.join(" ", values) + " Who said it?"),
                Optional.of(values.getLast()),
                new QuestionKind.MultipleChoice(choices));
        return Gift.write(new GiftQuiz(List.of(), List.of(question)));
    }

    /** A quiz file naming a seed article and a title from the values, or the file as brought. */
    byte[] quizFile() {
        if (!inEveryField()) {
            return file;
        }
        return ("// article: " + SEED + "\n// title: " + values.getFirst() + "\n\n" + giftQuestion()).getBytes(UTF_8);
    }

    @Override
    public String toString() {
        return name;
    }

    private static HostileInput file(String name, String resource) {
        return new HostileInput(name, read(resource), List.of());
    }

    private static HostileInput generated(String name, String text) {
        return new HostileInput(name, text.getBytes(UTF_8), List.of());
    }

    private static HostileInput values(String name, String resource) {
        byte[] bytes = read(resource);
        return new HostileInput(
                name,
                bytes,
                new String(bytes, UTF_8).lines().filter(l -> !l.isBlank()).toList());
    }

    /** The unit repeated and cut to exactly {@code length} characters. */
    private static String lines(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    private static byte[] read(String resource) {
        try (InputStream in = HostileInput.class.getResourceAsStream("/hostile/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no hostile/" + resource + " in the test resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
