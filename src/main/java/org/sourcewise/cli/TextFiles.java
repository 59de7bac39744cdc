package org.sourcewise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.sourcewise.cleaning.TextBytes;

/** The text files commands are given: read as strict UTF-8, and when that fails, a reason a reader understands. */
final class TextFiles {

    private TextFiles() {}

    /** The file's text, checked as every import checks a file (TextBytes). */
    static String read(Path path) throws IOException {
        byte[] bytes;
        try (InputStream in = open(path)) {
            bytes = in.readAllBytes();
        }
        try {
            return TextBytes.text(bytes);
        } catch (TextBytes.NotText e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static InputStream open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException("a folder, not a file");
        }
        return Files.newInputStream(path);
    }

    /** Why a file could not be read, in words, not a stack trace. */
    static @Nullable String problem(IOException e) {
        return switch (e) {
            case NoSuchFileException ignored -> "no such file";
            case AccessDeniedException ignored -> "not allowed to read it";
            default -> e.getMessage();
        };
    }
}
