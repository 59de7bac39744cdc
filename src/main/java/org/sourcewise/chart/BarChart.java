package org.sourcewise.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bar chart drawn by Chart.js on a canvas: labels along the bottom, one or two series of values (null: no bar),
 * axis titles. The canvas is an image to assistive technology, named by a summary; the figures themselves belong in
 * text beside the chart. Colours come from the Lumo theme, so the chart follows light and dark, and the chart
 * takes the width it is given, down to a phone's.
 */
public class BarChart extends Div {

    /** Where the WebJar serves Chart.js's self-contained browser build; see decision 0005. */
    static final String SCRIPT = "webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    /*
     * Theme colours are read from a probe element's computed colour, since the custom properties may hold expressions
     * (color-mix, light-dark) that a canvas cannot parse, and read again when the colour scheme changes.
     */
    private static final String DRAW_JS = """
            const config = JSON.parse($0);
            const canvas = this.querySelector('canvas');
            Chart.getChart(canvas)?.destroy();
            const colour = property => {
              const probe = document.createElement('span');
              probe.style.color = `var(${property})`;
              this.append(probe);
              const value = getComputedStyle(probe).color;
              probe.remove();
              return value;
            };
            const axis = (given, colours) => ({
              min: given.min ?? undefined, max: given.max ?? undefined,
              title: {display: true, text: given.title, color: colours.text},
              ticks: {color: colours.text, precision: given.wholeNumbers ? 0 : undefined}, grid: {color: colours.grid}
            });
            const options = () => {
              const colours = {text: colour('--lumo-secondary-text-color'), grid: colour('--lumo-contrast-10pct'),
                series: [colour('--lumo-primary-color'), colour('--lumo-contrast-60pct')]};
              return {
                datasets: config.series.map((series, i) => ({label: series.label, data: series.values,
                  backgroundColor: colours.series[i]})),
                options: {
                  responsive: true, maintainAspectRatio: false, animation: false,
                  plugins: {legend: {display: config.series.length > 1, labels: {color: colours.text}}},
                  scales: {
                    x: axis(config.x, colours),
                    y: axis(config.y, colours)
                  }
                }
              };
            };
            const first = options();
            const chart = new Chart(canvas, {type: 'bar', data: {labels: config.labels, datasets: first.datasets},
              options: first.options});
            const scheme = matchMedia('(prefers-color-scheme: dark)');
            const recolour = () => {
              if (!canvas.isConnected) {
                scheme.removeEventListener('change', recolour);
                return;
              }
              const again = options();
              again.datasets.forEach((dataset, i) => chart.data.datasets[i].backgroundColor = dataset.backgroundColor);
              chart.options = again.options;
              chart.update();
            };
            scheme.addEventListener('change', recolour);
            """;

    /**
     * An axis's title; when the values have natural bounds (a percentage), its range (null leaves an end free); and
     * whether its ticks are whole numbers, as counts of people are.
     */
    public record Axis(
            String title, @Nullable Double min, @Nullable Double max, boolean wholeNumbers) {

        public static Axis titled(String title) {
            return new Axis(title, null, null, false);
        }

        public static Axis counts(String title) {
            return new Axis(title, 0.0, null, true);
        }

        public static Axis range(String title, double min, double max) {
            return new Axis(title, min, max, false);
        }
    }

    /** One series of bars, one value per label; a null value draws no bar. */
    public record Series(String label, List<Double> values) {}

    private record Config(List<String> labels, Axis x, Axis y, List<Series> series) {}

    private final String config;

    public BarChart(String accessibleName, List<String> labels, Axis x, Axis y, List<Series> series) {
        if (series.isEmpty() || series.size() > 2) {
            throw new IllegalArgumentException("A bar chart shows one or two series, not " + series.size());
        }
        for (Series one : series) {
            if (one.values().size() != labels.size()) {
                throw new IllegalArgumentException("Series \"" + one.label() + "\" has "
                        + one.values().size() + " values for " + labels.size() + " labels");
            }
        }
        try {
            config = JSON.writeValueAsString(new Config(labels, x, y, series));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data cannot be written as JSON", e);
        }
        addClassName("chart");
        Element canvas = new Element("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", accessibleName);
        getElement().appendChild(canvas);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // Loaded eagerly, so the browser has Chart.js before it runs the drawing below in the same response.
        event.getUI().getPage().addJavaScript(SCRIPT);
        getElement().executeJs(DRAW_JS, config);
    }
}
