// Journeys through the map and the matrix in real Chromium.
import assert from "node:assert/strict";
import type { Journey } from "./app.e2e";
import type { TestPage } from "./harness";
import { saveScreenshot, waitForModel } from "./harness";

const item = (t: TestPage, key: string) => t.page.locator(`[data-map-item="${key}"]`);
const details = (t: TestPage) => t.page.getByRole("region", { name: "Details" });
const mapReady = (t: TestPage) =>
  t.page.waitForFunction(() => performance.getEntriesByName("map:rendered").length > 0, null, {
    timeout: 15_000,
  });

async function openMap(t: TestPage, query = "") {
  await t.open(`?view=map${query}`);
  await waitForModel(t.page);
  await mapReady(t);
  await item(t, "nation:UA").waitFor();
}

export const journeys: Journey[] = [
  {
    name: "the map shows Ukraine, its Black Sea ports, Paris and London, with the notional lane labelled",
    viewport: { width: 1920, height: 1080 },
    run: async (t) => {
      await openMap(t);
      assert.match(
        (await item(t, "nation:UA").getAttribute("aria-label")) ?? "",
        /^Ukraine\. Supported nation in MNF-U \(decided\)/,
      );
      for (const place of ["odesa", "chornomorsk", "pivdennyi", "paris", "london", "kyiv"])
        assert.equal(await item(t, `place:${place}`).count(), 1, `${place} is on the map`);
      assert.match((await item(t, "place:odesa").getAttribute("aria-label")) ?? "", /^Odesa\. Port/);
      // The three Odesa-area ports sit a few pixels apart: a click on each marker's centre picks that port.
      for (const [id, name] of [
        ["chornomorsk", "Chornomorsk"],
        ["pivdennyi", "Pivdennyi"],
        ["odesa", "Odesa"],
      ]) {
        const centre = await item(t, `place:${id}`).evaluate((el) => {
          const box = (el.querySelector(".marker-shape") ?? el).getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        });
        await t.page.mouse.click(centre.x, centre.y);
        await t.page
          .getByRole("region", { name: "Details" })
          .getByRole("heading", { name, exact: true })
          .waitFor({ timeout: 3000 });
      }
      const labels = (await t.page.locator(".map-labels").textContent()) ?? "";
      for (const text of ["Paris", "London", "Kyiv", "Odesa", "Ukraine", "not an official route", "notional"])
        assert.ok(labels.includes(text), `the map labels "${text}"`);
      // The Kyiv cell is drawn as conditional, in words and with a dashed row.
      const kyiv = t.page.locator('[data-map-item="unit:kyiv-cell"]');
      assert.match(
        (await kyiv.getAttribute("aria-label")) ?? "",
        /Condition: Only if Western forces deploy to Ukraine/,
      );
      assert.match((await kyiv.getAttribute("class")) ?? "", /is-dashed/);
      // The key states the unnamed members in words and lists the nations off the map.
      const key = await t.page.locator(".map-legend").innerText();
      assert.match(key, /more than 30 members/);
      assert.match(key, /Off this map:[\s\S]*United States/);
      assert.match(key, /Crimea is shown within Ukraine/);
      await saveScreenshot(t.page, "map at 1920 x 1080");
    },
  },
  {
    name: "selecting the HQ on the chart lights Paris and London on the map, and the reverse",
    run: async (t) => {
      await t.open("?unit=mnf-u-hq");
      await waitForModel(t.page);
      await t.page.getByRole("group", { name: "View" }).getByRole("button", { name: "Map" }).click();
      await mapReady(t);
      await item(t, "place:paris").waitFor();
      assert.match((await item(t, "place:paris").getAttribute("class")) ?? "", /is-lit/);
      assert.match((await item(t, "place:london").getAttribute("class")) ?? "", /is-lit/);
      assert.doesNotMatch((await item(t, "place:kyiv").getAttribute("class")) ?? "", /is-lit/);
      await details(t).getByRole("heading", { name: "MNF-U Headquarters" }).waitFor();

      // A nation by keyboard: focus Ukraine, Enter opens its roles and sources.
      await item(t, "nation:UA").focus();
      assert.equal(await t.page.locator(".map-tooltip").count(), 1, "focus shows the tooltip");
      await t.page.keyboard.press("Escape");
      assert.equal(await t.page.locator(".map-tooltip").count(), 0, "Escape dismisses the tooltip");
      assert.equal(
        await t.page.locator('path[data-map-item="nation:US"]').count(),
        0,
        "a nation off the map is no hidden Tab stop",
      );
      await item(t, "nation:UA").focus();
      await t.page.keyboard.press("Enter");
      await details(t).getByRole("heading", { name: "Ukraine" }).waitFor();
      const text = await details(t).innerText();
      assert.match(text, /Supported nation/);
      assert.match(text, /Decided/);
      assert.match(text, /Gotkowska/);
      assert.match(t.page.url(), /nation=UA/);
      assert.doesNotMatch(t.page.url(), /unit=/);

      // The reverse: the HQ on the map selects it on the chart; the view switch keeps it.
      await item(t, "unit:mnf-u-hq").first().click();
      await details(t).getByRole("heading", { name: "MNF-U Headquarters" }).waitFor();
      assert.match(t.page.url(), /unit=mnf-u-hq/);
      await t.page.getByRole("group", { name: "View" }).getByRole("button", { name: "Org chart" }).click();
      const tree = t.page.getByRole("tree", { name: "Structure" });
      assert.equal(
        await tree.getByRole("treeitem", { name: /^MNF-U Headquarters/ }).getAttribute("aria-selected"),
        "true",
      );
      const card = t.page.locator('.chart-svg [data-unit-id="mnf-u-hq"]');
      await card.waitFor({ state: "attached" });
      assert.equal(await card.getAttribute("aria-selected"), "true");

      // A place: Enter on Paris lists what sits there, with sources.
      await t.page.getByRole("group", { name: "View" }).getByRole("button", { name: "Map" }).click();
      await mapReady(t);
      await item(t, "place:paris").focus();
      await t.page.keyboard.press("Enter");
      await details(t).getByRole("heading", { name: "Paris" }).waitFor();
      assert.match(await details(t).innerText(), /city’s coordinates; the sources give no more precise site/);
    },
  },
  {
    name: "no request leaves the app's origin while the map loads, pans, zooms and changes stage",
    run: async (t) => {
      const requests: string[] = [];
      t.page.on("request", (request) => requests.push(request.url()));
      await openMap(t);
      const box = (await t.page.locator(".map-svg").boundingBox())!;
      await t.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await t.page.mouse.wheel(0, -600);
      await t.page.mouse.down();
      await t.page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 5 });
      await t.page.mouse.up();
      await t.page.getByRole("button", { name: "Whole map" }).click();
      await t.page.getByRole("combobox", { name: "Stage" }).selectOption("2025-03");
      await t.page.getByRole("combobox", { name: "Stage" }).selectOption("2025-07");
      await t.page.waitForTimeout(300);
      const origin = new URL(t.base).origin;
      assert.ok(
        requests.some((url) => /countries-50m/.test(url)),
        "the borders are loaded on demand",
      );
      assert.deepEqual(
        requests.filter(
          (url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"),
        ),
        [],
      );
      assert.deepEqual(t.foreignRequests, []);
    },
  },
  {
    name: "the borders are not in the first bundle: the chart view never loads them",
    run: async (t) => {
      const requests: string[] = [];
      t.page.on("request", (request) => requests.push(request.url()));
      await t.open();
      await waitForModel(t.page);
      await t.page.waitForTimeout(300);
      assert.equal(requests.filter((url) => /countries-50m|MapView/.test(url)).length, 0);
    },
  },
  {
    name: "switching the stage changes the map",
    run: async (t) => {
      await openMap(t, "&stage=2025-03");
      assert.match((await item(t, "nation:UA").getAttribute("aria-label")) ?? "", /No role in this stage/);
      assert.equal(
        await t.page.locator(".line-lane").count(),
        0,
        "no sea lane before the sea line of effort exists",
      );
      await t.page.getByRole("combobox", { name: "Stage" }).selectOption("2025-07");
      await t.page.locator(".line-lane").first().waitFor();
      assert.match((await item(t, "nation:UA").getAttribute("aria-label")) ?? "", /Supported nation/);
      // The domain toggles hide and show a line of effort.
      await t.page
        .getByRole("group", { name: "Domains shown on the map" })
        .getByRole("button", { name: "Sea" })
        .click();
      assert.equal(await t.page.locator(".line-lane").count(), 0);
      await t.page
        .getByRole("group", { name: "Domains shown on the map" })
        .getByRole("button", { name: "Sea" })
        .click();
      await t.page.locator(".line-lane").first().waitFor();
    },
  },
  {
    name: "the map stays legible on a 390 px phone without sideways scrolling",
    viewport: { width: 390, height: 844 },
    run: async (t) => {
      await openMap(t);
      await t.page.locator(".map-stage").evaluate((e) => e.scrollIntoView({ block: "start" }));
      const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `page is ${width} px wide`);
      const labels = (await t.page.locator(".map-labels").textContent()) ?? "";
      for (const text of ["Paris", "London", "Kyiv", "Ukraine"])
        assert.ok(labels.includes(text), `the phone map labels "${text}"`);
      await saveScreenshot(t.page, "map at 390 x 844");
    },
  },
  {
    name: "the matrix lists every named nation with its roles, statuses and sources, and sorts by keyboard",
    viewport: { width: 1920, height: 1080 },
    run: async (t) => {
      await t.open("?view=matrix&stage=2026-01");
      await waitForModel(t.page);
      const table = t.page.getByRole("table");
      await table.waitFor();
      const nations = [
        "Bulgaria",
        "Canada",
        "France",
        "Germany",
        "Italy",
        "Poland",
        "Romania",
        "Türkiye",
        "Ukraine",
        "United Kingdom",
        "United States",
      ];
      const rowHeaders = await table.getByRole("rowheader").allInnerTexts();
      for (const nation of nations)
        assert.ok(
          rowHeaders.some((h) => h.trim() === nation),
          `${nation} has a row`,
        );
      assert.ok(
        rowHeaders.some((h) => /not named/.test(h)),
        "the unnamed members have a row",
      );
      const poland = table.getByRole("row", { name: /^Poland/ });
      // P-10: Poland's logistics lead is reported by Notes from Poland and Ukrinform (press).
      assert.match(await poland.innerText(), /Logistics lead[\s\S]*Reported[\s\S]*Notes from Poland[\s\S]*press/);
      const turkey = await table.getByRole("row", { name: /^Türkiye/ }).innerText();
      assert.match(turkey, /Sea lead[\s\S]*Planned[\s\S]*Gotkowska/);
      assert.match(turkey, /Contributor[\s\S]*Decided/);
      // Every role cell cites a source.
      const cellsWithRoles = await table.locator(".matrix-role").count();
      const cited = await table.locator(".matrix-role:has(a.citation)").count();
      assert.equal(cited, cellsWithRoles);

      // Sort with the keyboard: focus the nation sort button, Enter flips the order.
      const sortName = table.getByRole("button", { name: /^Sort by nation/ });
      await sortName.focus();
      await t.page.keyboard.press("Enter");
      assert.equal(
        await table.getByRole("columnheader", { name: /Sort by nation/ }).getAttribute("aria-sort"),
        "descending",
      );
      assert.equal((await table.getByRole("rowheader").first().innerText()).trim(), "United States");
      await table.getByRole("button", { name: /^Sort by Sea/ }).click();
      const first = (await table.getByRole("rowheader").allInnerTexts()).slice(0, 3).map((s) => s.trim());
      assert.deepEqual([...first].sort(), ["Bulgaria", "Romania", "Türkiye"]);

      // A nation from the table opens its details.
      await table.getByRole("button", { name: "France", exact: true }).click();
      await details(t).getByRole("heading", { name: "France" }).waitFor();
      await saveScreenshot(t.page, "matrix at 1920 x 1080");
    },
  },
  {
    name: "the matrix scrolls inside its own box on a phone",
    viewport: { width: 390, height: 844 },
    run: async (t) => {
      await t.open("?view=matrix");
      await waitForModel(t.page);
      await t.page.getByRole("table").waitFor();
      const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `page is ${width} px wide`);
      await t.page.locator(".matrix-scroll").evaluate((e) => e.scrollIntoView({ block: "start" }));
      await saveScreenshot(t.page, "matrix at 390 x 844");
    },
  },
];
