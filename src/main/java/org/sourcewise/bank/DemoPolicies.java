package org.sourcewise.bank;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.article.ArticleService;
import org.sourcewise.cluster.StartupJob;
import org.sourcewise.cluster.StartupLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The `demo` profile lets every article on which no teacher has chosen use its questions above the confidence
 * threshold, so that the demo student can practise, and the kill test and live benchmark run, before a teacher has
 * reviewed anything. A real deployment keeps the teacher's accept as the gate (decision 0010). Nodes that start
 * together on one database do it one after another (StartupLock): both would otherwise save the same article's policy.
 */
@Component
@Profile("demo")
class DemoPolicies {

    private static final Logger log = LoggerFactory.getLogger(DemoPolicies.class);

    private final BankPolicyRepository policies;
    private final ArticleService articles;
    private final StartupLock lock;
    private final TransactionTemplate transaction;

    DemoPolicies(
            BankPolicyRepository policies, ArticleService articles, StartupLock lock, TransactionTemplate transaction) {
        this.policies = policies;
        this.articles = articles;
        this.lock = lock;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void openUnchosenArticles() {
        int opened = lock.whileHolding(
                StartupJob.DEMO_DATA,
                () -> transaction.execute(status -> {
                    List<Long> unchosen = articles.findAllIds().stream()
                            .filter(id -> !policies.existsById(id))
                            .toList();
                    unchosen.forEach(id -> policies.save(new BankPolicy(id, true, "demo profile")));
                    return unchosen.size();
                }));
        log.warn(
                "Demo profile: {} article(s) let questions above the confidence threshold reach students before a"
                        + " teacher's accept.",
                opened);
    }
}
