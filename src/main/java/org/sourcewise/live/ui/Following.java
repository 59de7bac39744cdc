package org.sourcewise.live.ui;

import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.sourcewise.live.LiveBroadcaster;

/**
 * A view's subscription to its session's changes, held while the view is attached. Refreshes are handed to the
 * view's UI with {@code ui.access}, which queues them rather than waiting for the UI's lock.
 */
final class Following {

    private final LiveBroadcaster broadcaster;
    private @Nullable Runnable unsubscribe;

    Following(LiveBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    // what ui.access runs reports its errors to the session's error handler, not through the Future
    @SuppressWarnings("FutureReturnValueIgnored")
    void start(UI ui, long sessionId, boolean host, Runnable refresh) {
        stop();
        unsubscribe = broadcaster.subscribe(sessionId, host, task -> ui.access(task::run), refresh);
    }

    void stop() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }
}
