package org.virtualhall.approval.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by Debian's chromedriver, headless, with a fresh profile; the paths are
 * given so Selenium never tries to download a browser or a driver.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int TALLEST = 4000;

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    public Browser(int port) {
        try {
            profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        base = "http://127.0.0.1:" + port;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void login(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("login"));
        await(By.id("logout"));
    }

    /**
     * On the change-of-password page (where the first login leads): sets the new password and waits for the
     * console to open.
     */
    public void changePassword(String current, String chosen) {
        type(By.id("current"), current);
        type(By.id("password"), chosen);
        type(By.id("confirm"), chosen);
        click(By.id("change"));
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
        await(By.id("logout"));
    }

    public void type(By field, String text) {
        WebElement element = await(field);
        element.clear();
        element.sendKeys(text);
    }

    public void click(By what) {
        await(what).click();
    }

    public WebElement await(By what) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    /**
     * Waits until the element shows exactly {@code text}. Right after a click that loads a page, the old page's element
     * may still be found, and then vanish under the browser's hands: each look starts afresh.
     */
    public void awaitText(By what, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBe(what, text));
    }

    public String text(By what) {
        return await(what).getText();
    }

    public String source() {
        return driver.getPageSource();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The whole page (up to {@value #TALLEST} px): for the picture the window is made as tall as the page, then put back. */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long page = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        long frame = ((Number) driver.executeScript("return window.outerHeight - window.innerHeight")).longValue();
        int height = (int) Math.min(TALLEST, page + frame);
        try {
            if (height > window.getHeight()) {
                driver.manage().window().setSize(new Dimension(window.getWidth(), height));
            }
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
