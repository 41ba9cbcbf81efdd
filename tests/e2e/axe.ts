// axe-core on the page as it stands: every rule axe runs by default (WCAG 2.x A and AA, and its
// best practices), plus WCAG 2.2's target size (24 px, or room around a smaller target), which
// axe 4.14 leaves off; every impact level. A failure names the view, the rule, and each element with
// its selector and markup, so the message alone says what to fix.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One line per violation and per element: what a reader of the failure needs to find it. */
export function describeViolations(violations: Result[], view: string): string[] {
  return violations.map((violation) => {
    const elements = violation.nodes.map(
      (node) => `      ${node.target.join(" ")}\n        ${node.html.replace(/\s+/g, " ").slice(0, 300)}`,
    );
    return (
      `${violation.id} (${violation.impact}) in ${view}: ${violation.help} — ${violation.nodes.length} element(s)\n` +
      `    ${violation.helpUrl}\n${elements.join("\n")}`
    );
  });
}

/** Runs axe on the whole page and fails, naming rule, elements and view, on any violation. */
export async function expectNoAxeViolations(page: Page, view: string): Promise<void> {
  // axe takes about 10 s on a page with 350 links and buttons (the sources view) on 2 cores, more
  // beside another worker: each check brings its own time, on top of the journey's.
  test.info().setTimeout(test.info().timeout + 30_000);
  // Text is checked for contrast as drawn: wait for the bundled font.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { "target-size": { enabled: true } } })
    .analyze();
  const found = describeViolations(violations, view);
  expect(
    violations.map((v) => v.id),
    `axe found violations in ${view}:\n${found.join("\n")}\n`,
  ).toEqual([]);
}
