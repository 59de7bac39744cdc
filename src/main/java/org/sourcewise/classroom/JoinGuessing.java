package org.sourcewise.classroom;

import java.time.Duration;
import org.sourcewise.security.GuessThrottle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong class codes an address may type on the join page ({@code sourcewise.join.*}): {@code freeWrongCodes}
 * cost nothing, then the wait before the next try grows, doubling five times on the way to {@code lockWrongCodes},
 * where the address is refused for {@code lockedFor}. Right codes are never counted, so a whole school behind one
 * address joins at once; the count is forgotten after {@code lockedFor} without a wrong code. Codes of eight
 * characters from 31 leave a hundred guesses a quarter of an hour nowhere near a class's code.
 */
@ConfigurationProperties("sourcewise.join")
public record JoinGuessing(
        @DefaultValue("30") int freeWrongCodes,
        @DefaultValue("100") int lockWrongCodes,
        @DefaultValue("15m") Duration lockedFor) {

    GuessThrottle.Limits limits() {
        int step = Math.max(1, (lockWrongCodes - freeWrongCodes) / 5);
        return new GuessThrottle.Limits(freeWrongCodes, step, lockWrongCodes, lockedFor, lockedFor);
    }
}
