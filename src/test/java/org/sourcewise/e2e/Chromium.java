package org.sourcewise.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the machine's own Chromium for end-to-end tests: Playwright's browser download cannot work
 * where only package registries are reachable. A missing Chromium fails the tests under CI and skips them
 * elsewhere ({@link SystemTool}).
 */
final class Chromium {

    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private Chromium() {}

    static Browser launch(Playwright playwright) {
        Path executable = find();
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }

    private static Path find() {
        return SystemTool.find(
                "No Chromium found: install it (apt-get install chromium) or set SOURCEWISE_CHROMIUM",
                System.getenv("SOURCEWISE_CHROMIUM"),
                "/usr/bin/chromium",
                "/usr/bin/chromium-browser");
    }
}
