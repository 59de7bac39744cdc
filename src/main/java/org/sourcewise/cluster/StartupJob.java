package org.sourcewise.cluster;

/** The start-up jobs that run on one node at a time; each has its row in {@code startup_lock} (migration V21). */
public enum StartupJob {
    SEEDS("seeds"),
    QUIZ_FILES("quiz-files"),
    /** The demo profile's accounts, class and question policies: check-then-insert, as the seeds are. */
    DEMO_DATA("demo-data");

    private final String lockName;

    StartupJob(String lockName) {
        this.lockName = lockName;
    }

    String lockName() {
        return lockName;
    }
}
