package dev.nnscript.cli.serve;

import dev.nnscript.cli.Preconditions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium, headless, driven through the system's chromedriver (Debian packages
 * {@code chromium} and {@code chromium-driver}). Both are named explicitly, so Selenium Manager never
 * looks for or downloads a browser. Missing, the test is skipped, or fails under {@code CI=true}.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    static ChromeDriver start(Path profile, int width, int height) throws IOException {
        Preconditions.require(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver are installed at " + BROWSER + " and " + DRIVER
                        + " (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createDirectories(profile));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
