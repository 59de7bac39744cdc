package org.sourcewise.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The packaged servers one crash test started: each is killed after the test whatever happened, and when the test
 * failed the end of every server's log is printed, since the failure usually shows there first.
 */
final class PackagedServers implements TestWatcher, AfterEachCallback {

    private final List<PackagedServer> started = new ArrayList<>();

    PackagedServer start(Path dataDir, String name) throws Exception {
        PackagedServer server = PackagedServer.start(dataDir, name);
        started.add(server);
        return server;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        started.forEach(PackagedServer::printLogTail);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.forEach(PackagedServer::kill);
    }
}
