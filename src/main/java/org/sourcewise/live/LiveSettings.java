package org.sourcewise.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live sessions ({@code sourcewise.live.*}): how many joins one address may make to one session in a minute. A whole
 * school may come through one router, so the default lets 300 students of one address into one session within a
 * minute; wrong codes are counted apart, per address, by the join throttle every join page shares.
 */
@ConfigurationProperties("sourcewise.live")
record LiveSettings(@DefaultValue("400") int joinsPerMinute) {

    LiveSettings {
        if (joinsPerMinute < 1) {
            throw new IllegalArgumentException(
                    "sourcewise.live.joins-per-minute must be at least 1 (given " + joinsPerMinute + ")");
        }
    }
}
