package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import teardown.checker.Path;
import teardown.checker.Transition;
import teardown.cli.explore.ExplorerServer;
import teardown.model.Step;
import teardown.model.TeardownState;

/**
 * A reviewer's session in a real browser: open the seed variant, take the seed race's steps by
 * clicking, see no-vanish-before-io-done flagged at step 6, go back, and follow a shared link.
 * One headless Chromium for the class.
 */
class ExploreBrowserTest {

    private static final String NO_VANISH = ExploreServerTest.NO_VANISH;

    private static ExplorerServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        Chromium.assumeInstalled();
        server = ExploreServerTest.startSeedVariant();
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** Waits until the page shows the state after {@code steps} steps. */
    private static void waitForSteps(int steps) {
        Chromium.await(browser).until(b -> "ready".equals(body().getAttribute("data-status"))
                && b.findElements(By.cssSelector("#trace > li")).size() == steps + 1);
    }

    private static WebElement body() {
        return browser.findElement(By.tagName("body"));
    }

    private static String here(String property) {
        return browser.findElement(By.id("property-" + property)).getAttribute("data-here");
    }

    private static WebElement button(Step step) {
        List<WebElement> buttons = browser.findElements(By.cssSelector("#enabled > li[data-actor='" + step.actor().id() + "'] a.step"))
                .stream().filter(b -> b.findElement(By.className("name")).getText().equals(step.name())).toList();
        assertEquals(1, buttons.size(), "one button for " + step);
        return buttons.get(0);
    }

    private static void click(Step step) {
        button(step).click();
    }

    /** Clicks the seed race from the start page and returns the address bar's link to its end. */
    private static String clickTheSeedRace() {
        browser.get(server.url());
        waitForSteps(0);
        Path<TeardownState, Step> race = ExploreServerTest.seedRace();
        int n = 0;
        for (Transition<TeardownState, Step> t : race.steps()) {
            assertEquals("good", here(NO_VANISH), "state " + n + " does not yet violate it");
            assertEquals(n == race.length() - 1, button(t.step()).findElement(By.xpath("..")).getText()
                    .contains("this step breaks " + NO_VANISH), "only the last step's button warns that it breaks it");
            click(t.step());
            waitForSteps(++n);
        }
        return browser.getCurrentUrl();
    }

    @Test
    void theSeedRaceTakenByClickingIsFlaggedAtStepSixAndBackUndoesTheStep() {
        String end = clickTheSeedRace();
        assertTrue(end.matches(".*path=\\d+(\\.\\d+){5}$"), "the address names the six steps: " + end);
        assertEquals("bad", here(NO_VANISH));
        WebElement six = browser.findElement(By.id("trace-6"));
        assertTrue(six.getAttribute("class").contains("violates"), six.getAttribute("class"));
        assertTrue(six.getText().contains("violates " + NO_VANISH), six.getText());
        assertFalse(browser.findElement(By.id("trace-5")).getAttribute("class").contains("violates"));
        assertTrue(six.getText().contains("device_del"), "step 6 is the sysfs device's removal: " + six.getText());

        browser.findElement(By.id("back")).click();
        waitForSteps(5);
        assertEquals("good", here(NO_VANISH));
        browser.navigate().back(); // the browser's own Back returns to where the page's Back was pressed
        waitForSteps(6);
        assertEquals("bad", here(NO_VANISH));
        assertEquals(end, browser.getCurrentUrl());
    }

    @Test
    void aSharedLinkOpensTheSameStateAndTrace() {
        String link = clickTheSeedRace();
        String state = browser.findElement(By.id("state")).getText();
        String trace = browser.findElement(By.id("trace")).getText();
        browser.findElement(By.id("restart")).click();
        waitForSteps(0);
        assertFalse(state.equals(browser.findElement(By.id("state")).getText()), "restart shows the initial state");

        browser.get(link); // as a reviewer pasting the link would: a fresh page load
        waitForSteps(6);
        assertEquals(state, browser.findElement(By.id("state")).getText());
        assertEquals(trace, browser.findElement(By.id("trace")).getText());
        assertEquals("bad", here(NO_VANISH));
    }

    @Test
    void jumpingToTheShortestCounterexampleLandsOnTheBadState() {
        browser.get(server.url());
        waitForSteps(0);
        WebElement jump = browser.findElement(By.id("cex-" + NO_VANISH));
        assertTrue(jump.getText().contains("6 steps"), jump.getText());
        jump.click();
        waitForSteps(6);
        assertEquals("bad", here(NO_VANISH));
    }

    @Test
    void aBadLinkShowsItsMessageOnThePage() {
        browser.get(server.url() + "&path=0.99");
        WebElement error = Chromium.await(browser).until(b -> b.findElement(By.id("error")));
        assertTrue(error.getText().contains("only steps 0 to"), error.getText());
        browser.findElement(By.id("start-over")).click();
        waitForSteps(0);
    }
}
