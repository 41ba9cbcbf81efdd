// @vitest-environment jsdom
// The sources view: every source with its full citation, grade and link, and every statement
// that rests on it, each leading to its unit, nation or place; a unit's details lead to it and
// back. Sorted and filtered by grade and date.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp, structureTree } from "./render-app";
import { sortSources } from "../../src/views/sources/sort-sources";
import type { Source } from "../../src/model";

const model = JSON.parse(readFileSync(resolve(__dirname, "../../data/mnf-ukraine.json"), "utf8")) as {
  meta: { sources: Source[] };
};
const param = (name: string) => new URLSearchParams(window.location.search).get(name);
const view = () => screen.findByRole("region", { name: "All sources" }, { timeout: 10_000 });
const details = () => screen.getByRole("region", { name: "Details" });
const entries = (region: HTMLElement) => within(region).getAllByRole("article");
const entry = (region: HTMLElement, title: RegExp) => within(region).getByRole("article", { name: title });

describe("sources view", () => {
  it("lists every source of the default model, each with its grade and the statements resting on it", async () => {
    await renderApp("?view=sources");
    const region = await view();
    const articles = entries(region);
    expect(articles).toHaveLength(model.meta.sources.length);
    for (const article of articles) {
      expect(article.querySelector(".grade-badge"), article.getAttribute("aria-label") ?? "").not.toBeNull();
      // At the default stage every source of the model carries at least one statement.
      expect(
        within(article).getByRole("heading", { level: 4, name: /^\d+ statements? rests? on it$/ }),
      ).toBeInTheDocument();
    }
  });

  it("gives each source its full citation and an https link that opens safely", async () => {
    await renderApp("?view=sources");
    const reuters = entry(await view(), /Paris to be new headquarters/);
    expect(reuters).toHaveTextContent("wire · Reuters, as carried by Dunya News, 10 July 2025.");
    const link = within(reuters).getByRole("link");
    expect(link.getAttribute("href")).toMatch(/^https:\/\/dunyanews\.tv\//);
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(link).toHaveAttribute("target", "_blank");
  });

  it("lists under a source every kind of statement on it, each leading to its unit, nation or place", async () => {
    const user = userEvent.setup();
    await renderApp("?view=sources");
    const osw = entry(await view(), /^The Coalition of the Willing on security guarantees/);
    const kinds = [...osw.querySelectorAll(".statement-kind")].map((k) => k.textContent);
    for (const kind of ["Fact", "Unit", "Commander", "Seat", "Members not named", "Role", "Relation", "Task"])
      expect(kinds, kind).toContain(kind);
    const role = within(osw)
      .getAllByRole("listitem")
      .find((li) => /^Role\s+Türkiye: sea lead in Sea line of effort/.test(li.textContent ?? ""))!;
    expect(role).toHaveTextContent("Planned");
    await user.click(within(role).getByRole("button", { name: "Sea line of effort" }));
    expect(param("unit")).toBe("loe-sea");
    expect(within(details()).getByRole("heading", { level: 2 })).toHaveTextContent("Sea line of effort");
    await user.click(within(role).getByRole("button", { name: "Türkiye" }));
    expect(param("nation")).toBe("TR");
    const seat = within(osw)
      .getAllByRole("listitem")
      .find((li) => /^Seat\s+Coalition multinational headquarters in Paris/.test(li.textContent ?? ""))!;
    await user.click(within(seat).getByRole("button", { name: "Paris" }));
    expect(param("place")).toBe("paris");
    // The stage itself rests on its sources too.
    const president = entry(await view(), /^Statements and declarations of the Paris summit/);
    expect(president).toHaveTextContent(/Stage\s*January 2026: At the Paris summit of 6 January 2026/);
  });

  it("leads from a unit's details to its source here, and back to the view it came from", async () => {
    const user = userEvent.setup();
    await renderApp("?unit=kyiv-cell&view=summary");
    const sourceList = within(details()).getByRole("heading", { name: "Sources" }).closest("section")!;
    await user.click(
      within(sourceList).getByRole("button", {
        name: /^Every statement on this source: Justyna Gotkowska, July 2025/,
      }),
    );
    expect(param("view")).toBe("sources");
    expect(param("source")).toBe("osw-2025-07");
    const region = await view();
    const osw = entry(region, /^The Coalition of the Willing on security guarantees/);
    await waitFor(() => expect(osw).toHaveFocus());
    expect(osw).toHaveClass("is-in-view");
    // The unit stays selected, and its own statements are among those listed.
    expect(within(details()).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Forward co-ordination cell, Kyiv",
    );
    expect(
      within(osw).getAllByRole("button", { name: "Forward co-ordination cell, Kyiv" }).length,
    ).toBeGreaterThan(1);
    // And back.
    await user.click(within(region).getByRole("button", { name: "Back to the summary" }));
    expect(param("view")).toBe("summary");
    expect(param("source")).toBeNull();
  });

  it("sorts by grade or date and filters by grade and year", async () => {
    const user = userEvent.setup();
    await renderApp("?view=sources");
    const region = await view();
    const titles = () => entries(region).map((a) => within(a).getByRole("heading", { level: 3 }).textContent);
    // Strongest grade first: the official texts lead.
    expect(entries(region)[0]).toHaveTextContent("official");
    await user.selectOptions(within(region).getByRole("combobox", { name: "Sort" }), "Newest first");
    expect(titles()[0]).toMatch(/Meloni/); // AFP, 7 January 2026: the newest
    await user.selectOptions(within(region).getByRole("combobox", { name: "Sort" }), "Oldest first");
    expect(titles()[0]).toMatch(/10,000 strong joint military force/); // gov.uk, 2020

    await user.click(within(region).getByRole("checkbox", { name: "aggregator" }));
    expect(titles()).toEqual([expect.stringMatching(/military chiefs' meeting in Paris/)]);
    expect(within(region).getByRole("status")).toHaveTextContent(`1 of ${model.meta.sources.length} sources`);
    await user.click(within(region).getByRole("checkbox", { name: "aggregator" }));
    await user.selectOptions(within(region).getByRole("combobox", { name: "Published in" }), "2024");
    expect(titles()).toHaveLength(2); // AP and TRT World on the mine countermeasures group

    // Filters that leave nothing say so, with a way back to every source.
    await user.click(within(region).getByRole("checkbox", { name: "aggregator" }));
    expect(within(region).queryAllByRole("article")).toHaveLength(0);
    expect(within(region).getByRole("status")).toHaveTextContent(
      /0 of \d+ sources: none match these filters/,
    );
    await user.click(within(region).getByRole("button", { name: "Show every source" }));
    expect(titles()).toHaveLength(model.meta.sources.length);
    expect(within(region).getByRole("checkbox", { name: "aggregator" })).not.toBeChecked();
  });

  it("replaces the flat list at the bottom of the summary, whose citations now open it", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary");
    const summary = screen.getByRole("region", { name: /January 2026/ });
    expect(within(summary).queryByRole("heading", { name: "All sources" })).toBeNull();
    const citation = within(summary).getAllByRole("link", {
      name: /^Office of the President of Ukraine/,
    })[0]!;
    expect(citation.getAttribute("href")).toContain("source=president-ua-2026-01-06");
    await user.click(citation);
    expect(param("view")).toBe("sources");
    await view();
    expect(within(structureTree()).getAllByRole("treeitem").length).toBeGreaterThan(5);
  });
});

describe("sortSources", () => {
  it("orders by grade (then newest), newest, or oldest", () => {
    const s = (id: string, grade: Source["grade"], date: string) =>
      ({ id, title: id, publisher: "P", grade, date }) as Source;
    const list = [
      s("a", "press", "2025-01"),
      s("b", "official", "2024"),
      s("c", "press", "2026-01-06"),
      s("d", undefined, "2025-06"),
    ];
    expect(sortSources(list, "grade").map((x) => x.id)).toEqual(["b", "c", "a", "d"]);
    expect(sortSources(list, "newest").map((x) => x.id)).toEqual(["c", "d", "a", "b"]);
    expect(sortSources(list, "oldest").map((x) => x.id)).toEqual(["b", "a", "d", "c"]);
  });
});
