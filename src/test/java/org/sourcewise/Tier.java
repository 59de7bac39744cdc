package org.sourcewise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The tiers a test class belongs to, one each ({@code TiersTest} holds every test class to that), so that a run can
 * take only the quick ones ({@code ./sw test fast}). A class that fits two takes the slower: crash before browser
 * before models before spring. Each tier tags the class for JUnit Jupiter and for jqwik, whose properties carry
 * only jqwik's own tags; a plain {@code @Tag("fast")} would leave a class of properties out of {@code ./sw test fast}.
 */
public final class Tier {

    private Tier() {}

    /** Plain Java: no Spring context, no language models, no browser, no server. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("fast")
    @net.jqwik.api.Tag("fast")
    public @interface Fast {}

    /** Starts a Spring context: services on H2, Vaadin browserless views, a real server spoken to over HTTP. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("spring")
    @net.jqwik.api.Tag("spring")
    public @interface Spring {}

    /** Loads CoreNLP's language models and parses afresh. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("models")
    @net.jqwik.api.Tag("models")
    public @interface Models {}

    /** Drives a real Chromium through Playwright. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("browser")
    @net.jqwik.api.Tag("browser")
    public @interface Browser {}

    /** Starts the packaged app as a process of its own, kills it and starts it again. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("crash")
    @net.jqwik.api.Tag("crash")
    public @interface Crash {}
}
