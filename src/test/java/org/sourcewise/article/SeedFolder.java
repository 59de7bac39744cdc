package org.sourcewise.article;

import java.nio.file.Path;
import org.sourcewise.cluster.StartupLock;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A seed loader of a folder on the JPA slice's beans, as the app's loads seeds/ at start. */
final class SeedFolder {

    private SeedFolder() {}

    static SeedLoader loaderOf(ApplicationContext context, Path folder, ApplicationEventPublisher events) {
        return new SeedLoader(
                context.getBean(ArticleRepository.class),
                events,
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
                new PathMatchingResourcePatternResolver(),
                new SeedSettings(folder.toUri().toString()),
                context.getBean(StartupLock.class));
    }
}
