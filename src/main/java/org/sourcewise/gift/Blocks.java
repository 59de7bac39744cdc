package org.sourcewise.gift;

import java.util.ArrayList;
import java.util.List;

/** Cuts a GIFT file into the blank-line separated blocks that Moodle reads one at a time. */
final class Blocks {

    /**
     * A block's comment lines up to its first line of text (the slashes removed), and its lines of text,
     * which are empty when the block holds only comments.
     */
    record Block(List<String> leadingComments, List<SourceLine> lines) {}

    private Blocks() {}

    static List<Block> split(String file) {
        String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Block> blocks = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<SourceLine> content = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                addBlock(blocks, comments, content);
            } else if (line.startsWith("//")) {
                if (content.isEmpty()) {
                    comments.add(line.substring(2).strip());
                }
            } else {
                content.add(new SourceLine(i + 1, lines[i]));
            }
        }
        addBlock(blocks, comments, content);
        return blocks;
    }

    private static void addBlock(List<Block> blocks, List<String> comments, List<SourceLine> content) {
        if (!comments.isEmpty() || !content.isEmpty()) {
            blocks.add(new Block(List.copyOf(comments), List.copyOf(content)));
            comments.clear();
            content.clear();
        }
    }
}
