// Hostile models (tests/fixtures/hostile/) opened the way a user opens a file ("Open model
// file…"), in the built app in real Chromium. Each ends as the model or as the pointed errors;
// no payload ever runs (the flag it would set stays unset, no dialog opens, no element it would
// create exists), and the shared fixtures fail the test on any page error, console error, CSP
// violation or request off the app's origin (an <img src=x> that got into the page would
// request /x and log its 404).
import type { Page } from "@playwright/test";
import { expect, keepScreenshot, openModel, test, waitForChart } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { HOSTILE_FIXTURES, HOSTILE_FLAG, deepestName, hostileFixture } from "../fixtures/hostile";
import type { HostileFixture } from "../fixtures/hostile";

const DEFAULT_TITLE = "Multinational Force Ukraine (MNF-U)";
const chart = (page: Page) => page.locator('svg[aria-label="Org chart"]');
const structure = (page: Page) => page.getByRole("tree", { name: "Structure" });
const details = (page: Page) => page.getByRole("region", { name: "Details" });

/** Every dialog the page opens (alert, confirm, prompt): a payload that ran would open one. */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on("dialog", (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

async function openHostile(page: Page, fixture: HostileFixture) {
  await page.locator('input[type="file"]').setInputFiles({
    name: fixture.file,
    mimeType: "application/json",
    buffer: Buffer.from(fixture.text()),
  });
}

/** What a payload would leave behind if it had run or been parsed as markup. */
async function expectNothingInjected(page: Page, dialogs: string[]) {
  const traces = await page.evaluate((flag) => {
    // Clickable links (HTML and SVG), not the page's own icon link.
    const hrefs = [...document.querySelectorAll("a, area")].map(
      (e) => e.getAttribute("href") ?? e.getAttribute("xlink:href") ?? "",
    );
    return {
      flag: (window as unknown as Record<string, unknown>)[flag],
      scripts: [...document.scripts].filter((s) => !s.src).map((s) => s.textContent?.slice(0, 80)),
      injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
      handlers: document.querySelectorAll("[onload], [onerror], [onclick]").length,
      scriptLinks: hrefs.filter(
        (h) => /^\s*(javascript|data|vbscript):/i.test(h) && !h.startsWith("data:image/"),
      ),
    };
  }, HOSTILE_FLAG);
  expect(traces.flag, "the payload's window flag").toBeUndefined();
  expect(dialogs, "dialogs opened").toEqual([]);
  expect(traces.scripts, "inline scripts in the page").toEqual([]);
  expect(traces.injectedImages, "images from the payload").toBe(0);
  expect(traces.handlers, "inline event handlers").toBe(0);
  expect(traces.scriptLinks, "javascript: or data: links").toEqual([]);
}

for (const fixture of HOSTILE_FIXTURES) {
  test(`hostile model, ${fixture.name}: ${fixture.expected.ok ? "shown" : "refused with pointers"}, nothing runs`, async ({
    page,
  }) => {
    test.slow(); // 10,000 and 25,000 units take a few seconds to check on a busy 2-core machine
    const dialogs = watchDialogs(page);
    await openModel(page);
    await openHostile(page, fixture);
    if (fixture.expected.ok) {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture.expected.title, {
        timeout: 20_000,
      });
      await expect(page.getByRole("alert")).toHaveCount(0);
    } else {
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(`${fixture.file} could not be opened`, { timeout: 20_000 });
      const shown = await alert.locator("code.pointer").allTextContents();
      expect(shown.sort()).toEqual(fixture.expected.pointers.map((p) => p || "(whole file)").sort());
      // The model on screen stays.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEFAULT_TITLE);
    }
    await expectNothingInjected(page, dialogs);
  });
}

test("script and HTML in every text field stay text in every view", async ({ page }) => {
  const dialogs = watchDialogs(page);
  const fixture = hostileFixture("script and HTML in every text field");
  await openModel(page);
  await openHostile(page, fixture);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    fixture.expected.ok ? fixture.expected.title : "",
  );
  // The unit with a payload in every field, with its commander, seat, claim and sources.
  await chart(page).locator('[data-unit-id="hq"]').click();
  await expect(details(page).getByRole("heading", { level: 2 })).toContainText(
    `Headquarters <script>window.__hostile="script"</script>`,
  );
  await expect(details(page)).toContainText(`Claim <script>`);
  await expect(details(page)).toContainText(`Rank <script>`);
  await expectNothingInjected(page, dialogs);
  for (const view of ["Map", "Matrix", "Summary", "Sources"]) {
    await page.getByRole("group", { name: "View" }).getByRole("button", { name: view, exact: true }).click();
    await expect(
      page.getByRole("group", { name: "View" }).getByRole("button", { name: view, exact: true }),
    ).toHaveAttribute("aria-pressed", "true");
    await expectNothingInjected(page, dialogs);
  }
  // The sources view links the one https:// address, and nothing else.
  await expect(page.locator('a[href^="https://example.org/a"]')).not.toHaveCount(0);
  await keepScreenshot(page, "hostile script in text, sources view");
});

test("Expand all on a 10,000-deep chain opens every level without overflowing the stack", async ({
  page,
}) => {
  test.slow();
  const fixture = hostileFixture("a 10,000-deep parent chain");
  await openModel(page);
  await openHostile(page, fixture);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    fixture.expected.ok ? fixture.expected.title : "",
    {
      timeout: 20_000,
    },
  );
  await waitForChart(page);
  await page.getByRole("button", { name: "Expand all" }).click();
  await expect(chart(page).locator('[data-unit-id="u0"]')).toHaveAttribute("aria-expanded", "true");
  // The structure reaches the deepest unit: End goes to the last row, 10,000 levels down.
  const rows = structure(page).getByRole("treeitem");
  await rows.first().focus();
  await page.keyboard.press("End");
  await expect(page.locator(":focus")).toHaveAttribute("aria-level", "10000");
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", new RegExp(`^${deepestName()},`));
  // Selecting it shows its details, and the chart draws its card.
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(deepestName());
  await page.getByRole("button", { name: "Zoom to selection" }).click();
  // Drawn once, however far it is from where the chart was.
  await expect(chart(page).locator('[data-unit-id="u9999"]')).toHaveCount(1);
  await expect(chart(page).locator('[data-unit-id="u9999"]')).toBeVisible();
});

/** Each card's name box against its frame, in screen pixels; and its tooltip. */
async function cardBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>('svg[aria-label="Org chart"] [role="treeitem"]')].map(
      (card) => {
        const frame = card.querySelector(".card-frame")!.getBoundingClientRect();
        const name = card.querySelector(".card-name")!.getBoundingClientRect();
        return {
          id: card.dataset.unitId!,
          title: card.querySelector(":scope > .card-frame > title")?.textContent ?? null,
          inside:
            name.left >= frame.left - 0.5 &&
            name.right <= frame.right + 0.5 &&
            name.top >= frame.top - 0.5 &&
            name.bottom <= frame.bottom + 0.5,
          name: [Math.round(name.left), Math.round(name.right)],
          frame: [Math.round(frame.left), Math.round(frame.right)],
        };
      },
    ),
  );
}

for (const name of ["right-to-left names", "very long names"] as const) {
  test(`${name} stay inside their cards, with the full name in the tooltip, the structure and the details`, async ({
    page,
  }) => {
    const fixture = hostileFixture(name);
    const units = (JSON.parse(fixture.text()) as { units: { id: string; name: string }[] }).units;
    await openModel(page);
    await openHostile(page, fixture);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      fixture.expected.ok ? fixture.expected.title : "",
    );
    await waitForChart(page);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await expect(chart(page).locator('[role="treeitem"]')).toHaveCount(units.length);
    const boxes = await cardBoxes(page);
    for (const unit of units) {
      const box = boxes.find((b) => b.id === unit.id)!;
      expect(box.inside, `${unit.id}'s name (x ${box.name}) inside its card (x ${box.frame})`).toBe(true);
      // A name in Arabic or Hebrew is set from the card's right, as its readers read it.
      if (/^[\u0590-\u08ff]/.test(unit.name)) {
        const [left, right] = box.name as [number, number];
        const [frameLeft, frameRight] = box.frame as [number, number];
        expect(frameRight - right, `${unit.id}'s name ends at its card's right`).toBeLessThan(
          (frameRight - frameLeft) * 0.08,
        );
        expect(frameRight - right, `${unit.id}'s name ends at its card's right`).toBeLessThan(
          left - frameLeft,
        );
      }
      expect(box.title, `${unit.id}'s tooltip`).toBe(unit.name);
      // The structure lists the full name, inside its row.
      const row = structure(page).locator(`[data-unit-id="${unit.id}"]`);
      await expect(row.locator(".tree-name")).toHaveText(unit.name);
      const fits = await row.evaluate((li) => {
        const text = li.querySelector(".tree-name")!.getBoundingClientRect();
        const box = li.getBoundingClientRect();
        return text.left >= box.left - 0.5 && text.right <= box.right + 0.5;
      });
      expect(fits, `${unit.id}'s row holds its name`).toBe(true);
      // The details give the full name, inside the panel.
      await chart(page).locator(`[data-unit-id="${unit.id}"]`).click();
      const heading = details(page).getByRole("heading", { level: 2 });
      await expect(heading).toHaveText(unit.name);
      const headingFits = await heading.evaluate((h) => {
        const panel = h.closest(".details-panel")!.getBoundingClientRect();
        const box = h.getBoundingClientRect();
        return (
          box.left >= panel.left - 0.5 && box.right <= panel.right + 0.5 && h.scrollWidth <= h.clientWidth
        );
      });
      expect(headingFits, `${unit.id}'s name wraps inside the details panel`).toBe(true);
    }
    await keepScreenshot(page, `hostile ${name}`);
    await expectNoAxeViolations(page, `a model with ${name}`);
  });
}
