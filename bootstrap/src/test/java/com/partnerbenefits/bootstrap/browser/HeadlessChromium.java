package com.partnerbenefits.bootstrap.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own chromedriver: both named explicitly, so Selenium
 * Manager never downloads a browser or a driver. Where either is missing the calling test is skipped
 * (a JUnit assumption) and says what to install. Only loopback hosts resolve, so a page that needs the
 * internet fails here as it would offline. Screenshots go to {@code target/browser-screenshots/}.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * Selenium looks for DevTools (CDP) classes matching the browser's version and warns on every start when it
     * finds none. The tests drive the browser through WebDriver only, so there is nothing to warn about: those
     * two loggers are quiet (held here, as java.util.logging keeps loggers only while they are referenced).
     */
    private static final List<java.util.logging.Logger> CDP_LOOKUP = Stream.of(
            "org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
            .map(java.util.logging.Logger::getLogger).toList();

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether Debian's Chromium and its chromedriver are installed. */
    public static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** Skips the calling test, saying why, when Chromium or chromedriver is not installed. */
    public static void assumeInstalled() {
        assumeTrue(installed(), "Browser test skipped: no " + BROWSER + " and " + DRIVER
                + " (apt-get install chromium chromium-driver)");
    }

    /** A fresh, empty profile for one browser; {@link #deleteProfile} removes it. */
    public static Path newProfile() {
        try {
            return Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headless Debian Chromium on {@code profile}, with no background traffic of its own; callers add their own. */
    public static ChromeOptions options(Path profile) {
        return new ChromeOptions().setBinary(BROWSER.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=" + profile);
    }

    /** Debian's chromedriver, named explicitly so Selenium Manager downloads nothing. */
    public static ChromeDriverService service() {
        CDP_LOOKUP.forEach(logger -> logger.setLevel(Level.SEVERE));
        return new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withTimeout(PATIENCE).build();
    }

    /** Starts a fresh browser, or skips the calling test when Chromium or chromedriver is not installed. */
    public static HeadlessChromium startOrSkip() {
        assumeInstalled();
        Path profile = newProfile();
        ChromeOptions options = options(profile).addArguments("--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return new HeadlessChromium(new ChromeDriver(service(), options), profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits (generously: the machine may be loaded) until the condition holds, and answers its value. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition::apply);
    }

    /** What the pages logged to the console as errors so far (failed loads, Content-Security-Policy violations …). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Saves what the page shows now as {@code target/browser-screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "browser-screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            return Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    /** Removes a browser profile; a leftover temporary directory is harmless. */
    public static void deleteProfile(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
