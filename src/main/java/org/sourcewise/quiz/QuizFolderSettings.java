package org.sourcewise.quiz;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the hand-written quiz files are ({@code sourcewise.quizzes.location}): a folder of {@code .gift} files,
 * packaged into the jar by default, or {@code file:/path/to/folder/}.
 */
@ConfigurationProperties("sourcewise.quizzes")
record QuizFolderSettings(
        @DefaultValue("classpath:quizzes/") String location) {

    QuizFolderSettings {
        if (location.isBlank()) {
            throw new IllegalArgumentException(
                    "sourcewise.quizzes.location must name a folder, such as" + " file:/srv/sourcewise/quizzes/");
        }
    }
}
