package org.sourcewise.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.res.StringManager;
import org.apache.tomcat.websocket.WsRemoteEndpointImplBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The app's log on the real context, written to as Atmosphere writes when its clean-up of a push connection a
 * browser closed fails, with the failures seen in the two-node live test under load.
 */
@Tier.Spring
@SourcewiseSpringTest
@ExtendWith(OutputCaptureExtension.class)
class ClosedPushConnectionFilterTest {

    private static final Logger ATMOSPHERE = LoggerFactory.getLogger("org.atmosphere.cpr.AsynchronousProcessor");
    private static final String FAILED_CANCEL = "Failed to cancel resource: {}";

    private static <T extends Throwable> T thrownAt(T thrown, String className, String method) {
        thrown.setStackTrace(new StackTraceElement[] {
            new StackTraceElement(className, method, null, -1),
            new StackTraceElement("org.atmosphere.cpr.AsynchronousProcessor", "completeLifecycle", null, -1)
        });
        return thrown;
    }

    /** Tomcat's refusal, in its own words, of a write to a WebSocket it has closed. */
    private static IllegalStateException writeToClosedSocket() {
        return thrownAt(
                new IllegalStateException(
                        StringManager.getManager(WsRemoteEndpointImplBase.class).getString("wsRemoteEndpoint.closed")),
                WsRemoteEndpointImplBase.class.getName(),
                "writeMessagePart");
    }

    @Test
    void aCancelThatFailedWritingToTheClosedSocketIsNoError(CapturedOutput output) {
        ATMOSPHERE.error(FAILED_CANCEL, "closed-resource", writeToClosedSocket());

        assertThat(output.getAll()).doesNotContain("closed-resource");
    }

    @Test
    void aCancelThatFoundTheConnectionAlreadyLetGoIsNoError(CapturedOutput output) {
        ATMOSPHERE.error(
                FAILED_CANCEL,
                "released-resource",
                thrownAt(
                        new NullPointerException("resource is null"),
                        "org.atmosphere.handler.AbstractReflectorAtmosphereHandler",
                        "onStateChange"));

        assertThat(output.getAll()).doesNotContain("released-resource");
    }

    @Test
    void aCancelThatFailedInOurOwnCodeIsStillAnError(CapturedOutput output) {
        ATMOSPHERE.error(
                FAILED_CANCEL,
                "our-resource",
                thrownAt(new IllegalStateException("seat lost"), "org.sourcewise.live.ui.SeatView", "onDetach"));

        assertThat(output.getAll()).contains("ERROR").contains("our-resource").contains("seat lost");
    }

    @Test
    void anotherLoggersErrorWithTheSameFailureIsStillAnError(CapturedOutput output) {
        LoggerFactory.getLogger(ClosedPushConnectionFilterTest.class)
                .error("Push failed for {}", "pushed-resource", writeToClosedSocket());

        assertThat(output.getAll()).contains("ERROR").contains("pushed-resource");
    }

    @Test
    void anotherAtmosphereErrorIsStillAnError(CapturedOutput output) {
        ATMOSPHERE.error("Interceptor crashed for {}", "intercepted-resource", writeToClosedSocket());

        assertThat(output.getAll()).contains("ERROR").contains("intercepted-resource");
    }
}
