package com.penguinmails.query.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through its chromedriver, with the dashboard-specific steps the browser tests
 * share: entering the key, opening a page and waiting until it has drawn, reading what a chart or table holds,
 * console errors, horizontal overflow and screenshots.
 */
final class DashboardBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;

    private DashboardBrowser(ChromeDriver driver, String baseUrl, Path screenshots) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
    }

    /**
     * Starts headless chromium at a laptop-sized window.
     *
     * @throws IllegalStateException naming the install command when chromium or chromedriver is missing
     */
    static DashboardBrowser start(String baseUrl, Path screenshots) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The dashboard browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "). Install them with bin/install-browser (as root: "
                    + "apt-get update && apt-get install -y chromium chromium-driver); the Maven build runs it "
                    + "before the integration tests.");
        }
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--lang=en-US", "--disable-extensions");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new DashboardBrowser(driver, baseUrl, screenshots);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the dashboard at {@code path} (e.g. {@code /#heatmap}) in a fresh load. */
    void open(String path) {
        // Leave first: a new fragment on the same page would only fire hashchange and keep the page's state.
        driver.get("about:blank");
        driver.get(baseUrl + path);
    }

    void enterKey(String key) {
        WebElement input = driver.findElement(By.id("api-key"));
        input.clear();
        input.sendKeys(key);
        driver.findElement(By.cssSelector("#key-form button[type=submit]")).click();
    }

    /** Sets the custom range (instants shown in the browser's zone) and the time zone, without drawing yet. */
    void setRange(String fromIso, String toIso, String zone) {
        new Select(driver.findElement(By.id("range"))).selectByValue("custom");
        script("const local = (iso) => { const d = new Date(iso);"
                + " return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16); };"
                + "document.getElementById('from').value = local(arguments[0]);"
                + "document.getElementById('to').value = local(arguments[1]);"
                + "document.getElementById('tz').value = arguments[2];", fromIso, toIso, zone);
    }

    /** Types a filter value (empty to clear it) into the header's filter field. */
    void setFilter(String parameter, String value) {
        script("const input = document.querySelector('[data-filter=\"' + arguments[0] + '\"]');"
                + "input.value = arguments[1];", parameter, value);
    }

    /** Submits the header form, as the Apply button does, and waits for the page to draw again. */
    void apply(String page) {
        redraw(page, () -> driver.findElement(By.id("apply")).click());
    }

    /** Picks a value in a page-level select (e.g. group_by) and waits for the page to draw again. */
    void choose(String page, String control, String value) {
        // As a user's pick does: set the value and fire change (the page then rebuilds the select itself).
        redraw(page, () -> script("const select = arguments[0]; select.value = arguments[1];"
                + "select.dispatchEvent(new Event('change'));",
                view(page).findElement(By.cssSelector("[data-control=\"" + control + "\"]")), value));
    }

    /** Picks a value in a header select (interval, audience) and waits for the page to draw again. */
    void chooseInHeader(String page, String id, String value) {
        redraw(page, () -> new Select(driver.findElement(By.id(id))).selectByValue(value));
    }

    /** Navigates to a page by its link and waits until it has drawn. */
    void goTo(String page) {
        redraw(page, () -> driver.findElement(By.cssSelector("[data-page-link=\"" + page + "\"]")).click());
    }

    private void redraw(String page, Runnable action) {
        String before = String.valueOf(view(page).getAttribute("data-generation"));
        action.run();
        new WebDriverWait(driver, WAIT).until(d -> {
            WebElement view = view(page);
            String state = view.getAttribute("data-state");
            return !before.equals(String.valueOf(view.getAttribute("data-generation")))
                    && ("ready".equals(state) || "error".equals(state));
        });
    }

    /** Waits until a page has drawn at least once. */
    void awaitDrawn(String page) {
        new WebDriverWait(driver, WAIT).until(d -> {
            String state = view(page).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
    }

    WebElement view(String page) {
        return driver.findElement(By.cssSelector("[data-view=\"" + page + "\"]"));
    }

    String state(String page) {
        return view(page).getAttribute("data-state");
    }

    /** The URLs (path and query) the page's last draw asked the API, in order. */
    List<String> requests(String page) {
        String json = view(page).findElement(By.className("view-content")).getAttribute("data-requests");
        try {
            return JSON.readerForListOf(String.class).readValue(json == null ? "[]" : json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a chart draws: {labels: [...], series: {name: [numbers]}}. */
    JsonNode chart(String name) {
        String json = driver.findElement(By.cssSelector("[data-chart=\"" + name + "\"]")).getAttribute("data-series");
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether ECharts drew a canvas for the chart (the library loaded and ran). */
    boolean chartHasCanvas(String name) {
        return !driver.findElements(By.cssSelector("[data-chart=\"" + name + "\"] canvas")).isEmpty();
    }

    /** A table's cells as data-value strings (null where empty), row by row, for the given column keys. */
    List<Map<String, String>> table(String name) {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> rows = (List<Map<String, String>>) script(
                "const rows = [];"
                        + "for (const tr of document.querySelectorAll('[data-table=\"' + arguments[0] + '\"] tbody tr')) {"
                        + "  if (tr.querySelector('td.empty')) continue;"
                        + "  const row = {};"
                        + "  for (const td of tr.cells) row[td.dataset.column] = td.dataset.value === undefined"
                        + "    ? null : td.dataset.value;"
                        + "  rows.push(row);"
                        + "}"
                        + "return rows;", name);
        return rows;
    }

    /** The data-value of every element matching the selector, by the given attribute's value. */
    Map<String, String> values(String selector, String keyAttribute) {
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) script(
                "const values = {};"
                        + "for (const e of document.querySelectorAll(arguments[0])) {"
                        + "  values[e.getAttribute(arguments[1])] = e.dataset.value === undefined ? null : e.dataset.value;"
                        + "}"
                        + "return values;", selector, keyAttribute);
        return values;
    }

    /** Browser console entries at SEVERE since the last call (errors, CSP violations, failed loads). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** How many CSS pixels the document is wider than the window (0 when nothing overflows sideways). */
    long horizontalOverflow() {
        return ((Number) script("return Math.max(0, document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth);")).longValue();
    }

    /** Lets downloads (the CSV buttons' files) land in {@code folder}. */
    void downloadTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
    }

    /** Clicks the CSV button of a table. */
    void clickCsv(String table) {
        driver.findElement(By.cssSelector("[data-csv=\"" + table + "\"]")).click();
    }

    /** Waits for a finished download named {@code name} in {@code folder} and returns its text. */
    String awaitDownload(Path folder, String name) {
        Path file = folder.resolve(name);
        new WebDriverWait(driver, WAIT).until(d -> Files.isRegularFile(file));
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The elements reaching past the window's right edge, as tag.class#id (width), outermost first. */
    List<String> elementsPastTheRightEdge() {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) script(
                "const limit = document.documentElement.clientWidth; const found = [];"
                        + "for (const e of document.body.querySelectorAll('*')) {"
                        + "  const box = e.getBoundingClientRect();"
                        + "  if (box.right > limit + 0.5 && box.width > 0) found.push(e.tagName.toLowerCase() + '.'"
                        + "    + (e.getAttribute('class') || '') + '#' + e.id + ' (' + Math.round(box.width) + ')');"
                        + "  if (found.length >= 8) break;"
                        + "}"
                        + "return found;");
        return found;
    }

    /** Emulates a phone's viewport (CSS pixels, touch, mobile layout) until {@link #emulateLaptop()}. */
    void emulatePhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    void emulateLaptop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Saves a PNG of the window as {@code <name>.png} in the screenshot folder. */
    Path screenshot(String name) throws IOException {
        Path target = screenshots.resolve(name + ".png");
        Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
