package org.sourcewise.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class BarChartTest {

    @Test
    void theScriptItLoadsIsInTheChartJsWebJarOnTheClasspath() {
        // The WebJar's version lives in the pom; this fails when the pom and the URL disagree.
        assertThat(BarChart.class.getClassLoader().getResource("META-INF/resources/" + BarChart.SCRIPT))
                .isNotNull();
    }

    @Test
    void theCanvasIsAnImageNamedByItsSummary() {
        BarChart chart = new BarChart(
                "Scores: 1 student got 2 right",
                List.of("0 right", "1 right", "2 right"),
                BarChart.Axis.titled("Questions right"),
                BarChart.Axis.counts("Students"),
                List.of(new BarChart.Series("Students", List.of(0.0, 0.0, 1.0))));

        var canvas = chart.getElement().getChild(0);
        assertThat(canvas.getTag()).isEqualTo("canvas");
        assertThat(canvas.getAttribute("role")).isEqualTo("img");
        assertThat(canvas.getAttribute("aria-label")).isEqualTo("Scores: 1 student got 2 right");
    }

    @Test
    void refusesASeriesWhoseValuesDoNotMatchTheLabels() {
        assertThatThrownBy(() -> new BarChart(
                        "x",
                        List.of("a", "b"),
                        BarChart.Axis.titled("x"),
                        BarChart.Axis.titled("y"),
                        List.of(new BarChart.Series("s", Arrays.asList(1.0, null, 2.0)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 values for 2 labels");
    }
}
