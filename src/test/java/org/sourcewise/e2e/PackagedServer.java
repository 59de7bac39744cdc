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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar in a process of its own with the demo profile, for the crash tests: an in-JVM Spring context could
 * not be killed without killing the test. Started on a free port and a given data folder, on H2 there or on a database
 * that its environment names (several nodes on one PostgreSQL), ended by SIGKILL or SIGTERM.
 */
final class PackagedServer {

    // 128 + 9: how Java reports a process that SIGKILL ended, rather than one that shut down by itself.
    static final int KILLED_BY_SIGKILL = 137;
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    // QuizFileLoader's line, logged whether or not every file loaded.
    private static final String QUIZ_FILES_LOADED = "Quiz files: ";
    // Spring Boot's console lines: the time, then the level; a stack trace's lines follow its entry without either.
    private static final Pattern LOG_ENTRY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+([A-Z]+)\\s");

    private final Process process;
    private final String name;
    private final int port;
    private final Path log;

    private PackagedServer(Process process, String name, int port, Path log) {
        this.process = process;
        this.name = name;
        this.port = port;
        this.log = log;
    }

    /** An empty data folder under target/, so that a failed run's database can be inspected and `mvn clean` removes it. */
    static Path newDataFolder(String prefix) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix)
                .toAbsolutePath();
    }

    /** Starts the jar on H2 in the data folder and returns once it serves the sign-in page. */
    static PackagedServer start(Path dataDir, String name) throws IOException, InterruptedException {
        PackagedServer server = launch(dataDir, name, Map.of(), List.of());
        server.awaitReady();
        return server;
    }

    /**
     * Starts the jar without waiting for it, so that several nodes can start together as they would in a deployment:
     * {@code environment} is added to the test's own (a database URL, say), {@code arguments} come after the usual.
     */
    static PackagedServer launch(Path dataDir, String name, Map<String, String> environment, List<String> arguments)
            throws IOException {
        Path jar = Path.of("target", "sourcewise.jar");
        assertTrue(Files.isRegularFile(jar), "no " + jar + ": this test runs after `package`");
        Path log = Path.of("target", name + "-server.log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--sourcewise.data-dir=" + dataDir,
                "--spring.profiles.active=demo"));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new PackagedServer(builder.start(), name, port, log);
    }

    /**
     * Returns once the server serves the sign-in page and has loaded the quiz files; fails if it stops or takes longer
     * than a slow start. Tomcat serves pages before the start-up jobs end, and the quiz files, loaded when the app is
     * ready, come last: a test that starts at the first page could find no quiz, or meet another node's jobs.
     */
    void awaitReady() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the " + name + " server stopped with exit code " + process.exitValue() + "; see " + log);
            }
            if (servesSignInPage(url("/login"))
                    && Files.readAllLines(log).stream().anyMatch(line -> line.contains(QUIZ_FILES_LOADED))) {
                return;
            }
            Thread.sleep(500);
        }
        kill();
        throw new AssertionError("the " + name + " server did not serve /login within " + STARTUP + "; see " + log);
    }

    /** Whether the sign-in page at this address answers now; false while nothing listens there yet. */
    static boolean servesSignInPage(String loginUrl) throws InterruptedException {
        HttpRequest login = HttpRequest.newBuilder(URI.create(loginUrl))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            return HTTP.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
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

    /**
     * The server's log entries at level ERROR, each with the name of the server and the stack trace that follows it,
     * so that a failed run says where the error came from.
     */
    List<String> loggedErrors() throws IOException {
        List<String> errors = new ArrayList<>();
        StringBuilder error = null;
        for (String line : Files.readAllLines(log)) {
            Matcher entry = LOG_ENTRY.matcher(line);
            if (entry.find()) {
                if (error != null) {
                    errors.add(error.toString());
                }
                error = entry.group(1).equals("ERROR") ? new StringBuilder(name + ": " + line) : null;
            } else if (error != null) {
                error.append('\n').append(line);
            }
        }
        if (error != null) {
            errors.add(error.toString());
        }
        return errors;
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

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
