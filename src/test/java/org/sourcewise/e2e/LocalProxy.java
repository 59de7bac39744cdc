package org.sourcewise.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of packaged nodes, with the deployment's own {@code deploy/haproxy.cfg} made local by
 * {@code scripts/local-proxy-config.sh}: browsers reach the nodes only through it, and it decides which node each
 * browser stays on and where a browser goes when its node dies. A missing HAProxy fails the test under CI and skips
 * it elsewhere ({@link SystemTool}).
 */
final class LocalProxy implements AutoCloseable {

    /** The cookie the proxy keeps each browser on its node with; it names the nodes node1, node2 ... in their order. */
    private static final String NODE_COOKIE = "SW_NODE";

    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;

    private LocalProxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the proxy in front of the nodes, in their order, and returns once it serves the sign-in page. */
    static LocalProxy start(List<PackagedServer> nodes, String name) throws IOException, InterruptedException {
        Path haproxy = find();
        int port = PackagedServer.freePort();
        Path config = Path.of("target", name + "-haproxy.cfg");
        Path log = Path.of("target", name + "-haproxy.log");
        List<String> command = new ArrayList<>(List.of("bash", "scripts/local-proxy-config.sh", String.valueOf(port)));
        nodes.forEach(node -> command.add(String.valueOf(node.port())));
        run(new ProcessBuilder(command).redirectOutput(config.toFile()), "scripts/local-proxy-config.sh");
        run(new ProcessBuilder(haproxy.toString(), "-c", "-q", "-f", config.toString()), "haproxy -c " + config);
        Process process = new ProcessBuilder(haproxy.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        LocalProxy proxy = new LocalProxy(process, port, log);
        proxy.awaitServing();
        return proxy;
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Which of the nodes, by their order at the start, the proxy keeps this browser on. */
    int nodeOf(BrowserContext browser) {
        List<String> named = browser.cookies(url("/")).stream()
                .filter(cookie -> cookie.name.equals(NODE_COOKIE))
                .map(cookie -> cookie.value)
                .toList();
        assertEquals(1, named.size(), "the proxy's node cookie in the browser: " + named);
        return Integer.parseInt(named.getFirst().replace("node", "")) - 1;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitServing() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("HAProxy stopped with exit code " + process.exitValue() + ": " + Files.readString(log));
            }
            if (PackagedServer.servesSignInPage(url("/login"))) {
                return;
            }
            Thread.sleep(250);
        }
        close();
        throw new AssertionError("HAProxy did not serve /login within " + STARTUP + "; see " + log);
    }

    private static void run(ProcessBuilder builder, String what) throws IOException, InterruptedException {
        Process process = builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertEquals(0, process.waitFor(), what + " failed");
    }

    private static Path find() {
        return SystemTool.find(
                "No HAProxy found: install it (apt-get install haproxy)",
                "/usr/sbin/haproxy",
                "/usr/bin/haproxy",
                "/usr/local/sbin/haproxy");
    }
}
