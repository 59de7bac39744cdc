package org.sourcewise.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a CSV file as a spreadsheet reads them (RFC 4180: a quoted cell may hold commas, line breaks and doubled
 * quotes), after the byte-order mark, and those of them a spreadsheet would run as a formula.
 */
final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {}

    /** Every cell's value, row after row; a quote left open is no CSV a spreadsheet reads as meant. */
    static List<String> of(byte[] file) {
        String text = new String(file, UTF_8);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                started = true;
            } else if (c == ',' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                started = c == ',';
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            } else {
                cell.append(c);
                started = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted cell is never closed");
        }
        if (started) {
            cells.add(cell.toString());
        }
        return cells;
    }

    /** The cells starting with = + - @, a tab or a carriage return, which a spreadsheet runs as a formula. */
    static List<String> formulas(byte[] file) {
        return of(file).stream()
                .filter(cell -> !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0)
                .toList();
    }
}
