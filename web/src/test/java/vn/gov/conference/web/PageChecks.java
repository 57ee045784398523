package vn.gov.conference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Accessibility basics checked in the browser on the page as rendered: Vietnamese and HTML (never JSON), one h1 and
 * headings in order, a label for every field, a name for every link and button, the contrast of every visible text
 * against the background it is drawn on (WCAG's formula, at least 4.5:1), no sideways scrolling, and every submit
 * button reachable with the keyboard alone.
 */
final class PageChecks {

    private static final String PROBLEMS = """
            const problems = [];
            if (document.contentType !== 'text/html') problems.push('not HTML: ' + document.contentType);
            if (document.documentElement.lang !== 'vi') problems.push('lang is ' + document.documentElement.lang);
            if (document.querySelectorAll('h1').length !== 1)
                problems.push(document.querySelectorAll('h1').length + ' h1 elements');
            let previous = 0;
            document.querySelectorAll('h1,h2,h3,h4,h5,h6').forEach(h => {
                const level = +h.tagName[1];
                if (previous === 0 && level !== 1) problems.push('the first heading is ' + h.tagName);
                if (previous && level > previous + 1)
                    problems.push('heading h' + previous + ' then ' + h.tagName + ': ' + h.textContent.trim());
                previous = level;
            });
            document.querySelectorAll('input,select,textarea').forEach(field => {
                if (['hidden', 'submit', 'button'].includes(field.type)) return;
                const labelled = (field.id && document.querySelector('label[for="' + CSS.escape(field.id) + '"]'
                        + ':not(:empty)')) || field.closest('label') || field.getAttribute('aria-label')
                        || field.getAttribute('aria-labelledby');
                if (!labelled) problems.push('no label for ' + (field.name || field.outerHTML));
            });
            document.querySelectorAll('a[href],button,summary').forEach(control => {
                if (!(control.textContent.trim() || control.getAttribute('aria-label')))
                    problems.push('a ' + control.tagName + ' without a name');
            });
            const rgba = text => {
                const m = text.match(/rgba?\\(([^)]+)\\)/);
                if (!m) return null;
                const p = m[1].split(',').map(parseFloat);
                return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
            };
            const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
            const background = element => {
                for (let e = element; e; e = e.parentElement) {
                    const c = rgba(getComputedStyle(e).backgroundColor);
                    if (c && c.a > 0.99) return c;
                }
                return { r: 255, g: 255, b: 255, a: 1 };
            };
            const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (texts.nextNode()) {
                const text = texts.currentNode;
                if (!text.textContent.trim()) continue;
                const element = text.parentElement;
                const rect = element.getBoundingClientRect();
                if (rect.width === 0 || rect.height === 0 || rect.right < 0 || element.closest('.visually-hidden'))
                    continue;
                const style = getComputedStyle(element);
                if (style.visibility === 'hidden') continue;
                const fg = rgba(style.color), bg = background(element);
                const [a, b] = [luminance(fg), luminance(bg)];
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                if (ratio < 4.5) problems.push('contrast ' + ratio.toFixed(2) + ':1 for "'
                        + text.textContent.trim().slice(0, 40) + '" (' + style.color + ' on ' + JSON.stringify(bg) + ')');
            }
            if (document.documentElement.scrollWidth > window.innerWidth + 1)
                problems.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
            return problems;
            """;

    private PageChecks() {}

    static void assertAccessible(ChromeDriver driver, String page) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) driver.executeScript(PROBLEMS);
        assertThat(problems)
                .as("accessibility of %s (%s)", page, driver.getCurrentUrl())
                .isEmpty();
        assertThat(driver.getPageSource()).as(page).doesNotContain("\"rule\"", "Exception", "Whitelabel");
    }

    /**
     * Tabs through the page from the top as a keyboard user does, opening a closed {@code <details>} with Enter when
     * its summary has the focus, and returns the labels of the submit buttons that received the focus.
     */
    static Set<String> submitButtonsReachedByTab(ChromeDriver driver) {
        driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        Set<String> reached = new LinkedHashSet<>();
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            String tag = active.getTagName();
            path.add(tag + ":" + active.getText());
            if ("summary".equals(tag)
                    && active.findElement(org.openqa.selenium.By.xpath("..")).getDomAttribute("open") == null) {
                new Actions(driver).sendKeys(Keys.ENTER).perform();
            }
            if ("button".equals(tag) && "submit".equals(active.getDomProperty("type"))) {
                reached.add(active.getText().strip());
            }
            if ("body".equals(tag) && i > 0) {
                break;
            }
        }
        return reached;
    }

    /** The labels of the page's submit buttons, closed {@code <details>} included. */
    static Set<String> submitButtons(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) driver.executeScript(
                "return [...document.querySelectorAll('button[type=submit]')].map(b => b.textContent.trim());");
        return new LinkedHashSet<>(labels);
    }
}
