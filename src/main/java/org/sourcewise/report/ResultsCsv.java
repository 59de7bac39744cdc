package org.sourcewise.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.report.QuizResponses.Item;
import org.sourcewise.report.QuizResponses.Response;
import org.sourcewise.report.QuizResponses.Student;

/**
 * A class's results as CSV a spreadsheet opens correctly: UTF-8 with a byte-order mark (or Excel guesses another
 * encoding), every field quoted, CRLF line ends. A cell that a spreadsheet would run as a formula is neutralised with
 * a leading apostrophe. Three files: the scores (one row per student, one column per question: 1 right, 0 wrong,
 * empty unanswered), the answers (one row per student and question: the answer chosen, right or wrong, when and
 * how long) and the questions with their keys. Every question is named by its number and short title.
 */
public final class ResultsCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Local time in a form every spreadsheet reads as a date and time. */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private ResultsCsv() {}

    public static byte[] write(QuizResponses responses) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Student", "Right answers"));
        responses.questions().forEach(q -> header.add(name(q)));
        rows.add(header);
        for (Student student : responses.students()) {
            // The number right alone: "3/5" would turn into a date in some spreadsheets.
            List<String> cells = new ArrayList<>(List.of(student.name(), String.valueOf(student.right())));
            for (Item question : responses.questions()) {
                Response response = response(student, question);
                cells.add(response == null ? "" : response.correct() ? "1" : "0");
            }
            rows.add(cells);
        }
        return csv(rows);
    }

    /** One row per student and question, the unanswered ones too, so that a filter in a spreadsheet finds them. */
    public static byte[] answers(QuizResponses responses) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "Student", "Question", "Title", "Answer given", "Right or wrong", "Answered at", "Seconds on it"));
        for (Student student : responses.students()) {
            for (Item question : responses.questions()) {
                Response response = response(student, question);
                rows.add(
                        response == null
                                ? List.of(
                                        student.name(), number(question), question.title(), "", "not answered", "", "")
                                : List.of(
                                        student.name(),
                                        number(question),
                                        question.title(),
                                        response.given(),
                                        response.correct() ? "right" : "wrong",
                                        response.answeredAt() == null ? "" : WHEN.format(response.answeredAt()),
                                        response.spent() == null
                                                ? ""
                                                : String.valueOf(
                                                        response.spent().toSeconds())));
            }
        }
        return csv(rows);
    }

    public static byte[] questions(QuizResponses responses) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Question", "Title", "Text", "Choices", "Right answer"));
        for (Item question : responses.questions()) {
            rows.add(List.of(number(question), question.title(), question.stem(), question.choices(), question.key()));
        }
        return csv(rows);
    }

    private static @Nullable Response response(Student student, Item question) {
        return question.position() < student.responses().size()
                ? student.responses().get(question.position())
                : null;
    }

    private static String number(Item question) {
        return "Q" + (question.position() + 1);
    }

    private static String name(Item question) {
        return number(question) + " " + question.title();
    }

    private static byte[] csv(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        for (List<String> cells : rows) {
            for (int i = 0; i < cells.size(); i++) {
                csv.append(i == 0 ? "" : ",")
                        .append('"')
                        .append(neutralise(cells.get(i)).replace("\"", "\"\""))
                        .append('"');
            }
            csv.append("\r\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** = + - @ start formulas in spreadsheets; tab and carriage return can smuggle one past a first-character check. */
    static String neutralise(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
