package teardown.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: the system's chromium and chromedriver (Debian's
 * packages, which .ci/run installs), named by path so Selenium never tries to download a driver.
 * Without them the tests are skipped, saying so.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Waits are bounded: a page that is not ready by then is a failure, not a hang. */
    static final Duration WAIT = Duration.ofSeconds(15);

    private Chromium() {
    }

    /** Skips the calling test class unless both programs are installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "browser tests skipped: they need the system's Chromium at " + BROWSER + " and its driver at " + DRIVER
                        + " (Debian packages chromium and chromium-driver; .ci/run installs them)");
    }

    /** A bounded wait that looks often: the explorer answers a step in tens of milliseconds. */
    static WebDriverWait await(WebDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, WAIT).pollingEvery(Duration.ofMillis(50));
    }

    static ChromeDriver start() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER.toString())
                // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1400,1800", "--no-first-run", "--disable-extensions");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        return driver;
    }
}
