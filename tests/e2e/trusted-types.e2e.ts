// Trusted Types (scripts/csp.ts: require-trusted-types-for 'script'): on the app's page and the
// embed page, a string an attacker got into the page cannot become markup, script or a worker,
// whichever sink it is handed to; the app itself runs without one violation (every journey's
// guard, fixtures.ts), its only policy passing the validation worker's file.
import type { Page } from "@playwright/test";
import { expect, test, waitForModel } from "./fixtures";
import { expectEverySinkRefused, PROBE_CONSOLE_ERRORS } from "./trusted-types";

const REQUIRED = "require-trusted-types-for 'script'";
const POLICIES = "trusted-types atlas-worker";

async function expectWorkerStarted(page: Page) {
  // The app's one policy admitted the validation worker (a plain string would have been refused).
  await expect
    .poll(() => page.workers().map((worker) => worker.url()), { message: "the validation worker runs" })
    .toContainEqual(expect.stringMatching(/\/assets\/validation\.worker-[\w-]+\.js$/));
}

test.describe("Trusted Types", () => {
  test.use({ allowedConsoleErrors: PROBE_CONSOLE_ERRORS });

  for (const [name, path, heading] of [
    ["the app's page", "./", /Multinational Force Ukraine/],
    ["the embed page", "embed.html", null],
  ] as const) {
    test(`${name} requires them, in its header and its meta tag: an injected string cannot become markup`, async ({
      page,
      pageProblems,
    }) => {
      const response = await page.goto(path);
      const header = response!.headers()["content-security-policy"]!;
      expect(header).toContain(REQUIRED);
      expect(header).toContain(POLICIES);
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(meta).toContain(REQUIRED);
      expect(meta).toContain(POLICIES);
      await waitForModel(page);
      await expectWorkerStarted(page);
      if (heading) await expect(page.locator("h1")).toContainText(heading);
      const before = await page.locator("#root").innerText();
      // Both policies, the header's and the meta tag's, refuse and report.
      await expectEverySinkRefused(page, pageProblems, 2);
      // The reader sees the page as it was.
      expect(await page.locator("#root").innerText()).toBe(before);
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
    const response = await page.goto("./?view=map");
    expect(response!.headers()["content-security-policy"]).toBeUndefined();
    await waitForModel(page);
    await expectWorkerStarted(page);
    await expectEverySinkRefused(page, pageProblems, 1);
  });
});
