package vn.gov.conference.e2e;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its own chromedriver, both named by path so that Selenium Manager never
 * looks for (or downloads) anything. Without either binary the calling test is skipped, saying why.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension PHONE = new Dimension(360, 740);
    static final Dimension DESKTOP = new Dimension(1280, 800);

    private Chromium() {}

    static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(BROWSER),
                "No Chromium at " + BROWSER + ": browser tests skipped (apt-get install -y chromium chromium-driver)");
        assumeTrue(
                Files.isExecutable(DRIVER),
                "No chromedriver at " + DRIVER + ": browser tests skipped (apt-get install -y chromium-driver)");
    }

    /** A fresh headless browser whose page is {@code size}; script off unless {@code javascript}. */
    static ChromeDriver start(Dimension size, boolean javascript, Path downloads) {
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
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
        driver.manage().window().setSize(size);
        if (driver.executeScript("return [window.innerWidth, window.innerHeight];") instanceof List<?> inner) {
            driver.manage()
                    .window()
                    .setSize(new Dimension(
                            2 * size.getWidth() - ((Number) inner.get(0)).intValue(),
                            2 * size.getHeight() - ((Number) inner.get(1)).intValue()));
        }
        return driver;
    }

    static void screenshot(ChromeDriver driver, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
