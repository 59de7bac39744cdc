package org.sourcewise.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sourcewise.practice.QuizResponses;
import org.sourcewise.practice.QuizResponses.Response;
import org.sourcewise.practice.QuizResponses.Student;

/**
 * A class's results as CSV a spreadsheet opens correctly: UTF-8 with a byte-order mark (or Excel guesses another
 * encoding), every field quoted, CRLF line ends, one row per student and one column per question (1 right, 0 wrong,
 * empty unanswered). A cell that a spreadsheet would run as a formula is neutralised with a leading apostrophe.
 */
public final class ResultsCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ResultsCsv() {
    }

    public static byte[] write(QuizResponses responses) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Student", "Right answers"));
        responses.questions().forEach(q -> header.add("Q" + (q.position() + 1)));
        row(csv, header);
        for (Student student : responses.students()) {
            // The number right alone: "3/5" would turn into a date in some spreadsheets.
            List<String> cells = new ArrayList<>(List.of(student.name(), String.valueOf(student.right())));
            for (int i = 0; i < responses.questions().size(); i++) {
                Response response = i < student.responses().size() ? student.responses().get(i) : null;
                cells.add(response == null ? "" : response.correct() ? "1" : "0");
            }
            row(csv, cells);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append('"').append(neutralise(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    /** = + - @ start formulas in spreadsheets; tab and carriage return can smuggle one past a first-character check. */
    static String neutralise(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
