package com.partnerbenefits.bootstrap.browser.portal;

import com.partnerbenefits.bootstrap.browser.HeadlessChromium;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium driven through its chromedriver, both named explicitly so Selenium
 * Manager never downloads anything. Controls are found by their accessible names, as a person (or a
 * screen reader) finds them; waits are generous because the build machine is shared and slow.
 * Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the calling test is skipped.
 */
final class PortalBrowser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private PortalBrowser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** A fresh browser (empty profile, so an empty session storage) whose language is {@code language}. */
    static PortalBrowser open(int port, String language) throws IOException {
        HeadlessChromium.assumeInstalled();
        Path profile = HeadlessChromium.newProfile();
        ChromeOptions options = HeadlessChromium.options(profile).addArguments("--disable-extensions",
                "--disable-default-apps", "--window-size=1280,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = HeadlessChromium.service();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            HeadlessChromium.deleteProfile(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
        PortalBrowser browser = new PortalBrowser(driver, profile, "http://127.0.0.1:" + port);
        browser.requestedUrls(); // reading drains the log: what the browser's own start page loaded is not the portal's
        return browser;
    }

    String base() {
        return base;
    }

    /** Opens the portal; with a token, the way a sign-in front hands it over: {@code /#access_token=…}. */
    void visit(String token) {
        driver.get(base + "/" + (token == null ? "" : "#access_token=" + token));
    }

    /** Opens one of the pages ({@code /support}, {@code /operator}), with a token handed over as {@code #access_token=…}. */
    void visit(String path, String token) {
        driver.get(base + path + (token == null ? "" : "#access_token=" + token));
    }

    /** True when nothing on the page is wider than the window (no sideways scrolling at phone width). */
    boolean fitsTheWidth() {
        return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    void reload() {
        driver.navigate().refresh();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    // ---------- finding things as a person does ----------

    /** The button whose accessible name is exactly {@code name}, once it is there. */
    WebElement button(String name) {
        return eventually("a button named \"" + name + "\"", () -> named("button", name));
    }

    /** The form control (input, select, textarea) labelled {@code label}, once it is there. */
    WebElement field(String label) {
        return eventually("a field labelled \"" + label + "\"", () -> named("input, select, textarea", label));
    }

    /** A disclosure (details/summary) by the summary's text. */
    WebElement disclosure(String summary) {
        return eventually("a disclosure \"" + summary + "\"", () -> driver.findElements(By.tagName("summary")).stream()
                .filter(s -> s.getText().trim().equals(summary)).findFirst());
    }

    boolean hasButtonStartingWith(String prefix) {
        return driver.findElements(By.tagName("button")).stream()
                .anyMatch(b -> b.isDisplayed() && b.getAccessibleName().startsWith(prefix));
    }

    boolean hasButton(String name) {
        return named("button", name).isPresent();
    }

    /** Chooses the option whose visible text is {@code text} in the select labelled {@code label}. */
    void choose(String label, String text) {
        WebElement select = field(label);
        WebElement option = eventually("option \"" + text + "\" in \"" + label + "\"", () -> select
                .findElements(By.tagName("option")).stream().filter(o -> o.getText().trim().equals(text)).findFirst());
        option.click();
    }

    void type(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until the page's visible text contains {@code text}; answers the whole text. */
    String waitForText(String text) {
        return eventually("the text \"" + text + "\" on the page", () -> {
            String page = pageText();
            return page.contains(text) ? Optional.of(page) : Optional.empty();
        });
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The visible text of the smallest element of {@code css} that contains {@code text}. */
    String textOf(String css, String containing) {
        return eventually(css + " containing \"" + containing + "\"", () -> driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText).filter(t -> t.contains(containing)).min(Comparator.comparingInt(String::length)));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    ChromeDriver driver() {
        return driver;
    }

    // ---------- evidence ----------

    /** A screenshot of the whole page under target/screenshots/{name}.png (the window grows to the page first). */
    Path screenshot(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"))
                .longValue();
        resize(before.getWidth(), (int) Math.min(Math.max(height + 140, before.getHeight()), 6000));
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        resize(before.getWidth(), before.getHeight());
        return target;
    }

    /** Every URL the page asked for since the last call (Chrome's performance log, Network.requestWillBeSent). */
    List<URI> requestedUrls() {
        List<URI> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asString())) {
                urls.add(URI.create(message.path("params").path("request").path("url").asString()));
            }
        }
        return urls;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            HeadlessChromium.deleteProfile(profile);
        }
    }

    // ---------- internals ----------

    private Optional<WebElement> named(String css, String name) {
        return driver.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && name.equals(e.getAccessibleName().trim()))
                .findFirst();
    }

    <T> T eventually(String what, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                Optional<T> found = probe.get();
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (StaleElementReferenceException e) {
                // the page re-rendered under us: look again
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Gave up waiting for " + what + ". The page says:\n" + pageText());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

}
