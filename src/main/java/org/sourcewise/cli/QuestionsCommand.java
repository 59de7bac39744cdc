package org.sourcewise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.Span;
import org.sourcewise.cli.ArticleFiles.Analysed;
import org.sourcewise.questions.Question;
import org.sourcewise.questions.QuestionGenerator;
import org.sourcewise.questions.QuestionType;

/**
 * {@code questions [--metadata META.json] [--seed N] [--markdown] FILE...}: the question bank generated for each
 * article, as JSON (or as Markdown a teacher can read). The files given form the library wrong answers are
 * drawn from when an article has too few of its own.
 */
final class QuestionsCommand implements Commands.Command {

    private static final String MARKDOWN = "--markdown";
    private static final String LETTERS = "ABCDEFGH";

    @Override
    @SuppressWarnings("ReferenceEquality") // the library is every other article given, even the same file given twice
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        long seed = 1;
        int seedAt = rest.indexOf("--seed");
        if (seedAt >= 0) {
            if (seedAt + 1 >= rest.size() || !rest.get(seedAt + 1).matches("-?\\d{1,18}")) {
                err.println("questions: --seed needs a whole number");
                return 2;
            }
            seed = Long.parseLong(rest.remove(seedAt + 1));
            rest.remove(seedAt);
        }
        ArticleFiles files = ArticleFiles.fromArgs(rest.toArray(String[]::new), Set.of(MARKDOWN));
        if (files.entries().isEmpty()) {
            err.println("usage: questions [--metadata META.json] [--seed N] [--markdown] FILE...");
            return 2;
        }
        List<Analysed> analysed = files.analyse(files.extractor(), err);
        QuestionGenerator generator = new QuestionGenerator(seed);
        List<List<Question>> banks = new ArrayList<>();
        for (Analysed article : analysed) {
            List<ExtractionResult> library = analysed.stream()
                    .filter(other -> other != article)
                    .map(Analysed::result)
                    .toList();
            banks.add(generator.generate(article.text(), article.file().published(), article.result(), library));
        }
        out.println(files.flags().contains(MARKDOWN) ? markdown(analysed, banks) : json(analysed, banks));
        return analysed.size() == files.entries().size() ? 0 : 1;
    }

    private static String json(List<Analysed> analysed, List<List<Question>> banks) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (int i = 0; i < analysed.size(); i++) {
            ArticleFiles.Entry file = analysed.get(i).file();
            ObjectNode article = articles.addObject()
                    .put("file", file.name())
                    .put("title", file.title())
                    .put(
                            "published",
                            file.published() == null ? null : file.published().toString());
            ArrayNode questions = article.putArray("questions");
            for (Question question : banks.get(i)) {
                ObjectNode node = questions.addObject();
                node.put("type", question.type().name().toLowerCase(Locale.ROOT));
                node.put("family", question.type().family());
                node.put("stem", question.stem());
                question.choices().forEach(node.putArray("choices")::add);
                ArrayNode answer = node.putArray("answer");
                question.answer().forEach(answer::add);
                ArrayNode evidence = node.putArray("evidence");
                for (Span span : question.evidence()) {
                    evidence.addArray().add(span.start()).add(span.end());
                }
                node.put("explanation", question.explanation());
                node.put("difficulty", question.difficulty().name().toLowerCase(Locale.ROOT));
                if (question.statement() != null) {
                    LocalDate saidOn = question.statement().saidOn();
                    node.putObject("statement")
                            .put("speaker", question.statement().speaker().name())
                            .put("content", question.statement().content())
                            .put("kind", question.statement().kind().name().toLowerCase(Locale.ROOT))
                            .put("said_on", saidOn == null ? null : saidOn.toString());
                }
            }
        }
        return json.writeValueAsString(root);
    }

    private static String markdown(List<Analysed> analysed, List<List<Question>> banks) {
        StringBuilder md = new StringBuilder("# Generated questions\n\n");
        md.append(
                        "What students get for each article: the question, the choices, the right answer and the explanation ")
                .append(
                        "shown after answering. Made by `java -jar target/sourcewise.jar questions --markdown --metadata ")
                .append(
                        "META.json FILE...`; wrong answers come from the same article first, then from the other files given.\n\n");
        for (int i = 0; i < analysed.size(); i++) {
            ArticleFiles.Entry file = analysed.get(i).file();
            md.append("## ")
                    .append(file.title() == null ? file.name() : file.title())
                    .append("\n\n");
            md.append("`")
                    .append(file.name())
                    .append("`, published ")
                    .append(file.published())
                    .append("; ")
                    .append(banks.get(i).size())
                    .append(" questions.\n\n");
            int number = 1;
            for (Question question : banks.get(i)) {
                String[] stem = question.stem().split("\n", 2);
                md.append("### ").append(number++).append(". ").append(stem[0]).append("\n\n");
                md.append("*")
                        .append(question.type().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .append(", ")
                        .append(question.difficulty().name().toLowerCase(Locale.ROOT))
                        .append("*\n\n");
                if (stem.length > 1) {
                    md.append("> ").append(stem[1].replace("\n", "\n> ")).append("\n\n");
                }
                for (int c = 0; c < question.choices().size(); c++) {
                    md.append("- ")
                            .append(LETTERS.charAt(c))
                            .append(". ")
                            .append(question.choices().get(c))
                            .append('\n');
                }
                md.append("\n**Answer:** ");
                if (question.type() == QuestionType.TIME_ORDER) {
                    md.append(String.join(
                            ", ",
                            question.answer().stream()
                                    .map(a -> String.valueOf(LETTERS.charAt(a)))
                                    .toList()));
                } else {
                    md.append(LETTERS.charAt(question.answer().getFirst()));
                }
                md.append("\n\n**Explanation:** ")
                        .append(question.explanation())
                        .append("\n\n");
            }
        }
        return md.toString();
    }
}
