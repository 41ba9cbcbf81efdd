// The suite's last line, the same one the unit runners end with: "48 passed, 0 failed, 0 skipped".
// A test that passed only on its retry is named as flaky above it, and counts as failed where
// flaky tests fail the run (CI: failOnFlakyTests): fix it.
import type { FullConfig, FullResult, Reporter, Suite, TestCase } from "@playwright/test/reporter";
import { existsSync } from "node:fs";
import { CHROME_PATH } from "../../scripts/chromium";

export default class SummaryReporter implements Reporter {
  private suite: Suite | undefined;
  private errors = 0;
  private flakyFails = false;

  printsToStdio() {
    return true;
  }

  onBegin(config: FullConfig, suite: Suite) {
    this.suite = suite;
    this.flakyFails = config.failOnFlakyTests;
    if (!existsSync(CHROME_PATH)) console.warn(noChromiumBanner());
  }

  // Errors outside any test: the web server did not start, a file did not load.
  onError() {
    this.errors++;
  }

  onEnd(result: FullResult) {
    const tests: TestCase[] = this.suite?.allTests() ?? [];
    const count = (outcome: ReturnType<TestCase["outcome"]>) =>
      tests.filter((t) => t.outcome() === outcome).length;
    const flaky = tests.filter((t) => t.outcome() === "flaky");
    const passed = count("expected") + (this.flakyFails ? 0 : flaky.length);
    const skipped = count("skipped");
    let failed = count("unexpected") + (this.flakyFails ? flaky.length : 0) + this.errors;
    // A run that failed with no failed test (interrupted, timed out) still ends as a failure.
    if (result.status !== "passed" && failed === 0) failed = 1;
    if (!existsSync(CHROME_PATH)) console.warn(noChromiumBanner());
    for (const test of flaky)
      console.log(`  flaky (passed on retry): ${test.titlePath().slice(1).join(" › ")}`);
    if (result.status !== "passed") console.log(`  the run ${result.status}`);
    console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}

export function noChromiumBanner(): string {
  const bar = "!".repeat(72);
  const what = process.env.CI ? "BROWSER TESTS FAIL (CI=true)" : "BROWSER TESTS SKIPPED";
  return `${bar}\n!! ${what}: no Chromium at ${CHROME_PATH}.\n!! Install it (apt-get install chromium) or set CHROME_PATH.\n${bar}`;
}
