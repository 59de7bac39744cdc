package org.sourcewise.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A command's own {@code --name VALUE} options, taken out of its arguments before the shared ones are read. */
final class Options {

    private final List<String> rest;

    Options(String[] args) {
        this.rest = new ArrayList<>(Arrays.asList(args));
    }

    /** The value after {@code name}, removed from the arguments; null when absent. */
    @Nullable
    String take(String name) {
        int at = rest.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= rest.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = rest.remove(at + 1);
        rest.remove(at);
        return value;
    }

    String[] rest() {
        return rest.toArray(String[]::new);
    }
}
