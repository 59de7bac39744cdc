package org.sourcewise.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar in a process of its own with the demo profile, for the crash tests: an in-JVM Spring context could
 * not be killed without killing the test. Started on a free port and a given data folder, ended by SIGKILL or SIGTERM.
 */
final class PackagedServer {

    // 128 + 9: how Java reports a process that SIGKILL ended, rather than one that shut down by itself.
    static final int KILLED_BY_SIGKILL = 137;
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** An empty data folder under target/, so that a failed run's database can be inspected and `mvn clean` removes it. */
    static Path newDataFolder(String prefix) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix)
                .toAbsolutePath();
    }

    /** Starts the jar and returns once it serves the sign-in page. */
    static PackagedServer start(Path dataDir, String name) throws IOException, InterruptedException {
        Path jar = Path.of("target", "sourcewise.jar");
        assertTrue(Files.isRegularFile(jar), "no " + jar + ": this test runs after `package`");
        Path log = Path.of("target", name + "-server.log");
        int port = freePort();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--sourcewise.data-dir=" + dataDir,
                        "--spring.profiles.active=demo")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PackagedServer server = new PackagedServer(process, port, log);

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create(server.url("/login")))
                .timeout(Duration.ofSeconds(10))
                .build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the " + name + " server stopped with exit code " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return server;
                }
            } catch (IOException notListeningYet) {
                // the port opens only once Spring has started
            }
            Thread.sleep(500);
        }
        server.kill();
        throw new AssertionError("the " + name + " server did not serve /login within " + STARTUP + "; see " + log);
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** SIGKILL on Linux and macOS; the server starts no child processes, but one would outlive it unkilled. */
    void kill() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        waitFor(Duration.ofSeconds(30), "the server outlived SIGKILL");
    }

    /** SIGTERM: a clean shutdown, after which the database files are free for another process. */
    void stop() {
        process.destroy();
        waitFor(Duration.ofMinutes(1), "the server did not stop on SIGTERM");
    }

    int exitValue() {
        return process.exitValue();
    }

    private void waitFor(Duration time, String failure) {
        try {
            assertTrue(process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS), failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the server to end", e);
        }
    }

    void printLogTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            System.out.println("---- last lines of " + log + " ----");
            lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.out::println);
        } catch (IOException e) {
            System.out.println("could not read " + log + ": " + e);
        }
    }

    /** One number from the database itself, which only a stopped server leaves open to another process. */
    static int count(Path dataDir, String sql) throws SQLException {
        // IFEXISTS: a wrong path must fail rather than count the rows of a new, empty database.
        String url = "jdbc:h2:file:" + dataDir.resolve("sourcewise") + ";IFEXISTS=TRUE";
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet count = db.createStatement().executeQuery(sql)) {
            count.next();
            return count.getInt(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
