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

    /**
     * Nodes on one PostgreSQL database, all started before any is waited for, as a deployment's nodes start together:
     * their start-up jobs (migrations, seeds, demo accounts) then meet on the database. Each has a data folder of its
     * own; {@code arguments} go to every node. Returns them in the order of {@code names}, once all serve pages.
     */
    List<PackagedServer> startTogether(SharedPostgres database, List<String> arguments, String... names)
            throws Exception {
        List<PackagedServer> nodes = new ArrayList<>();
        for (String name : names) {
            PackagedServer node = PackagedServer.launch(
                    PackagedServer.newDataFolder(name + "-data-"), name, database.environment(), arguments);
            started.add(node);
            nodes.add(node);
        }
        for (PackagedServer node : nodes) {
            node.awaitReady();
        }
        return nodes;
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
