package org.sourcewise.statement;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The background analysis ({@code sourcewise.analysis.*}): whether this node takes analysis jobs at all; how long a
 * job's claim lasts without word from its node, after which another node takes it; how often an idle node looks for
 * jobs queued by other nodes (jobs queued on this node start at once).
 */
@Validated
@ConfigurationProperties("sourcewise.analysis")
record AnalysisSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration lease,
        @DefaultValue("5s") Duration poll) {

    AnalysisSettings {
        if (lease.compareTo(Duration.ofSeconds(1)) < 0 || poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("sourcewise.analysis.lease must be at least 1s and"
                    + " sourcewise.analysis.poll more than 0 (given " + lease + " and " + poll + ")");
        }
    }

    /** A running node renews its claim four times a lease, so one late renewal never loses it. */
    Duration renewEvery() {
        return lease.dividedBy(4);
    }
}
