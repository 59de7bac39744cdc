package org.sourcewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs axe-core in the page and fails on serious or critical accessibility violations, listing them. */
final class Accessibility {

    private Accessibility() {}

    @SuppressWarnings("unchecked")
    static void assertNoSeriousViolations(Page page) {
        // Vaadin sets the title once the view is attached; checking earlier would report a missing title.
        page.waitForFunction("() => document.title.length > 0");
        // A dialog fades in: colours read halfway through its opening animation fail the contrast rule, so the check
        // waits until every animation that ends has ended (a spinner's, which never ends, is let be).
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getComputedTiming().iterations === Infinity)");
        String script = System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js");
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(Path.of(script)));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))
                """);
        assertThat(violations)
                .as("serious or critical accessibility violations on " + page.url())
                .isEmpty();
    }
}
