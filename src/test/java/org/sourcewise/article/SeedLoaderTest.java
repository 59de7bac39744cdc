package org.sourcewise.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewise.SourcewiseJpaTest;
import org.sourcewise.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

/** Seed loading against the real repository on H2, from the project's seeds folder or a copy of it. */
@Tier.Spring
@Tag("database")
@SourcewiseJpaTest
class SeedLoaderTest {

    private static final Path SEEDS = Path.of("seeds");

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private ApplicationContext context;

    @TempDir
    private Path copy;

    private final List<Object> published = new ArrayList<>();

    private void load(Path folder) throws IOException {
        SeedFolder.loaderOf(context, folder, published::add).run(new DefaultApplicationArguments());
    }

    private Path copyOfSeeds() throws IOException {
        try (var files = Files.list(SEEDS)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void loadsEverySeedFileWithTitleSourceAndPublicationDate() throws IOException {
        load(SEEDS);

        assertThat(articles.count()).isEqualTo(5);
        Article article = articles.findBySeedFile("003_c69a83af02cbb3b2.txt").orElseThrow();
        assertThat(article.getTitle()).isEqualTo("Russia starts drills in Belarus as Britain warns Moscow");
        assertThat(article.getSource()).isEqualTo("unknown news site");
        assertThat(article.getPublishedOn()).isEqualTo(LocalDate.of(2022, 2, 10));
        assertThat(article.getRawText())
                .isEqualTo(Files.readString(SEEDS.resolve("003_c69a83af02cbb3b2.txt"), StandardCharsets.UTF_8));
        assertThat(article.getCleanedText()).startsWith("On Thursday, Russia began the active phase");
        assertThat(article.getWordCount()).isGreaterThan(500);
    }

    @Test
    void loadingTwiceAddsNothing() throws IOException {
        load(SEEDS);
        String before = articles.findBySeedFile("000_a749456b69542e59.txt")
                .orElseThrow()
                .getCleanedText();

        load(SEEDS);

        assertThat(articles.count()).isEqualTo(5);
        assertThat(articles.findBySeedFile("000_a749456b69542e59.txt")
                        .orElseThrow()
                        .getCleanedText())
                .isEqualTo(before);
    }

    @Test
    void refreshesUneditedSeedWhenItsFileChanges() throws IOException {
        Path folder = copyOfSeeds();
        load(folder);
        Files.writeString(folder.resolve("001_78288d0e41c1ddce.txt"), "A corrected first paragraph.\n");

        load(folder);

        assertThat(articles.count()).isEqualTo(5);
        assertThat(articles.findBySeedFile("001_78288d0e41c1ddce.txt")
                        .orElseThrow()
                        .getCleanedText())
                .isEqualTo("A corrected first paragraph.");
    }

    @Test
    void announcesEveryAddedOrRefreshedArticleSoItGetsAnalysed() throws IOException {
        Path folder = copyOfSeeds();
        load(folder);
        assertThat(published).hasSize(5).allMatch(ArticleTextChanged.class::isInstance);
        published.clear();
        Files.writeString(folder.resolve("001_78288d0e41c1ddce.txt"), "A corrected first paragraph.\n");

        load(folder);

        long refreshed = articles.findBySeedFile("001_78288d0e41c1ddce.txt")
                .orElseThrow()
                .getId();
        assertThat(published).containsExactly(new ArticleTextChanged(refreshed));
    }

    @Test
    void neverOverwritesSeedArticleThatTeacherEdited() throws IOException {
        Path folder = copyOfSeeds();
        load(folder);
        Article edited = articles.findBySeedFile("001_78288d0e41c1ddce.txt").orElseThrow();
        String teacherText = edited.getCleanedText();
        edited.markEditedByTeacher();
        articles.saveAndFlush(edited);
        Files.writeString(folder.resolve("001_78288d0e41c1ddce.txt"), "A new version of the file.\n");

        load(folder);

        assertThat(articles.findBySeedFile("001_78288d0e41c1ddce.txt")
                        .orElseThrow()
                        .getCleanedText())
                .isEqualTo(teacherText);
    }

    @Test
    void skipsFileThatIsNotTextAndLoadsTheOthers() throws IOException {
        Path folder = copyOfSeeds();
        Files.write(folder.resolve("005_binary.txt"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x10});

        load(folder);

        assertThat(articles.count()).isEqualTo(5);
        assertThat(articles.findBySeedFile("005_binary.txt")).isEmpty();
    }

    @Test
    void givesSeedWithoutMetadataItsFileNameAsTitle() throws IOException {
        Path folder = copyOfSeeds();
        Files.writeString(folder.resolve("006_extra.txt"), "Officials said talks would resume.\n");

        load(folder);

        Article extra = articles.findBySeedFile("006_extra.txt").orElseThrow();
        assertThat(extra.getTitle()).isEqualTo("006_extra.txt");
        assertThat(extra.getPublishedOn()).isNull();
    }

    @Test
    void startsWithNoArticlesWhenSeedsFolderIsMissing() throws IOException {
        load(copy.resolve("missing"));

        assertThat(articles.count()).isZero();
    }
}
