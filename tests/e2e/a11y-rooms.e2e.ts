// axe on the briefer's rooms (issue 06) and the states issue 09 adds to the list: focus mode with
// its details dialog, large type, presentation mode on a chart, a map and a matrix step, the
// presenter's window and the printed handout. 0 violations; a failure names the rule, the
// elements and the state (tests/e2e/axe.ts). Fix the app, never switch a rule off.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, openModel, test, waitForChart, waitForMap } from "./fixtures";

const chart = (page: Page) => page.getByRole("tree", { name: "Org chart" });
const progress = (page: Page) => page.locator(".present-bar .present-progress");
const stepTitle = (page: Page) => page.locator("#present-step-title");

/**
 * The default model, served under /fixtures/ with one step more at the end of its story: the
 * matrix of the last stage. The default story has chart and map steps only, and a story may show
 * the matrix too (STORY_VIEWS), so the room is checked with one.
 */
async function serveStoryWithMatrixStep(page: Page): Promise<number> {
  const model = JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8")) as {
    stages: { id: string }[];
    story: { steps: Record<string, unknown>[] };
  };
  model.story.steps.push({
    title: "Who does what, nation by nation",
    view: "matrix",
    stage: model.stages.at(-1)!.id,
    text: "The roles each nation has in the last stage, with their sources.",
    sources: model.story.steps.at(-1)!.sources,
  });
  await page.route("**/fixtures/story-with-matrix.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(model) }),
  );
  return model.story.steps.length;
}

test.describe("accessibility (axe) in the rooms", () => {
  test("focus mode, with a unit's details open as a dialog", async ({ page }) => {
    await openModel(page, "?focus=1");
    await waitForChart(page);
    await expect(page.locator("html")).toHaveAttribute("data-room", "focus");
    await chart(page)
      .getByRole("treeitem", { name: /^Kyiv cell \(Forward co-ordination cell, Kyiv\),/ })
      .press("Enter");
    const dialog = page.getByRole("dialog", { name: "Details" });
    await expect(dialog.getByRole("heading", { name: "Forward co-ordination cell, Kyiv" })).toBeVisible();
    await expectNoAxeViolations(page, "focus mode with the Kyiv cell's details dialog");
  });

  test("focus mode on the map, with a nation's details", async ({ page }) => {
    await openModel(page, "?focus=1&view=map&nation=UA");
    await waitForMap(page);
    await expect(
      page.getByRole("dialog", { name: "Details" }).getByRole("heading", { name: "Ukraine" }),
    ).toBeVisible();
    await expectNoAxeViolations(page, "focus mode on the map with Ukraine's details dialog");
  });

  test("large type, with a unit's details", async ({ page }) => {
    await openModel(page, "?type=large&unit=mnf-u-hq");
    await waitForChart(page);
    await expect(page.locator("html")).toHaveAttribute("data-type", "large");
    await expectNoAxeViolations(page, "large type (chart, HQ's details)");
  });

  test("large type on the sources view", async ({ page }) => {
    await openModel(page, "?type=large&view=sources");
    await expect(page.locator("[data-source-id]").first()).toBeVisible();
    await expectNoAxeViolations(page, "large type (the sources view)");
  });

  test(
    "presentation mode: a chart step, its progress and controls",
    { tag: "@projector" },
    async ({ page }) => {
      await openModel(page, "?story=default&step=4");
      await expect(stepTitle(page)).toHaveText("The Kyiv cell, only if forces deploy");
      await expect(progress(page)).toHaveText(/4 \/ 9/);
      await waitForChart(page);
      await expect(
        page.getByRole("group", { name: "Story" }).getByRole("button", { name: /^Next step/ }),
      ).toBeEnabled();
      await expectNoAxeViolations(page, "presentation mode, step 4 (chart, the Kyiv cell)");
    },
  );

  test("presentation mode: a map step", { tag: "@projector" }, async ({ page }) => {
    await openModel(page, "?story=default&step=5");
    await expect(stepTitle(page)).toHaveText("Land, air and sea");
    await waitForMap(page);
    await expectNoAxeViolations(page, "presentation mode, step 5 (map)");
  });

  test(
    "presentation mode: a matrix step, the last (Next disabled)",
    { tag: "@projector" },
    async ({ page }) => {
      const count = await serveStoryWithMatrixStep(page);
      await openModel(page, `?model=./fixtures/story-with-matrix.json&story=default&step=${count}`);
      await expect(stepTitle(page)).toHaveText("Who does what, nation by nation");
      await expect(progress(page)).toHaveText(new RegExp(`${count} / ${count}`));
      await expect(page.getByRole("table")).toBeVisible();
      await expect(page.getByRole("button", { name: /^Next step/ })).toBeDisabled();
      await expectNoAxeViolations(page, `presentation mode, step ${count} (matrix, the last step)`);
    },
  );

  test("presentation mode on a laptop, first step (Previous disabled)", async ({ page }) => {
    await openModel(page, "?story=default&step=1");
    await expect(progress(page)).toHaveText(/1 \/ 9/);
    await waitForChart(page);
    await expect(page.getByRole("button", { name: /^Previous step/ })).toBeDisabled();
    await expectNoAxeViolations(page, "presentation mode at 1280 × 800, step 1");
  });

  test("the presenter window", { tag: "@projector" }, async ({ page }) => {
    await openModel(page, "?story=default&step=2&presenter=1");
    await expect(page.getByRole("main", { name: "Presenter view" })).toBeVisible();
    await expect(page.locator("#presenter-now-title")).toHaveText("July 2025: a structure is agreed");
    await expect(page.getByRole("timer")).toHaveText(/^\d+:\d\d$/);
    await expectNoAxeViolations(page, "the presenter window, step 2");
  });

  test("the printed handout (print media) of the chart", async ({ page }) => {
    await openModel(page, "?unit=mnf-u-hq");
    await waitForChart(page);
    await page.emulateMedia({ media: "print" });
    const handout = page.getByLabel("Printed handout");
    await expect(handout).toBeVisible({ timeout: 10_000 });
    await expectNoAxeViolations(page, "the printed handout of the chart (print media)");
  });

  test("the printed handout (print media) of the map", async ({ page }) => {
    await openModel(page, "?view=map");
    await waitForMap(page);
    await page.emulateMedia({ media: "print" });
    const handout = page.getByLabel("Printed handout");
    await expect(handout).toBeVisible({ timeout: 10_000 });
    await expectNoAxeViolations(page, "the printed handout of the map (print media)");
  });
});
