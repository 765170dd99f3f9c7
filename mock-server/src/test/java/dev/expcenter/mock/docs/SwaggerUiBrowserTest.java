package dev.expcenter.mock.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.spec.Strictness;
import dev.expcenter.mock.testsupport.MockApi;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI in Debian's headless Chromium ({@code apt-get install chromium chromium-driver}):
 * the page lists the operations, "Authorize" gets a token from the mock's {@code /oauth/token}
 * (client credentials), and "Try it out" on the experiments list answers 200. Skipped when
 * Chromium or its driver is not installed.
 */
class SwaggerUiBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("expcenter.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("expcenter.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path profile;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void docsShouldListTheOperationsAndTryThemAgainstTheMock() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium not installed (" + CHROMIUM + ", " + DRIVER + "): apt-get install chromium chromium-driver");
        try (MockApi mock = MockApi.start(MockConfig.builder().strictness(Strictness.FAIL).build())) {
            WebDriver browser = chromium();
            try {
                browser.get(mock.rootUri() + "docs");
                WebDriverWait wait = new WebDriverWait(browser, WAIT);

                WebElement status = wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.id("operations-experiments-updateExperimentStatus")));
                assertThat(status.getText()).contains("Transition an experiment to a new status.");

                authorize(browser, wait);

                WebElement list = browser.findElement(By.id("operations-experiments-listExperiments"));
                click(browser, list.findElement(By.cssSelector(".opblock-summary-control")));
                click(browser, wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#operations-experiments-listExperiments .try-out__btn"))));
                click(browser, wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#operations-experiments-listExperiments .execute"))));
                WebElement code = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                        "#operations-experiments-listExperiments .live-responses-table .response .response-col_status")));

                assertThat(code.getText().trim()).startsWith("200");
                assertThat(mock.violations().count()).isZero();
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * Authorize, client id and secret (any) in the client-credentials scheme, its Authorize, Close:
     * Swagger UI fetches the token itself. The dialog also shows the {@code bearerAuth} scheme, with
     * an Authorize button of its own first, so every click stays inside the OAuth2 scheme's section.
     */
    private static void authorize(WebDriver browser, WebDriverWait wait) {
        click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".auth-wrapper .authorize"))));
        WebElement clientId = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal-ux input[data-name='clientId']")));
        WebElement oauth2 = clientId.findElement(By.xpath(
                "ancestor::div[.//div[contains(concat(' ', @class, ' '), ' auth-btn-wrapper ')]][1]"));
        assertThat(oauth2.getText()).contains("oAuth2ClientCredentials").doesNotContain("bearerAuth");
        clientId.sendKeys("docs-client");
        oauth2.findElement(By.cssSelector("input[data-name='clientSecret']")).sendKeys("any-secret");
        click(browser, oauth2.findElement(By.cssSelector(".auth-btn-wrapper .authorize")));
        try {
            wait.until(d -> oauth2.getText().contains("Authorized"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not authorized; the dialog says: " + browser.findElement(By.cssSelector(".modal-ux")).getText(), e);
        }
        click(browser, browser.findElement(By.cssSelector(".modal-ux .btn-done")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        return driver;
    }
}
