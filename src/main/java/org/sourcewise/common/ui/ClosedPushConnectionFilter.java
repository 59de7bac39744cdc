package org.sourcewise.common.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps a browser's ordinary goodbye out of the log's errors. When a page closes its push WebSocket (a reload, a
 * navigation, a phone put away) just as the server pushes to it, Atmosphere's clean-up of the connection races that
 * push: it writes the push again to the socket Tomcat has closed, or reads the connection the push has just let go,
 * and logs what fails as an ERROR, "Failed to cancel resource". Nothing is lost: the browser had gone, Atmosphere
 * drops the connection and tells Vaadin all the same, and the page finds its state again when it comes back. Under a
 * classroom's load it happens at every few reloads, and an administrator reading errors should not have to learn to
 * ignore it. Such a line becomes a DEBUG one; a failure with our own code in its trace, and any other error from
 * Atmosphere, are logged as they were.
 */
@Component
final class ClosedPushConnectionFilter extends TurboFilter {

    private static final String ATMOSPHERE_PROCESSOR = "org.atmosphere.cpr.AsynchronousProcessor";
    private static final String FAILED_CANCEL = "Failed to cancel resource: {}";
    private static final String OUR_CODE = "org.sourcewise.";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ClosedPushConnectionFilter.class);

    ClosedPushConnectionFilter() {
        // Spring Boot sets up logging before any bean, and anew for each application context in one JVM.
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.getTurboFilterList().removeIf(ClosedPushConnectionFilter.class::isInstance);
        start();
        logging.addTurboFilter(this);
    }

    @Override
    public FilterReply decide(
            @Nullable Marker marker,
            Logger logger,
            Level level,
            @Nullable String format,
            Object @Nullable [] params,
            @Nullable Throwable thrown) {
        if (level != Level.ERROR
                || !FAILED_CANCEL.equals(format)
                || !logger.getName().equals(ATMOSPHERE_PROCESSOR)) {
            return FilterReply.NEUTRAL;
        }
        Throwable cause = thrown != null ? thrown : lastThrowable(params);
        if (cause == null || passesThroughOurCode(cause)) {
            return FilterReply.NEUTRAL;
        }
        LOG.debug("A browser closed its push connection during a push; Atmosphere's clean-up of it failed", cause);
        return FilterReply.DENY;
    }

    private static @Nullable Throwable lastThrowable(Object @Nullable [] params) {
        if (params == null || params.length == 0) {
            return null;
        }
        return params[params.length - 1] instanceof Throwable last ? last : null;
    }

    private static boolean passesThroughOurCode(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (Arrays.stream(cause.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith(OUR_CODE))) {
                return true;
            }
        }
        return false;
    }
}
