package org.sourcewise.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcewise.Tier;

/** Cleaning on the five seed articles as they were copied from the web. */
@Tier.Fast
class SeedCleaningTest {

    private static final Path SEEDS = Path.of("seeds");

    private static ArticleText cleaned(String file) throws IOException {
        JsonNode metadata =
                new ObjectMapper().readTree(SEEDS.resolve("metadata.json").toFile());
        String title = null;
        for (JsonNode entry : metadata.path("articles")) {
            if (entry.path("file").asText().equals(file)) {
                title = entry.path("title").asText();
            }
        }
        return ArticleText.fromWebCopy(Files.readString(SEEDS.resolve(file)), title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            000_a749456b69542e59.txt | 29 | China News Service, December 24. According to a report | Russia denies any plans to "invade" Ukraine
            001_78288d0e41c1ddce.txt | 22 | Chinanews, December 5th, a comprehensive report | The US "Foreign Affairs" magazine also analyzed
            002_b34e547b93e40c90.txt | 27 | The United States and Russia have begun to suspect | More than 14,000 people have been killed
            003_c69a83af02cbb3b2.txt | 19 | On Thursday, Russia began the active phase | Six Russian vessels have landed in Sevastopol
            004_5ca8917e78adf405.txt | 24 | In their stalemate over Ukraine, Russia said on Thursday | Russia said on Thursday it was clear the United States
            """)
    void keepsEveryRealParagraphFromFirstToLast(String file, int paragraphs, String first, String last)
            throws IOException {
        List<String> kept = cleaned(file).paragraphs();

        assertThat(kept).hasSize(paragraphs);
        assertThat(kept.getFirst()).startsWith(first);
        assertThat(kept.getLast()).startsWith(last);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000_a749456b69542e59.txt",
                "001_78288d0e41c1ddce.txt",
                "002_b34e547b93e40c90.txt",
                "003_c69a83af02cbb3b2.txt",
                "004_5ca8917e78adf405.txt"
            })
    void removesTheWebClutter(String file) throws IOException {
        String text = cleaned(file).text();

        assertThat(text)
                .doesNotContain(
                        "REUTERS/",
                        "The picture shows",
                        "issued a photo courtesy",
                        "Leave a Reply",
                        "Click to comment",
                        "Related Articles",
                        "Back to top",
                        "Source link",
                        "Connect with us",
                        "what are you looking for",
                        "Your email address",
                        "You May Also Like",
                        "New Delhi, Sept",
                        "| Stories",
                        "\u2013 Dmitry Peskov",
                        "\u00A0");
        assertThat(text).doesNotStartWith("World News");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_a749456b69542e59.txt", "002_b34e547b93e40c90.txt", "003_c69a83af02cbb3b2.txt"})
    void keepsSubheadingsInsideTheArticle(String file) throws IOException {
        assertThat(cleaned(file).paragraphs())
                .containsAnyOf("Cautious optimism", "\u2018Uncontrolled anger\u2019", "\u2018SNOW LINES\u2019");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000_a749456b69542e59.txt",
                "001_78288d0e41c1ddce.txt",
                "002_b34e547b93e40c90.txt",
                "003_c69a83af02cbb3b2.txt",
                "004_5ca8917e78adf405.txt"
            })
    void paragraphsAreSeparatedByExactlyOneBlankLine(String file) throws IOException {
        String text = cleaned(file).text();

        assertThat(text).doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
        assertThat(text.replace("\n\n", "")).doesNotContain("\n");
    }
}
