package dev.accountsecurity.examples.web;

import static dev.accountsecurity.examples.web.ServerFixture.MEMBER;
import static dev.accountsecurity.examples.web.ServerFixture.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.accountsecurity.core.net.DefaultGeoLookup;
import dev.accountsecurity.examples.Authenticator;
import dev.accountsecurity.geoip.MmdbGeoLookup;
import dev.accountsecurity.spi.GeoLookup;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The profile page in headless Chromium, driven by Selenium with Debian's chromium and
 * chromium-driver packages (nothing is downloaded). Skipped where they are missing, except on CI
 * (CI=true), where a missing browser fails the build.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "profile-page.png");
  private static final String NEW_PASSWORD = "Quiet-Meadow-Lantern-7";

  @TempDir
  Path profileDir;

  private ServerFixture fixture;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void start() throws IOException {
    requireBrowser();
    fixture = new ServerFixture(geoLookup(), List.of("127.0.0.1/32"));
    driver = new ChromeDriver(service(), options());
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  private static void requireBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String message = "The browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
        + ": apt-get install -y chromium chromium-driver";
    if (!present && "true".equals(System.getenv("CI"))) {
      fail(message);
    }
    assumeTrue(present, message);
  }

  /** The country file where it is, so that other sessions show real countries. */
  private static GeoLookup geoLookup() throws IOException {
    Path file = Path.of(System.getProperty("shared.data.dir", "../../shared/data"))
        .resolve("geo-whois-asn-country.mmdb");
    return Files.isRegularFile(file) ? MmdbGeoLookup.open(file) : new DefaultGeoLookup();
  }

  private static ChromeDriverService service() {
    // Selenium Manager stays unused: the driver and the browser are both named.
    System.setProperty("SE_AVOID_STATS", "true");
    return new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
  }

  private ChromeOptions options() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-dev-shm-usage", "--window-size=1280,2400",
        "--user-data-dir=" + profileDir.toAbsolutePath());
    return options;
  }

  @AfterEach
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void profilePage_wholeJourney_worksInChromium() throws IOException {
    driver.get(fixture.server.uri().toString());
    signIn(MEMBER_PASSWORD);
    changePassword();
    Authenticator app = enrolTwoFactor();
    signOut();
    signInWithCode(app);
    otherDevicesSignIn(app);
    driver.navigate().refresh();
    waitForSessions(3);
    screenshot();
    logOutEverywhereElse();
  }

  private WebElement visible(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  private void type(String id, String text) {
    WebElement field = visible(id);
    field.clear();
    field.sendKeys(text);
  }

  private void signIn(String password) {
    type("login-name", MEMBER);
    type("login-password", password);
    visible("login-submit").click();
  }

  private void changePassword() {
    visible("profile-section");
    type("current-password", MEMBER_PASSWORD);
    type("new-password", NEW_PASSWORD);
    visible("password-submit").click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"),
        "Your password was changed"));
  }

  private Authenticator enrolTwoFactor() {
    visible("enrol-button").click();
    String secret = wait.until(driver -> {
      String text = driver.findElement(By.id("totp-secret")).getText();
      return text.isEmpty() ? null : text;
    });
    assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
    Authenticator app = Authenticator.scan(secret, fixture.clock);
    type("enrol-code", app.code());
    visible("enrol-confirm").click();
    visible("recovery-panel");
    List<WebElement> codes = driver.findElements(By.cssSelector("#recovery-codes li"));
    assertEquals(10, codes.size());
    visible("recovery-done").click();
    wait.until(ExpectedConditions.textToBe(By.id("twofa-status"), "On"));
    return app;
  }

  private void signOut() {
    visible("logout-button").click();
    visible("login-form");
  }

  private void signInWithCode(Authenticator app) {
    signIn(NEW_PASSWORD);
    visible("code-form");
    fixture.clock.advance(ServerFixture.STEP);
    type("login-code", app.code());
    visible("code-submit").click();
    visible("profile-section");
    assertEquals("", driver.findElement(By.id("login-message")).getText());
  }

  /** Two more sessions, from a phone in Germany and a laptop in Japan, through the proxy. */
  private void otherDevicesSignIn(Authenticator app) {
    signInThroughProxy(app, "80.156.86.78", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like"
        + " Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148"
        + " Safari/604.1");
    signInThroughProxy(app, "210.130.1.1", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0)"
        + " Gecko/20100101 Firefox/132.0");
  }

  private void signInThroughProxy(Authenticator app, String address, String userAgent) {
    fixture.clock.advance(ServerFixture.STEP);
    ApiClient client = fixture.client();
    String login = "{\"loginName\":\"" + MEMBER + "\",\"password\":\"" + NEW_PASSWORD + "\"}";
    String challenge = client.raw(proxied(client, "/api/login", login, address, userAgent))
        .json().get("challenge").asText();
    String code = "{\"challenge\":\"" + challenge + "\",\"code\":\"" + app.code() + "\"}";
    assertEquals(200, client.raw(proxied(client, "/api/login/code", code, address, userAgent))
        .status());
  }

  private static java.net.http.HttpRequest.Builder proxied(ApiClient client, String path,
      String json, String address, String userAgent) {
    return client.builder(path).POST(ApiClient.body(json))
        .header("Content-Type", "application/json")
        .header("X-Requested-With", "account-security")
        .header("X-Forwarded-For", address)
        .header("User-Agent", userAgent);
  }

  private void waitForSessions(int count) {
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sessions-rows tr"),
        count));
  }

  private void screenshot() throws IOException {
    Files.createDirectories(SCREENSHOT.getParent());
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
  }

  private void logOutEverywhereElse() {
    visible("revoke-others").click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"),
        "Signed out of 2 other sessions."));
    waitForSessions(1);
    assertTrue(driver.findElement(By.cssSelector("#sessions-rows tr")).getText()
        .contains("This browser"));
  }
}
