package org.sourcewise.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The linguistic layer's output saved to a file, so that rule tests and corpus figures run without loading
 * language models. One file per parsed text, named by a digest of the text and its publication date (what
 * {@link Parser#parse} is given): a header, then per sentence a line {@code S index start end} and a line per
 * word with its tab-separated fields. Regenerate with {@code record-parses} when CoreNLP, its settings, the
 * sentence repairs or the cleaning change; a recording of a text that no longer comes out of cleaning is
 * simply not found.
 */
final class ParseRecords {

    static final String FORMAT = "sourcewise-parse 1";
    static final String SUFFIX = ".parse";

    private ParseRecords() {}

    /** The recording's file name for this text: what {@link Parser#parse} was called with decides it. */
    static String fileName(String text, @Nullable LocalDate published) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((published == null ? "-" : published.toString()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 10) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static void write(Path folder, ParsedText parsed, @Nullable LocalDate published) {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        String opening = parsed.text().substring(0, Math.min(60, parsed.text().length()));
        out.append("# ").append(escape(opening)).append('\n');
        out.append("published ").append(published == null ? "-" : published).append('\n');
        out.append("length ").append(parsed.text().length()).append('\n');
        for (Sentence sentence : parsed.sentences()) {
            out.append("S\t")
                    .append(sentence.index())
                    .append('\t')
                    .append(sentence.start())
                    .append('\t')
                    .append(sentence.end())
                    .append('\n');
            for (Token t : sentence.tokens()) {
                out.append(t.index())
                        .append('\t')
                        .append(escape(t.word()))
                        .append('\t')
                        .append(escape(t.lemma()))
                        .append('\t')
                        .append(escape(t.pos()))
                        .append('\t')
                        .append(escape(t.ner()))
                        .append('\t')
                        .append(t.start())
                        .append('\t')
                        .append(t.end())
                        .append('\t')
                        .append(t.head())
                        .append('\t')
                        .append(escape(t.relation()))
                        .append('\t')
                        .append(escape(t.timex()))
                        .append('\n');
            }
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(fileName(parsed.text(), published)), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the parse recording in " + folder, e);
        }
    }

    /** The recorded parse of this text, or null when none was recorded. */
    static @Nullable ParsedText read(Path folder, String text, @Nullable LocalDate published) {
        Path file = folder.resolve(fileName(text, published));
        if (!Files.exists(file)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parse recording " + file, e);
        }
        if (lines.isEmpty() || !lines.getFirst().equals(FORMAT)) {
            throw new IllegalStateException(file + " is not a " + FORMAT + " recording");
        }
        List<Sentence> sentences = new ArrayList<>();
        int[] bounds = null;
        List<Token> tokens = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("#") || line.startsWith("published ") || line.startsWith("length ")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields[0].equals("S")) {
                if (bounds != null) {
                    sentences.add(new Sentence(bounds[0], bounds[1], bounds[2], List.copyOf(tokens)));
                }
                bounds =
                        new int[] {Integer.parseInt(fields[1]), Integer.parseInt(fields[2]), Integer.parseInt(fields[3])
                        };
                tokens.clear();
            } else {
                tokens.add(new Token(
                        Integer.parseInt(fields[0]),
                        unescape(fields[1]),
                        unescape(fields[2]),
                        unescape(fields[3]),
                        unescape(fields[4]),
                        Integer.parseInt(fields[5]),
                        Integer.parseInt(fields[6]),
                        Integer.parseInt(fields[7]),
                        unescape(fields[8]),
                        unescapeOrNull(fields[9])));
            }
        }
        if (bounds != null) {
            sentences.add(new Sentence(bounds[0], bounds[1], bounds[2], List.copyOf(tokens)));
        }
        return new ParsedText(text, List.copyOf(sentences));
    }

    private static String escape(@Nullable String value) {
        if (value == null) {
            return "\\0";
        }
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    /** Only a token's date value is ever missing, so only it is ever written as {@code \0}. */
    private static @Nullable String unescapeOrNull(String value) {
        return value.equals("\\0") ? null : unescape(value);
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
