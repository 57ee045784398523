package vn.gov.conference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet's colours, read from its {@code :root}, in the pairs the pages draw text with: each at least 4.5:1
 * (WCAG 2 AA for normal text). The browser tests measure the rendered pages; this holds even where no Chromium is.
 */
class PaletteTests {

    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");

    @Test
    void everyTextColourHasAtLeastFourAndAHalfToOneAgainstItsBackground() throws IOException {
        Map<String, String> colours = palette();
        colours.put("white", "#ffffff");
        String[][] pairs = {
            {"ink", "paper"},
            {"ink", "page"},
            {"muted", "paper"},
            {"muted", "page"},
            {"accent", "paper"},
            {"accent-dark", "paper"},
            {"white", "accent"},
            {"white", "accent-dark"},
            {"white", "danger"},
            {"danger", "paper"},
            {"ok-ink", "ok-bg"},
            {"warn-ink", "warn-bg"},
        };
        for (String[] pair : pairs) {
            assertThat(contrast(colours.get(pair[0]), colours.get(pair[1])))
                    .as("%s on %s", pair[0], pair[1])
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theContrastFormulaGivesWcagsKnownValues() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, Offset.offset(0.01));
        assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, Offset.offset(0.01));
    }

    private static Map<String, String> palette() throws IOException {
        try (InputStream css = PaletteTests.class.getResourceAsStream("/static/site.css")) {
            assertThat(css).as("site.css on the class path").isNotNull();
            String text = new String(css.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> colours = new HashMap<>();
            Matcher variable = VARIABLE.matcher(text.substring(text.indexOf(":root"), text.indexOf('}')));
            while (variable.find()) {
                colours.put(variable.group(1), variable.group(2));
            }
            return colours;
        }
    }

    /** WCAG 2's contrast ratio of two sRGB colours. */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
