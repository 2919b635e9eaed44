package io.socialhire;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the tests tagged "browser". Selenium Manager downloads nothing: the browser and driver are
 * /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and chromium-driver), or the system properties
 * chromium.binary and chromedriver.binary. A failing check leaves a screenshot and the page source in target/browser/.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path FAILURES = Path.of("target", "browser");

    /** Selenium warns at start when it has no DevTools (CDP) support for this Chromium's version; nothing here uses CDP. */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    public final WebDriver driver;
    public final WebDriverWait wait;

    public HeadlessChromium() {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    @Override
    public void close() {
        driver.quit();
    }

    public interface Check {
        void run() throws Exception;
    }

    /** Runs one check; when it fails, saves what the browser showed as target/browser/METHOD.png and .html. */
    public void check(TestInfo test, Check check) {
        try {
            check.run();
        } catch (Throwable failure) {
            String name = test.getTestMethod().map(m -> m.getName()).orElse("unknown");
            try {
                Files.createDirectories(FAILURES);
                File screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.copy(screenshot.toPath(), FAILURES.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(FAILURES.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
                failure.addSuppressed(new AssertionError("screenshot and page source: " + FAILURES.resolve(name).toAbsolutePath() + ".{png,html}"));
            } catch (Exception saving) {
                failure.addSuppressed(saving);
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new AssertionError(failure);
        }
    }
}
