/**
 * The example page in Debian's headless Chromium (apt-get install chromium chromium-driver), through
 * selenium-webdriver with the system's chromedriver (no browser download): the page, bundled by
 * esbuild and served from its own loopback port, talks to the real mock on another port, so every
 * call is a real cross-origin request with a CORS preflight. It lists the experiments, pauses,
 * resumes and completes the active one, then tries to activate it again and must show Auth0's
 * error. The screenshot is left at target/browser-flow.png. Skipped, saying so, when Chromium or
 * chromedriver is not installed (EXPCENTER_CHROMIUM, EXPCENTER_CHROMEDRIVER: other paths).
 */
import assert from "node:assert/strict";
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Builder, By, logging, type WebDriver, type WebElement } from "selenium-webdriver";
import * as chrome from "selenium-webdriver/chrome.js";
import { createExpcenterClient, type Experiment } from "@expcenter/client";
import { buildExample } from "../example/build.js";
import { serveStatic, type StaticServer } from "../example/serve.js";
import { PACKAGE_DIR, startMock, type RunningMock } from "./support/mock.js";

const CHROMIUM = process.env.EXPCENTER_CHROMIUM ?? "/usr/bin/chromium";
const CHROMEDRIVER = process.env.EXPCENTER_CHROMEDRIVER ?? "/usr/bin/chromedriver";
const WAIT_MS = 30_000;
const SCREENSHOT = join(PACKAGE_DIR, "target/browser-flow.png");

function missingBrowser(): string | undefined {
  for (const file of [CHROMIUM, CHROMEDRIVER]) {
    try {
      accessSync(file, constants.X_OK);
    } catch {
      return `${file} is not installed: apt-get install chromium chromium-driver`;
    }
  }
  return undefined;
}

const TITLE = "lists the experiments, pauses, resumes and completes one, and shows Auth0's error on a refused move";
const skip = missingBrowser();
if (skip) {
  console.log(`\n*** browser test SKIPPED: ${skip} ***\n`);
  it(`the example page in headless Chromium: ${TITLE}`, { skip }, () => undefined);
} else {
  describe("the example page in headless Chromium", { timeout: 180_000 }, browserFlow);
}

function browserFlow(): void {
  let mock: RunningMock;
  let page: StaticServer;
  let browser: WebDriver;
  let profile: string;

  before(async () => {
    const [started, out] = await Promise.all([startMock(), buildExample(PACKAGE_DIR)]);
    mock = started;
    page = await serveStatic(out);
    profile = mkdtempSync(join(tmpdir(), "expcenter-chromium-"));
    const options = new chrome.Options();
    options.setChromeBinaryPath(CHROMIUM);
    options.addArguments(
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
      "--window-size=1100,900", `--user-data-dir=${profile}`,
    );
    const prefs = new logging.Preferences();
    prefs.setLevel(logging.Type.BROWSER, logging.Level.ALL);
    options.setLoggingPrefs(prefs);
    browser = await new Builder()
      .forBrowser("chrome")
      .setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder(CHROMEDRIVER))
      .build();
    await browser.manage().setTimeouts({ pageLoad: WAIT_MS, script: WAIT_MS });
  });

  after(async () => {
    await browser?.quit().catch(() => undefined);
    await page?.close();
    await mock?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it(TITLE, async (t) => {
    // What the page should show, read with the client from Node.
    const api = createExpcenterClient({ baseUrl: mock.apiUrl, token: "dev" });
    const { data } = await api.GET("/experimentation/experiments", { params: { query: { take: 50 } } });
    assert.ok(data);
    const active = data.experiments.find((e) => e.status === "active");
    assert.ok(active, "the built-in data has an active experiment");

    try {
      await browser.get(`${page.origin}/?api=${encodeURIComponent(mock.apiUrl)}`);
      const pageOrigin = await browser.executeScript<string>("return location.origin");
      assert.equal(pageOrigin, page.origin);
      assert.notEqual(new URL(mock.apiUrl).origin, pageOrigin, "the page and the API are different origins");

      // The list: every experiment, with its status.
      await waitFor(async () => (await rowsOf(browser)).length === data.experiments.length, "the experiments listed");
      const listed = await Promise.all((await rowsOf(browser)).map((r) => r.getAttribute("data-id")));
      assert.deepEqual(listed, data.experiments.map((e) => e.id));
      assert.equal(await statusOf(browser, active), "active");
      assert.match(await row(browser, active).findElement(By.css(".name")).getText(), new RegExp(escape(active.name)));

      await click(browser, active, "paused", "Pause");
      await expectStatus(browser, active, "paused", `“${active.name}” is now paused.`);

      await click(browser, active, "active", "Resume");
      await expectStatus(browser, active, "active", `“${active.name}” is now active.`);

      await click(browser, active, "completed", "Complete");
      await expectStatus(browser, active, "completed", `“${active.name}” is now completed.`);

      // Refused by the API: the page shows Auth0's message and code, and the row stays completed.
      await click(browser, active, "active", "Activate");
      const alert = browser.findElement(By.id("error"));
      await waitFor(() => alert.isDisplayed(), "the error shown");
      assert.equal(
        await alert.getText(),
        `“${active.name}”: Completed experiments cannot be reactivated. 400 Bad Request · invalid_status_transition`,
      );
      assert.equal(await alert.getAttribute("role"), "alert");
      assert.equal(await browser.findElement(By.id("notice")).isDisplayed(), false);
      assert.equal(await statusOf(browser, active), "completed");

      const shot = await browser.takeScreenshot();
      mkdirSync(join(PACKAGE_DIR, "target"), { recursive: true });
      writeFileSync(SCREENSHOT, Buffer.from(shot, "base64"));
      t.diagnostic(`screenshot: ${SCREENSHOT}`);

      // The mock agrees with the page.
      const after = await api.GET("/experimentation/experiments/{id}", { params: { path: { id: active.id } } });
      assert.equal(after.data?.status, "completed");

      // The browser asked first (a preflight for the cross-origin POST with a bearer token), then
      // sent the four moves: the mock's journal, newest first.
      const journal = (await (await fetch(`${mock.rootUrl}/__admin/requests?limit=100`)).json()) as {
        requests: { method: string; path: string; status: number }[];
      };
      const onStatus = journal.requests.filter((r) => r.path.endsWith(`/experiments/${active.id}/status`)).reverse();
      assert.equal(`${onStatus[0]?.method} ${onStatus[0]?.status}`, "OPTIONS 204", "a preflight came first");
      assert.deepEqual(
        onStatus.filter((r) => r.method === "POST").map((r) => r.status),
        [200, 200, 200, 400],
      );

      // No request was blocked by CORS (Chromium logs "... blocked by CORS policy" if one is).
      const log = await browser.manage().logs().get(logging.Type.BROWSER);
      const cors = log.filter((entry) => /CORS/i.test(entry.message));
      assert.deepEqual(cors.map((entry) => entry.message), []);
    } catch (e) {
      const shot = await browser.takeScreenshot().catch(() => undefined);
      if (shot) {
        mkdirSync(join(PACKAGE_DIR, "target"), { recursive: true });
        writeFileSync(join(PACKAGE_DIR, "target/browser-flow-failure.png"), Buffer.from(shot, "base64"));
      }
      const text = await browser.findElement(By.css("body")).getText().catch(() => "(no page)");
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- the page showed:\n${text}\n--- the mock logged:\n${mock.log()}`, {
        cause: e,
      });
    }
  });

  async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
    await browser.wait(async () => condition().catch(() => false), WAIT_MS, `timed out waiting for ${what}`);
  }

  async function click(driver: WebDriver, experiment: Experiment, to: string, label: string): Promise<void> {
    const button = row(driver, experiment).findElement(By.css(`button[data-to="${to}"]`));
    assert.equal(await button.getText(), label);
    assert.equal(await button.isEnabled(), true, `${label} is enabled`);
    await button.click();
  }

  async function expectStatus(driver: WebDriver, experiment: Experiment, status: string, notice: string): Promise<void> {
    await waitFor(async () => (await statusOf(driver, experiment)) === status, `status ${status}`);
    const shown = driver.findElement(By.id("notice"));
    await waitFor(async () => (await shown.getText()) === notice, `the notice "${notice}"`);
    assert.equal(await driver.findElement(By.id("error")).isDisplayed(), false);
  }
}

function rowsOf(driver: WebDriver): Promise<WebElement[]> {
  return driver.findElements(By.css("#experiments tr"));
}

function row(driver: WebDriver, experiment: Experiment): WebElement {
  return driver.findElement(By.css(`#experiments tr[data-id="${experiment.id}"]`));
}

async function statusOf(driver: WebDriver, experiment: Experiment): Promise<string> {
  return row(driver, experiment).findElement(By.css(".status")).getText();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
