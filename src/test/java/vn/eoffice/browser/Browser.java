package vn.eoffice.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Debian Chromium driven by Selenium with explicit binary paths, so nothing is ever downloaded. Outside CI
 * the browser tests are skipped when Chromium is not installed; in CI ({@code CI=true}) its absence fails them.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("eoffice.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("eoffice.test.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final File profile;
    private int clicks;

    private Browser(WebDriver driver, String baseUrl, File profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    static Browser open(int port) throws IOException {
        return open(port, 1280, 900, "vi");
    }

    /** A browser of the given window size whose interface language (and so its native date format) is {@code lang}. */
    static Browser open(int port, int width, int height, String lang) throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(installed, "Chromium/ChromeDriver not installed: browser tests skipped outside CI");
        }
        File profile = Files.createTempDirectory("eoffice-chromium").toFile();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-quic", "--no-first-run", "--window-size=" + width + "," + height,
                "--lang=" + lang, "--user-data-dir=" + profile.getAbsolutePath());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", lang));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port, profile);
    }

    WebDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks like a person: scrolls the element into the middle of the screen first (nothing sits on top of it). */
    void click(By by) {
        clicks++;
        var element = find(by);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // an open native suggestion list (datalist) or a still-settling layout can cover the button for a moment;
            // the button itself is visible and enabled (checked above), so press it the way the browser would
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        }
    }

    /**
     * Types into a people or unit picker (fragments/pickers.html) and presses Enter, as a person would: the first
     * match, after {@code down} presses of the down arrow, is chosen. Returns the picker's chips.
     */
    java.util.List<String> pick(String id, String text, int down) {
        var input = typeIntoPicker(id, text);
        for (int i = 0; i < down; i++) {
            input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        return chips(id);
    }

    java.util.List<String> pick(String id, String text) {
        return pick(id, text, 0);
    }

    /**
     * Types into a picker, then moves with the arrow keys as a person reading the list would: down to its end and
     * back up to the first option showing {@code wanted}, and chooses it with Enter. Returns the picker's chips.
     */
    java.util.List<String> pickByKeys(String id, String text, String wanted) {
        var input = typeIntoPicker(id, text);
        var list = find(By.id(input.getAttribute("aria-controls")));
        var shown = list.findElements(By.cssSelector("[role=option]")).stream().map(WebElement::getText).toList();
        int target = java.util.stream.IntStream.range(0, shown.size()).filter(i -> shown.get(i).contains(wanted))
                .findFirst().orElseThrow(() -> new AssertionError("no " + wanted + " among " + shown));
        for (int i = 1; i < shown.size(); i++) {
            input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        for (int i = shown.size() - 1; i > target; i--) {
            input.sendKeys(org.openqa.selenium.Keys.ARROW_UP);
        }
        String active = find(By.id(input.getAttribute("aria-activedescendant"))).getText();
        if (!active.contains(wanted)) {
            throw new AssertionError("the arrow keys reached " + active + ", not " + wanted);
        }
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        return chips(id);
    }

    /** Types into the picker's box and waits until its list shows an active option. */
    private WebElement typeIntoPicker(String id, String text) {
        var input = find(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(text);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> input.getAttribute("aria-activedescendant") != null);
        return input;
    }

    /** The same, for the picker that sends the field {@code name} inside {@code form}. */
    java.util.List<String> pickField(WebElement form, String name, String text) {
        var select = form.findElement(By.name(name));
        return pick(select.getAttribute("id").replaceFirst("-select$", ""), text, 0);
    }

    /** The names a picker shows as chosen. */
    java.util.List<String> chips(String id) {
        var picker = find(By.id(id)).findElement(By.xpath("./ancestor::*[@data-eo-picker][1]"));
        return picker.findElements(By.cssSelector(".eo-chip")).stream().map(chip -> chip.getText().trim()).toList();
    }

    /** Follows a link or posts a form, and waits until the next page has replaced this one. */
    void clickAndWait(By button) {
        var page = driver.findElement(By.tagName("html"));
        click(button);
        // the old page is gone once the driver no longer knows its root: Chromium reports that either as a stale
        // element or, while the new document is being attached, as "node does not belong to the document"
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Waits until the page shows the text, e.g. after a form post and its redirect. */
    void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** How many times this browser's user has clicked so far (typing is not counted). */
    int clicks() {
        return clicks;
    }

    String heading() {
        return find(By.tagName("h1")).getText();
    }

    String pageText() {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }

    Browser login(String username, String password) {
        go("/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    void screenshot(String name) throws IOException {
        var file = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
        var target = new File("target/screenshots/" + name + ".png");
        target.getParentFile().mkdirs();
        Files.copy(file.toPath(), target.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(profile);
    }
}
