// The browser suite: @playwright/test driving the system Chromium (never a downloaded browser)
// against the production build, served by tests/e2e/serve.ts on a port of this checkout's own.
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { CHROME_ARGS, CHROME_PATH } from "./scripts/chromium";
import { suitePort } from "./tests/e2e/port";

const root = fileURLToPath(new URL(".", import.meta.url));
const port = suitePort(root);
const CI = !!process.env.CI;

// A journey picks its screens by tag: `test("…", { tag: "@phone" }, …)`. Untagged journeys, and
// those tagged @laptop, run on the laptop; @phone and @projector run only there. Tag two to get two.
const NOT_ANOTHER_SCREEN = /^(?![\s\S]*@(phone|projector)\b)/;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.e2e.ts",
  outputDir: "tests/e2e/results",
  snapshotPathTemplate: "{testDir}/golden/{arg}-{projectName}{ext}",
  fullyParallel: true,
  // Two workers stay green and stable on the 2-core machines this runs on (see README).
  workers: 2,
  // One retry in CI, to tell a flaky test from a broken one in the report; a flaky test still
  // fails the run, so it gets fixed rather than hidden.
  retries: CI ? 1 : 0,
  failOnFlakyTests: CI,
  forbidOnly: CI,
  timeout: 30_000,
  expect: {
    timeout: 5_000,
    toHaveScreenshot: {
      // Measured: repeated runs differ by 0 pixels (same Chromium, bundled font); a chart card
      // moved by 40 px changes 970 pixels of the fitted 1920 chart (0.14 %, so a ratio of 1 %
      // would miss it). 100 pixels allows a little anti-aliasing drift and misses no moved card.
      // Colour differences below `threshold` (0.2, the default) do not count as different.
      maxDiffPixels: 100,
      animations: "disabled",
      caret: "hide",
      scale: "css",
    },
  },
  reporter: [["list"], ["./tests/e2e/summary-reporter.ts"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: "laptop",
      grep: [/@laptop\b/, NOT_ANOTHER_SCREEN],
      use: { viewport: { width: 1280, height: 800 } },
    },
    { name: "phone", grep: /@phone\b/, use: { viewport: { width: 390, height: 844 } } },
    { name: "projector", grep: /@projector\b/, use: { viewport: { width: 1920, height: 1080 } } },
  ],
  webServer: {
    command: `"${process.execPath}" --import tsx tests/e2e/serve.ts`,
    url: `http://127.0.0.1:${port}/`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    timeout: 20_000,
  },
});
