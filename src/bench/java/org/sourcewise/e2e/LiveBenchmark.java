package org.sourcewise.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Load benchmark of a live session against running servers, over Vaadin's real protocol. Not a test: run it with
 * {@code ./sw live-benchmark [--nodes K] N} (scripts/live-benchmark.sh), which starts the nodes and passes their ports
 * and process ids. With several nodes (on one PostgreSQL) the teacher is on the first and the students are dealt out
 * over all of them in turn, as a proxy balancing round robin would; each node's CPU and heap is measured.
 * <p>
 * The teacher is a real Chromium page, signed in as the demo teacher: it assigns a quiz to the demo class and runs it
 * live, and a script in the page notes when its "n of m answered" counter changes. Each student is a protocol-level
 * client, far cheaper than a browser: it loads the join page, starts a UI ({@code ?v-r=init}), navigates, fills in a
 * nickname and clicks Join through the UIDL requests a browser sends, keeps the push WebSocket open (Atmosphere's
 * length-prefixed messages) and clicks an answer button once a push shows the question. Answers are spread at random
 * over the first seconds of each question, as a class answers.
 * <p>
 * Latency of an answer: from just before its request is sent to the moment the teacher's page shows a count that
 * includes it, pairing the k-th answer sent with the first time the count reaches k.
 */
public final class LiveBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern QUESTION = Pattern.compile("Question \\d+ of \\d+");
    private static final Pattern ANSWERED = Pattern.compile("(\\d+) of (\\d+) answered");
    private static final int QUESTIONS = Integer.getInteger("live.questions", 3);
    private static final int SECONDS_PER_QUESTION = Integer.getInteger("live.seconds", 30);
    private static final int SPREAD_MILLIS = Integer.getInteger("live.spread-ms", 10_000);
    private static final int JOIN_PARALLELISM = Integer.getInteger("live.join-parallelism", 16);
    /** Threads that read the phones' push messages, apart from the ones that take them off the sockets. */
    private static final ExecutorService READERS = Executors.newFixedThreadPool(2);

    private final List<String> bases;
    private final List<Long> serverPids;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4))
            .build();

    private LiveBenchmark(List<String> ports, List<Long> serverPids) {
        this.bases = ports.stream().map(port -> "http://localhost:" + port).toList();
        this.serverPids = serverPids;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || args[0].split(",").length != args[1].split(",").length) {
            System.err.println("usage: LiveBenchmark PORT[,PORT...] SERVER_PID[,SERVER_PID...] STUDENTS");
            System.exit(2);
        }
        List<Long> pids = Stream.of(args[1].split(",")).map(Long::parseLong).toList();
        new LiveBenchmark(List.of(args[0].split(",")), pids).run(Integer.parseInt(args[2]));
        System.exit(0);
    }

    private void run(int students) throws Exception {
        try (Playwright playwright = Playwright.create();
                Browser browser = Chromium.launch(playwright)) {
            Page teacher = browser.newContext().newPage();
            teacher.setDefaultTimeout(120_000);
            String code = startSession(teacher);
            System.out.printf("Session %s started; %d students joining%n", code, students);

            long joinStart = System.nanoTime();
            List<Student> joined = join(code, students);
            System.out.printf(
                    "Joined: %d of %d in %.1f s; push connections open: %d%n",
                    joined.size(),
                    students,
                    (System.nanoTime() - joinStart) / 1e9,
                    joined.stream().filter(s -> s.pushOpen).count());
            if (bases.size() > 1) {
                for (String base : bases) {
                    System.out.printf(
                            "  on %s: %d%n",
                            base,
                            joined.stream().filter(s -> s.base.equals(base)).count());
                }
            }
            teacher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(joined.size() + " joined"))
                    .waitFor();
            teacher.evaluate("""
                    () => {
                      window.answeredLog = [];
                      let last = '';
                      new MutationObserver(() => {
                        const el = document.querySelector('.live-answered');
                        const text = el ? el.textContent : '';
                        if (text !== last) { last = text; window.answeredLog.push([Date.now(), text]); }
                      }).observe(document.body, {subtree: true, childList: true, characterData: true});
                    }""");

            List<Long> latencies = new ArrayList<>();
            List<Long> fanOut = new ArrayList<>();
            List<Long> fanOutRead = new ArrayList<>();
            Map<String, List<Long>> fanOutByNode = new ConcurrentHashMap<>();
            long[] cpuBefore = new long[serverPids.size()];
            for (int i = 0; i < cpuBefore.length; i++) {
                cpuBefore[i] = cpuTicks(serverPids.get(i));
            }
            long ownCpuBefore = cpuTicks(ProcessHandle.current().pid());
            long wallBefore = System.nanoTime();
            long[] heapPeak = new long[serverPids.size()];
            int accepted = 0;
            for (int n = 1; n <= QUESTIONS; n++) {
                teacher.evaluate("() => { window.answeredLog = []; }");
                for (Student s : joined) {
                    s.question = new CompletableFuture<>();
                }
                long opened = System.currentTimeMillis();
                teacher.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions()
                                        .setName(n == 1 ? "Start question 1" : "Next question")
                                        .setExact(true))
                        .click();
                List<Long> reached = new ArrayList<>();
                List<Long> read = new ArrayList<>();
                List<long[]> sent = answerAll(joined, opened, reached, read, fanOutByNode);
                fanOut.addAll(reached);
                fanOutRead.addAll(read);
                int ok = (int) sent.stream().filter(a -> a[1] == 1).count();
                accepted += ok;
                List<long[]> seen = waitForCount(teacher, ok);
                List<Long> these = pair(
                        sent.stream()
                                .filter(a -> a[1] == 1)
                                .map(a -> a[0])
                                .sorted()
                                .toList(),
                        seen);
                latencies.addAll(these);
                for (int i = 0; i < heapPeak.length; i++) {
                    heapPeak[i] = Math.max(heapPeak[i], heapUsedKb(serverPids.get(i)));
                }
                System.out.printf(
                        "Question %d: %d answers accepted of %d sent; answer to teacher update p50 %d ms,"
                                + " p95 %d ms, max %d ms (%d answers measured)%n",
                        n,
                        ok,
                        sent.size(),
                        percentile(these, 50),
                        percentile(these, 95),
                        percentile(these, 100),
                        these.size());
                System.out.printf(
                        "Question %d: push to students first %d ms, p50 %d ms, p95 %d ms, last %d ms;"
                                + " read here p50 %d ms, p95 %d ms%n",
                        n,
                        percentile(reached, 0),
                        percentile(reached, 50),
                        percentile(reached, 95),
                        percentile(reached, 100),
                        percentile(read, 50),
                        percentile(read, 95));
                for (String step : List.of("Close answers", "Show the answer", "Show the scores")) {
                    teacher.getByRole(
                                    AriaRole.BUTTON,
                                    new Page.GetByRoleOptions().setName(step).setExact(true))
                            .click();
                }
                teacher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Scores after question " + n))
                        .waitFor();
            }
            double seconds = (System.nanoTime() - wallBefore) / 1e9;
            double[] cpu = new double[serverPids.size()];
            for (int i = 0; i < cpu.length; i++) {
                cpu[i] = (cpuTicks(serverPids.get(i)) - cpuBefore[i]) / 100.0 / seconds * 100;
            }
            double ownCpu = (cpuTicks(ProcessHandle.current().pid()) - ownCpuBefore) / 100.0 / seconds * 100;
            System.out.printf(
                    "%nParticipants reached: %d of %d (joined, push connected and answering)%n",
                    joined.stream().filter(s -> s.answered > 0).count(), students);
            System.out.printf("Answers accepted: %d of %d%n", accepted, students * QUESTIONS);
            System.out.printf(
                    "Answer to teacher update: p50 %d ms, p95 %d ms, max %d ms%n",
                    percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 100));
            System.out.printf(
                    "Question push to students: p50 %d ms, p95 %d ms (read by this process: p50 %d ms, p95 %d ms)%n",
                    percentile(fanOut, 50),
                    percentile(fanOut, 95),
                    percentile(fanOutRead, 50),
                    percentile(fanOutRead, 95));
            for (int i = 0; i < serverPids.size(); i++) {
                String server = serverPids.size() == 1 ? "Server" : "Node " + (i + 1) + " (" + bases.get(i) + ")";
                System.out.printf(
                        "%s CPU: %.0f%% of one core on average over %.0f s of questions (%d cores)%n",
                        server, cpu[i], seconds, Runtime.getRuntime().availableProcessors());
                List<Long> mine = fanOutByNode.getOrDefault(bases.get(i), List.of());
                System.out.printf(
                        "%s question push to its students: p50 %d ms, p95 %d ms%n",
                        server, percentile(mine, 50), percentile(mine, 95));
                System.out.printf(
                        "%s heap used: %d MB at most after a question; RSS peak %d MB%n",
                        server, heapPeak[i] / 1024, rssPeakKb(serverPids.get(i)) / 1024);
            }
            System.out.printf("Load generator CPU (this process, Chromium apart): %.0f%% of one core%n", ownCpu);
            joined.forEach(Student::close);
        }
    }

    /**
     * Signs in as the demo teacher on the first node, assigns the first article with questions to the demo class,
     * starts it live.
     */
    private String startSession(Page teacher) {
        String base = bases.getFirst();
        SignInPage.signIn(teacher, Integer.parseInt(base.replaceAll(".*:", "")), "teacher", "demo-teacher-password");
        teacher.navigate(base + "/classes");
        teacher.getByText("Demo class").first().click();
        String title = "Live benchmark " + System.currentTimeMillis();
        for (int article = 0; ; article++) {
            // The title first: choosing an article fills an empty title with the article's own.
            teacher.getByLabel("Quiz title").fill(title);
            teacher.getByLabel("Article").click();
            for (int down = 0; down <= article; down++) {
                teacher.keyboard().press("ArrowDown");
            }
            teacher.keyboard().press("Enter");
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign to this class"))
                    .click();
            Locator message = teacher.locator(".class-quizzes .form-message");
            message.filter(new Locator.FilterOptions().setHasText(Pattern.compile(".")))
                    .waitFor();
            if (message.textContent().contains("is assigned")) {
                break;
            }
            System.out.println("Article " + (article + 1) + " not assigned: " + message.textContent());
        }
        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Run “" + title + "” live"))
                .click();
        teacher.getByLabel("Seconds per question").fill(String.valueOf(SECONDS_PER_QUESTION));
        teacher.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/live-bench-start.png")));
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the live session"))
                .click();
        return teacher.locator(".live-code").textContent().strip();
    }

    private List<Student> join(String code, int students) throws InterruptedException {
        List<Student> joined = Collections.synchronizedList(new ArrayList<>());
        Semaphore parallel = new Semaphore(JOIN_PARALLELISM);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < students; i++) {
                int number = i;
                parallel.acquire();
                threads.submit(() -> {
                    try {
                        Student student = new Student("S" + number, bases.get(number % bases.size()));
                        student.join(code);
                        joined.add(student);
                    } catch (Exception e) {
                        System.err.println("S" + number + " could not join: " + e);
                    } finally {
                        parallel.release();
                    }
                });
            }
        }
        return joined;
    }

    /**
     * Each student answers at a random moment once the question reaches them; returns [sent at, accepted]. Notes
     * when each question's message arrived ({@code fanOut}, also by node) and when this process had read it
     * ({@code read}): the difference is this one process reading a thousand phones' messages, which real phones do
     * each on their own.
     */
    private List<long[]> answerAll(
            List<Student> students,
            long opened,
            List<Long> fanOut,
            List<Long> read,
            Map<String, List<Long>> fanOutByNode) {
        List<long[]> sent = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Student student : students) {
                threads.submit(() -> {
                    try {
                        Map<Integer, Integer> buttons = student.question.get(SECONDS_PER_QUESTION, TimeUnit.SECONDS);
                        synchronized (fanOut) {
                            fanOut.add(student.questionArrivedAt - opened);
                            read.add(student.questionSeenAt - opened);
                            fanOutByNode
                                    .computeIfAbsent(student.base, b -> new ArrayList<>())
                                    .add(student.questionArrivedAt - opened);
                        }
                        Thread.sleep(ThreadLocalRandom.current().nextInt(SPREAD_MILLIS));
                        int choice = ThreadLocalRandom.current().nextInt(buttons.size());
                        long at = System.currentTimeMillis();
                        boolean ok = student.click(buttons.get(choice));
                        sent.add(new long[] {at, ok ? 1 : 0});
                    } catch (Exception e) {
                        System.err.println(student.name + " could not answer: " + e);
                    }
                    return null;
                });
            }
        }
        return sent;
    }

    /** The teacher's counter changes as [time, count], once it shows {@code expected} answers or after a wait. */
    private static List<long[]> waitForCount(Page teacher, int expected) {
        long until = System.currentTimeMillis() + 15_000;
        List<long[]> seen = new ArrayList<>();
        while (System.currentTimeMillis() < until) {
            seen.clear();
            Object log = teacher.evaluate("() => window.answeredLog");
            for (Object entry : (List<?>) log) {
                List<?> pair = (List<?>) entry;
                Matcher m = ANSWERED.matcher(String.valueOf(pair.get(1)));
                if (m.find()) {
                    seen.add(new long[] {((Number) pair.get(0)).longValue(), Integer.parseInt(m.group(1))});
                }
            }
            if (!seen.isEmpty() && seen.getLast()[1] >= expected) {
                break;
            }
            teacher.waitForTimeout(100);
        }
        return seen;
    }

    private static List<Long> pair(List<Long> sentAt, List<long[]> seen) {
        List<Long> latencies = new ArrayList<>();
        int at = 0;
        for (int k = 1; k <= sentAt.size(); k++) {
            while (at < seen.size() && seen.get(at)[1] < k) {
                at++;
            }
            if (at == seen.size()) {
                break;
            }
            latencies.add(Math.max(0, seen.get(at)[0] - sentAt.get(k - 1)));
        }
        return latencies;
    }

    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(
                sorted.size() - 1,
                (int) Math.ceil(p / 100.0 * sorted.size()) - 1 < 0
                        ? 0
                        : (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long cpuTicks(long pid) throws IOException {
        String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat"))
                .replaceFirst(".*\\) ", "")
                .split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long rssPeakKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst()
                .orElse(-1L);
    }

    /** The used heap the server's JVM reports, from jcmd. */
    private static long heapUsedKb(long pid) {
        try {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(pid),
                            "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher used = Pattern.compile("total (?:reserved )?\\d+K, (?:committed \\d+K, )?used (\\d+)K")
                    .matcher(out);
            return used.find() ? Long.parseLong(used.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** One student's browser, reduced to the requests and push messages Vaadin's client exchanges. */
    private final class Student implements WebSocket.Listener {
        final String name;
        final String base;
        String cookie = "";
        int uiId;
        String csrf;
        String pushId;
        volatile int syncId;
        int clientId;
        boolean pushOpen;
        int answered;
        volatile CompletableFuture<Map<Integer, Integer>> question = new CompletableFuture<>();
        /** When the question's whole message had come in, and when this process had read it. */
        volatile long questionArrivedAt;

        volatile long questionSeenAt;
        private WebSocket socket;
        private final Map<Integer, Integer> buttons = new ConcurrentHashMap<>();
        private final Map<Integer, Boolean> hidden = new ConcurrentHashMap<>();
        private final StringBuilder frames = new StringBuilder();
        private final StringBuilder buffer = new StringBuilder();

        Student(String name, String base) {
            this.name = name;
            this.base = base;
        }

        void join(String code) throws Exception {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/live/" + code)).build(),
                    HttpResponse.BodyHandlers.ofString());
            cookie = page.headers().allValues("set-cookie").stream()
                    .map(c -> c.split(";", 2)[0])
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("");
            String init = base + "/?v-r=init&location=" + URLEncoder.encode("live/" + code, StandardCharsets.UTF_8)
                    + "&query=&v-sh=800&v-sw=400&v-wh=800&v-ww=400&v-bh=800&v-bw=400&v-curdate="
                    + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-"
                    + name + "&v-td=true&v-pr=1&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                    + "&v-so=portrait-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
            JsonNode config = JSON.readTree(get(init)).get("appConfig");
            uiId = config.get("v-uiId").asInt();
            JsonNode uidl = config.get("uidl");
            csrf = uidl.get("Vaadin-Security-Key").asText();
            pushId = uidl.get("Vaadin-Push-ID").asText();
            syncId = uidl.get("syncId").asInt();

            ObjectNode navigate = event(1, "ui-navigate");
            ObjectNode data = (ObjectNode) navigate.get("data");
            data.put("route", "/live/" + code)
                    .put("query", "")
                    .put("appShellTitle", "")
                    .put("trigger", "");
            data.putObject("historyState").put("idx", 0);
            JsonNode view = send(List.of(navigate));
            int nickname = node(view, "label", "Nickname");
            int join = node(view, "tag", "vaadin-button");
            ObjectNode value = JSON.createObjectNode()
                    .put("type", "mSync")
                    .put("node", nickname)
                    .put("feature", 1)
                    .put("property", "value")
                    .put("value", name);
            JsonNode joinedView = send(List.of(value, event(nickname, "change"), event(join, "click")));
            if (!joinedView.toString().contains("You're in!")) {
                throw new IllegalStateException("join refused: " + texts(joinedView));
            }
            learn(joinedView);
            openPush();
        }

        boolean click(int node) throws Exception {
            JsonNode after = send(List.of(event(node, "click")));
            boolean ok = after.toString().contains("Answer locked in");
            answered += ok ? 1 : 0;
            return ok;
        }

        private void openPush() throws Exception {
            String url = base.replace("http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                    + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId;
            socket = http.newWebSocketBuilder()
                    .header("Cookie", cookie)
                    .buildAsync(URI.create(url), this)
                    .get(30, TimeUnit.SECONDS);
            pushOpen = true;
        }

        void close() {
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "");
            }
        }

        /**
         * Reading a message is left to {@link #READERS}, so that one phone's JSON does not hold up the delivery of the
         * next phone's frames; this socket asks for its next frame once its message is read, which keeps its order.
         */
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frames.append(data);
            if (!last) {
                webSocket.request(1);
                return null;
            }
            long arrived = System.currentTimeMillis();
            buffer.append(frames);
            frames.setLength(0);
            READERS.execute(() -> {
                drain(arrived);
                webSocket.request(1);
            });
            return null;
        }

        /** Atmosphere frames each message as "length|message"; a frame may hold several, or part of one. */
        private void drain(long arrived) {
            while (true) {
                int bar = buffer.indexOf("|");
                if (bar < 0) {
                    return;
                }
                int length = Integer.parseInt(buffer.substring(0, bar));
                if (buffer.length() < bar + 1 + length) {
                    return;
                }
                String message = buffer.substring(bar + 1, bar + 1 + length);
                buffer.delete(0, bar + 1 + length);
                if (message.startsWith("{")) {
                    try {
                        pushed(JSON.readTree(message), arrived);
                    } catch (IOException e) {
                        System.err.println(name + ": unreadable push: " + e);
                    }
                }
            }
        }

        /**
         * The phone keeps its answer buttons from question to question: their nodes are learnt when they are made
         * (with the page or with a question that needs more), and a new question shows as its heading's text.
         */
        private void pushed(JsonNode message, long arrived) {
            syncId = Math.max(syncId, message.path("syncId").asInt(syncId));
            if (learn(message)) {
                // A question with fewer choices than an earlier one hides the buttons it does not need.
                Map<Integer, Integer> shown = new ConcurrentHashMap<>();
                buttons.forEach((choice, node) -> {
                    if (!hidden.getOrDefault(node, false)) {
                        shown.put(shown.size(), node);
                    }
                });
                questionArrivedAt = arrived;
                questionSeenAt = System.currentTimeMillis();
                question.complete(shown);
            }
        }

        /** Notes the answer buttons' nodes and visibility a message changes; true when it asks a question. */
        private boolean learn(JsonNode message) {
            boolean asked = false;
            for (JsonNode change : message.path("changes")) {
                String key = change.path("key").asText();
                String value = change.path("value").asText("");
                if ("id".equals(key) && value.startsWith("answer-")) {
                    buttons.put(
                            Integer.parseInt(value.substring(7)),
                            change.get("node").asInt());
                } else if ("hidden".equals(key)) {
                    hidden.put(
                            change.get("node").asInt(),
                            !"remove".equals(change.path("type").asText()));
                }
                asked |= QUESTION.matcher(value).matches();
            }
            return asked;
        }

        private synchronized JsonNode send(List<ObjectNode> rpc) throws Exception {
            ObjectNode body = JSON.createObjectNode().put("csrfToken", csrf);
            ArrayNode calls = body.putArray("rpc");
            rpc.forEach(calls::add);
            body.put("syncId", syncId).put("clientId", clientId++);
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                            .header("Cookie", cookie)
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String text =
                    response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
            JsonNode answer = JSON.readTree(text);
            answer = answer.isArray() ? answer.get(0) : answer;
            if (response.statusCode() != 200
                    || answer.has("meta") && answer.get("meta").has("appError")) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + text);
            }
            syncId = Math.max(syncId, answer.path("syncId").asInt(syncId));
            return answer;
        }

        private String get(String url) throws Exception {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Cookie", cookie)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }

        private static ObjectNode event(int node, String name) {
            ObjectNode event = JSON.createObjectNode()
                    .put("type", "event")
                    .put("node", node)
                    .put("event", name);
            event.putObject("data");
            return event;
        }

        private static int node(JsonNode uidl, String key, String value) {
            for (JsonNode change : uidl.path("changes")) {
                if (key.equals(change.path("key").asText())
                        && value.equals(change.path("value").asText())) {
                    return change.get("node").asInt();
                }
            }
            throw new IllegalStateException("no node with " + key + "=" + value);
        }

        private static String texts(JsonNode uidl) {
            List<String> texts = new ArrayList<>();
            uidl.path("changes").forEach(c -> {
                if ("text".equals(c.path("key").asText())) {
                    texts.add(c.path("value").asText());
                }
            });
            return String.join(" / ", texts);
        }
    }
}
