package org.sourcewise.article;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed articles are ({@code sourcewise.seeds.location}): a folder of {@code .txt} files with a
 * {@code metadata.json} beside them, packaged into the jar by default, or {@code file:/path/to/folder/}.
 */
@ConfigurationProperties("sourcewise.seeds")
record SeedSettings(@DefaultValue("classpath:seeds/") String location) {

    SeedSettings {
        if (location.isBlank()) {
            throw new IllegalArgumentException(
                    "sourcewise.seeds.location must name a folder, such as" + " file:/srv/sourcewise/seeds/");
        }
    }
}
