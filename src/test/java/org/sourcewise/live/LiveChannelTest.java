package org.sourcewise.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.postgres.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes' channels on one real PostgreSQL database: this context's, and a second one on the same database that
 * listens as another node would. Only the PostgreSQL run has more than one node to talk to.
 */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class LiveChannelTest {

    /** Only so that a lost notification fails the test instead of hanging the build. */
    private static final long HANG_GUARD_SECONDS = 30;

    @Autowired
    private LiveChannel channel;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private PlatformTransactionManager transactions;

    private final BlockingQueue<LiveEvent> heard = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> resyncs = new LinkedBlockingQueue<>();
    private LiveChannel otherNode;

    @BeforeEach
    void anotherNodeListens() throws InterruptedException {
        assumeThat(TestPostgres.wanted())
                .as("only PostgreSQL carries changes between nodes")
                .isTrue();
        otherNode = new LiveChannel(dataSource);
        otherNode.receiveWith(new LiveChannel.Receiver() {
            @Override
            public void accept(LiveEvent event) {
                heard.add(event);
            }

            @Override
            public void resync() {
                resyncs.add("resync");
            }
        });
        otherNode.listen();
        assertThat(resyncs.poll(HANG_GUARD_SECONDS, TimeUnit.SECONDS))
                .as("a node that starts listening reads its sessions anew")
                .isNotNull();
    }

    @AfterEach
    void stopListening() {
        if (otherNode != null) {
            otherNode.stop();
        }
    }

    @Test
    void aCommittedChangeReachesAnotherNodeWhole() throws InterruptedException {
        LiveEvent answer = LiveEvent.answered(
                41, 7, 2, new LiveSession.Answer(3, true, 1234, Instant.parse("2026-12-02T10:00:00.123Z")));
        new TransactionTemplate(transactions).executeWithoutResult(status -> channel.send(answer));

        assertThat(heard.poll(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo(answer);
    }

    @Test
    void aChangeWhoseTransactionRollsBackIsNeverHeard() throws InterruptedException {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            channel.send(LiveEvent.pace(42));
            status.setRollbackOnly();
        });
        new TransactionTemplate(transactions).executeWithoutResult(status -> channel.send(LiveEvent.pace(43)));

        assertThat(heard.poll(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo(LiveEvent.pace(43));
    }

    @Test
    void aNodeDoesNotHearItsOwnChanges() throws InterruptedException {
        new TransactionTemplate(transactions).executeWithoutResult(status -> otherNode.send(LiveEvent.pace(44)));
        new TransactionTemplate(transactions).executeWithoutResult(status -> channel.send(LiveEvent.pace(45)));

        assertThat(heard.poll(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo(LiveEvent.pace(45));
    }
}
