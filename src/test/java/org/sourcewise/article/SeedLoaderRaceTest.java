package org.sourcewise.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseJpaTest;
import org.sourcewise.Tier;
import org.sourcewise.cluster.Nodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Two nodes that start at the same moment on one empty database, each loading the seeds as at start. */
@Tier.Spring
@Tag("database")
@SourcewiseJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SeedLoaderRaceTest {

    private static final Path SEEDS = Path.of("seeds");

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private ApplicationContext context;

    private final List<Object> announced = new CopyOnWriteArrayList<>();

    private Callable<Void> node() {
        SeedLoader loader = SeedFolder.loaderOf(context, SEEDS, announced::add);
        return () -> {
            loader.run(new DefaultApplicationArguments());
            return null;
        };
    }

    /** The nodes commit, and the other tests of the slice count on an empty article table. */
    @AfterEach
    void deleteTheSeeds() {
        articles.deleteAll();
    }

    private static long seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(file -> file.toString().endsWith(".txt")).count();
        }
    }

    @Test
    void twoNodesStartingTogetherBothStartAndAddEachSeedOnce() throws Exception {
        Nodes.startTogether(List.of(node(), node()));

        assertThat(articles.count()).isEqualTo(seedFiles());
        assertThat(announced)
                .as("one node added and announced each seed, the other found it there")
                .hasSize((int) seedFiles())
                .allMatch(ArticleTextChanged.class::isInstance)
                .doesNotHaveDuplicates();
    }
}
