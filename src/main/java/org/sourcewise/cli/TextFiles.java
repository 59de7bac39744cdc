package org.sourcewise.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The text files commands are given: read as strict UTF-8, and when that fails, a reason a reader understands. */
final class TextFiles {

    private TextFiles() {
    }

    /** The file's text; a NUL character means a binary file that happens to decode, which no command should read as text. */
    static String read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException("a folder, not a file");
        }
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            throw new IOException("a binary file, not text");
        }
        return text;
    }

    /** Why a file could not be read, in words, not a stack trace. */
    static String problem(IOException e) {
        return switch (e) {
            case NoSuchFileException ignored -> "no such file";
            case AccessDeniedException ignored -> "not allowed to read it";
            case CharacterCodingException ignored -> "not UTF-8 text";
            default -> e.getMessage();
        };
    }
}
