// Trusted Types (scripts/csp.ts: require-trusted-types-for 'script'): on the app's page and the
// embed page, a string an attacker got into the page cannot become markup, script or a worker,
// whichever sink it is handed to; the app itself runs without one violation (every journey's
// guard, fixtures.ts), its only policy passing the validation worker's file.
import type { Page } from "@playwright/test";
import { expect, test, waitForModel } from "./fixtures";
import { expectEverySinkRefused, PROBE_CONSOLE_ERRORS } from "./trusted-types";
import { HOSTILE_FLAG, hostileFixture } from "../fixtures/hostile";

const REQUIRED = "require-trusted-types-for 'script'";
const POLICIES = "trusted-types atlas-worker";
// A model with <script>, <img onerror> and <svg onload> in every text field. Not the default
// model, so it is checked in the validation worker, which only the app's policy can start.
const HOSTILE = hostileFixture("script and HTML in every text field");
const HOSTILE_QUERY = `?model=fixtures/hostile/${HOSTILE.file}`;

async function expectWorkerStarted(page: Page) {
  await expect
    .poll(() => page.workers().map((worker) => worker.url()), { message: "the validation worker runs" })
    .toContainEqual(expect.stringMatching(/\/assets\/validation\.worker-[\w-]+\.js$/));
}

test.describe("Trusted Types", () => {
  test.use({ allowedConsoleErrors: PROBE_CONSOLE_ERRORS });

  for (const [name, path] of [
    ["the app's page", "./"],
    ["the embed page", "embed.html"],
  ] as const) {
    test(`${name} requires them, in its header and its meta tag: an injected string cannot become markup`, async ({
      page,
      pageProblems,
    }) => {
      const response = await page.goto(path + HOSTILE_QUERY);
      const header = response!.headers()["content-security-policy"]!;
      expect(header).toContain(REQUIRED);
      expect(header).toContain(POLICIES);
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(meta).toContain(REQUIRED);
      expect(meta).toContain(POLICIES);
      await waitForModel(page);
      // The app's one policy let the validation worker start; a plain string would be refused.
      await expectWorkerStarted(page);
      // The model's markup is shown as the text it is, on either page.
      if (HOSTILE.expected.ok) await expect(page.getByText(HOSTILE.expected.title).first()).toBeVisible();
      // The timeline's date axis loads lazily (TimelineStrip.tsx): read the page once it is drawn,
      // or its ticks would count as a change below.
      if (await page.locator(".timeline-strip").count())
        await expect(page.locator(".timeline-axis .axis-tick").first()).toBeAttached();
      const before = await page.locator("#root").innerText();
      // Both policies, the header's and the meta tag's, refuse and report.
      await expectEverySinkRefused(page, pageProblems, 2);
      // The reader sees the page as it was, and nothing of the model's payloads ran.
      expect(await page.locator("#root").innerText()).toBe(before);
      expect(
        await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], HOSTILE_FLAG),
      ).toBeUndefined();
    });
  }

  test("on a host that sends no headers, the meta tag alone enforces them", async ({
    page,
    pageProblems,
  }) => {
    await page.route(/\/(index\.html)?(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers["content-security-policy"];
      await route.fulfill({ response, headers });
    });
    const response = await page.goto("./" + HOSTILE_QUERY + "&view=map");
    expect(response!.headers()["content-security-policy"]).toBeUndefined();
    await waitForModel(page);
    await expectWorkerStarted(page);
    await expectEverySinkRefused(page, pageProblems, 1);
  });
});
