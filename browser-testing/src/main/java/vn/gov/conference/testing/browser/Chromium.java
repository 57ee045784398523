package vn.gov.conference.testing.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its own chromedriver: both named by path, so that Selenium Manager never
 * looks for (or downloads) a driver or a browser. Without either binary the calling test is skipped, saying why.
 * {@code .ci/run} installs both where they are missing.
 */
public final class Chromium {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Dimension PHONE = new Dimension(360, 740);
    public static final Dimension DESKTOP = new Dimension(1280, 800);

    private Chromium() {}

    public static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(BROWSER),
                "No Chromium at " + BROWSER + ": browser tests skipped (apt-get install -y chromium chromium-driver)");
        assumeTrue(
                Files.isExecutable(DRIVER),
                "No chromedriver at " + DRIVER + ": browser tests skipped (apt-get install -y chromium-driver)");
    }

    /** A fresh browser (its own profile) with the window at {@code size}; script off when {@code javascript} is. */
    public static ChromeDriver start(Dimension size, boolean javascript, Path downloads) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--lang=vi-VN",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("plugins.always_open_pdf_externally", true);
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
        // The inner size is what a phone shows; --window-size sets the outer one.
        driver.manage().window().setSize(size);
        Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight];");
        if (inner instanceof List<?> dims && dims.size() == 2) {
            int dw = size.getWidth() - ((Number) dims.get(0)).intValue();
            int dh = size.getHeight() - ((Number) dims.get(1)).intValue();
            driver.manage().window().setSize(new Dimension(size.getWidth() + dw, size.getHeight() + dh));
        }
        return driver;
    }

    /** The whole page as {@code target/screenshots/<name>.png}. */
    public static Path screenshot(ChromeDriver driver, String name) {
        return screenshot(driver, Path.of("target", "screenshots"), name);
    }

    /** The whole page (the window grown to its height for the picture) as {@code <folder>/<name>.png}. */
    public static Path screenshot(ChromeDriver driver, Path folder, String name) {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number)
                        ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;"))
                .longValue();
        try {
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int)
                    Math.min(6000, Math.max(window.getHeight(), height + 120))));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(folder);
            Path target = folder.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
