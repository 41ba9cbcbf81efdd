// Runs the real-browser suite serially (2 cores) and ends with "N passed, N failed".
// No Chromium: a loud skip locally, a failure in CI, which always has one.
import { existsSync } from "node:fs";
import { CHROME_PATH, launchBrowser, newTestPage, saveScreenshot, startServer } from "./harness";
import { journeys as appJourneys } from "./app.e2e";
import { journeys as chartJourneys } from "./chart.e2e";
import { journeys as mapJourneys } from "./map.e2e";
import { journeys as roomJourneys } from "./room.e2e";
import { journeys as factsJourneys } from "./facts.e2e";

// E2E_ONLY=chart runs only the journeys whose suite or name contains "chart" ("a|b": either).
const only = process.env.E2E_ONLY;
const suites = {
  app: appJourneys,
  chart: chartJourneys,
  map: mapJourneys,
  facts: factsJourneys,
  room: roomJourneys,
};
const journeys = Object.entries(suites)
  .flatMap(([suite, list]) => list.map((j) => ({ ...j, name: `${suite} · ${j.name}` })))
  .filter((j) => !only || only.split("|").some((part) => j.name.includes(part)));

const TEST_TIMEOUT_MS = 30_000;

async function main() {
  if (!existsSync(CHROME_PATH)) {
    const banner = "!".repeat(72);
    console.warn(`${banner}\n!! BROWSER TESTS SKIPPED: no Chromium at ${CHROME_PATH}.\n!! Install it (apt-get install chromium) or set CHROME_PATH.\n${banner}`);
    console.log(`0 passed, 0 failed, ${journeys.length} skipped`);
    process.exit(process.env.CI ? 1 : 0);
  }
  const { server, base } = await startServer();
  const browser = await launchBrowser();
  let passed = 0;
  let failed = 0;
  for (const journey of journeys) {
    const t = await newTestPage(browser.context, base, journey.viewport);
    const started = Date.now();
    try {
      await Promise.race([
        journey.run(t),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS} ms`)), TEST_TIMEOUT_MS)),
      ]);
      if (t.foreignRequests.length) throw new Error(`requests left the app's origin: ${t.foreignRequests.join(", ")}`);
      if (t.pageErrors.length) throw new Error(`page errors: ${t.pageErrors.join(" | ")}`);
      passed++;
      console.log(`  ✓ ${journey.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${journey.name}\n      ${error instanceof Error ? error.message.split("\n").join("\n      ") : String(error)}`);
    } finally {
      await saveScreenshot(t.page, journey.name).catch(() => undefined);
      await t.page.close();
    }
  }
  await browser.close();
  server.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
