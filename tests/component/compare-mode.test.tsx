// @vitest-environment jsdom
// Compare mode: the differences between two stages in plain words, grouped by unit and nation,
// each with its sources and grades; selecting one selects its unit everywhere. The structure,
// matrix and details mark what changed; removed items are shown, as such.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { removalModel, validModel } from "../unit/model/builders";
import { renderApp, renderAppWithoutWaiting, serve, structureTree } from "./render-app";
import { renderCard } from "./render-card";
import { compareStages } from "../../src/model";
import { layoutTree } from "../../src/layout/tree";
import { markDetail, markLabel, markSpoken } from "../../src/views/compare/compare-words";

const param = (name: string) => new URLSearchParams(window.location.search).get(name);
const details = () => screen.getByRole("region", { name: "Details" });
const differences = () => screen.findByRole("region", { name: /^What changed from/ }, { timeout: 10_000 });
/** The list item of the difference whose words match. */
const row = (list: HTMLElement, words: RegExp) =>
  within(list)
    .getAllByRole("listitem")
    .find((li) => li.classList.contains("difference") && words.test((li.textContent ?? "").trim()))!;
const group = (list: HTMLElement, heading: string) =>
  within(list)
    .getByRole("heading", { level: 4, name: new RegExp(`^${heading}`) })
    .closest("li")!;

describe("compare mode: March–April 2025 options → 10 July 2025", () => {
  it("lists the dropped ground-force option and mandate, each with its source and grade", async () => {
    await renderApp("?view=summary&compare=2025-03..2025-07");
    const list = await differences();
    expect(list).toHaveAccessibleName(
      "What changed from “March–April 2025 options” (March 2025) to “10 July 2025”",
    );
    const option = row(list, /^Large ground force behind the front line \(option\)/);
    expect(option).toHaveTextContent(
      "Large ground force behind the front line (option): option under discussion under Coalition, was proposed, now dropped",
    );
    expect(within(option).getByRole("link", { name: /^Justyna Gotkowska, July 2025\./ })).toBeInTheDocument();
    expect(option).toHaveTextContent(/analysis/);
    const mandate = row(list, /ceasefire enforcement|enforc/i);
    expect(mandate).toHaveTextContent(/was proposed, now dropped/);
    expect(
      within(mandate).getByRole("link", { name: /^Justyna Gotkowska, July 2025\./ }),
    ).toBeInTheDocument();
  });

  it("lists the new HQ, Kyiv cell and lines of effort as added, each with its source", async () => {
    await renderApp("?view=summary&compare=2025-03..2025-07");
    const list = await differences();
    const added: [string, string][] = [
      ["Coalition multinational headquarters", "headquarters under MNF-U, added, decided"],
      ["Forward co-ordination cell, Kyiv", "forward element under Coalition HQ, added, planned"],
      ["Land line of effort", "line of effort under MNF-U, added, planned"],
      ["Air line of effort", "line of effort under MNF-U, added, planned"],
      ["Sea line of effort", "line of effort under MNF-U, added, planned"],
    ];
    for (const [name, what] of added) {
      const unitRow = row(group(list, name), new RegExp(`^${name}: ${what.replace(/[()]/g, "\\$&")}`));
      expect(unitRow, name).toBeDefined();
      expect(within(unitRow).getAllByRole("link", { name: /\. Source: / }).length, name).toBeGreaterThan(0);
    }
  });

  it("marks the structure: the option's status changed, the HQ added", async () => {
    await renderApp("?view=summary&compare=2025-03..2025-07");
    await differences();
    expect(
      within(structureTree()).getByRole("treeitem", {
        name: /^Large ground force.*, dropped, option under discussion, status changed; was proposed$/,
      }),
    ).toHaveTextContent("Status changed");
    expect(
      within(structureTree()).getByRole("treeitem", {
        name: /^Coalition multinational headquarters, decided, headquarters, added$/,
      }),
    ).toHaveTextContent("Added");
  });
});

describe("compare mode: 10 July 2025 → January 2026", () => {
  it("shows the September 2025 pledges and the January 2026 additions with their statuses and stages", async () => {
    await renderApp("?view=summary&compare=2025-07..2026-01");
    const list = await differences();
    const pledged = row(group(list, "Multinational Force Ukraine"), /Countries that pledged troops/);
    expect(pledged).toHaveTextContent(
      /^Multinational Force Ukraine: Countries that pledged troops or a presence.*, not named in the source \(26 of the coalition's 35 countries\), added, planned \(in “4 September 2025”\)/,
    );
    expect(
      within(pledged).getByRole("link", { name: /^Associated Press, as carried by Prince George Citizen/ }),
    ).toBeInTheDocument();
    expect(row(group(list, "Coalition of the Willing"), /reassurance force/)).toHaveTextContent(
      /added, planned \(in “4 September 2025”\)/,
    );
    // The issue's own example, word for word, with its source and grade.
    const france = row(group(list, "France"), /^France: contributor to MNF-U/);
    expect(france).toHaveTextContent(
      /^France: contributor to MNF-U, added, planned — Office of the President of Ukraine, 6 January 2026/,
    );
    expect(france).toHaveTextContent(/official/);
    for (const name of [
      "Ceasefire monitoring",
      "Coalition–US–Ukraine coordination cell",
      "UK and French military hubs in Ukraine",
    ])
      expect(group(list, name), name).toHaveTextContent(/added, planned/);
    // Nations are grouped by name: Poland's new logistics lead is reported.
    expect(row(group(list, "Poland"), /^Poland: logistics lead of Coalition/)).toHaveTextContent(
      /added, reported/,
    );
  });

  it("across non-neighbouring stages: a new unit's pledges are listed, and a reworded item names both stages", async () => {
    await renderApp("?view=summary&compare=2025-03..2026-01");
    const list = await differences();
    // MNF-U is new in this pair: its 26 pledging nations are listed all the same.
    expect(
      row(group(list, "Multinational Force Ukraine"), /Countries that pledged troops/),
    ).toHaveTextContent(/added, planned \(in “4 September 2025”\)/);
    // The coalition's unnamed members, added in July 2025, carry January 2026's words and source.
    expect(row(group(list, "Coalition of the Willing"), /Other coalition members/)).toHaveTextContent(
      /added, decided \(in “10 July 2025”; changed again in “January 2026”\) — Office of the President of Ukraine/,
    );
  });

  it("selects a row's unit everywhere: the structure, the details and the URL", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&compare=2025-07..2026-01");
    const list = await differences();
    const france = row(group(list, "France"), /^France: contributor to MNF-U/);
    await user.click(
      within(france).getByRole("button", { name: "France: contributor to MNF-U, added, planned" }),
    );
    expect(param("unit")).toBe("mnf-u");
    expect(
      within(structureTree()).getByRole("treeitem", { name: /^Multinational Force Ukraine/ }),
    ).toHaveAttribute("aria-selected", "true");
    expect(within(details()).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Multinational Force Ukraine",
    );
    // The details say how MNF-U changed, each difference with its sources.
    const changes = within(details())
      .getByRole("heading", { name: "From “10 July 2025” to “January 2026”" })
      .closest("section")!;
    expect(changes).toHaveTextContent("Roles changed (2 roles added)");
    expect(changes).toHaveTextContent(/France: contributor to MNF-U, added, planned/);
    // A nation's group heading selects the nation.
    await user.click(within(group(list, "Poland")).getByRole("button", { name: "Poland" }));
    expect(param("nation")).toBe("PL");
  });

  it("marks each role in the matrix; unchanged ones are said to be so", async () => {
    await renderApp("?view=matrix&compare=2025-07..2026-01");
    const table = await screen.findByRole("table", {}, { timeout: 10_000 });
    const france = within(table).getByRole("row", { name: /^France/ });
    expect(within(france).getByText("Contributor").closest(".matrix-role")).toHaveTextContent(
      /Planned\s*Added/,
    );
    expect(within(france).getByRole("rowheader")).toHaveTextContent("Roles changed");
    expect(within(table).getByRole("row", { name: /^Poland/ })).toHaveTextContent(
      /Logistics lead\s*Reported\s*Added/,
    );
    expect(
      within(
        within(table)
          .getByRole("row", { name: /^Türkiye/ })
          .querySelector("th")!,
      ).getByText("Unchanged"),
    ).toHaveClass("visually-hidden");
  });
});

describe("compare mode with removed items", () => {
  it("shows a removed unit in the structure and the list, as removed, with its old status", async () => {
    serve("/models/removal.json", JSON.stringify(removalModel()));
    renderAppWithoutWaiting("?model=/models/removal.json&view=summary&compare=early..late");
    await screen.findByRole("heading", { level: 1, name: "Removal fixture" }, { timeout: 10_000 });
    const list = await differences();
    expect(row(list, /^Liaison team:/)).toHaveTextContent(
      "Liaison team: support element under Cell, removed (was proposed)",
    );
    expect(row(list, /^France:/)).toHaveTextContent("France: contributor to Team, removed (was proposed)");
    await waitFor(() =>
      expect(
        within(structureTree()).getByRole("treeitem", {
          name: /^Liaison team, proposed, support element, removed$/,
        }),
      ).toHaveTextContent("Removed"),
    );
    // Outside compare mode the later stage has no such unit.
    await userEvent.setup().click(screen.getByRole("button", { name: "Compare two stages" }));
    expect(within(structureTree()).queryByRole("treeitem", { name: /^Liaison team/ })).toBeNull();
  });

  it("draws a removed unit as a ghost card with its change in words", () => {
    const { union, marks } = compareStages(validModel(removalModel()), { from: "early", to: "late" });
    const units = union.units;
    const layout = layoutTree(
      [units[0]!],
      new Map([
        ["hq", [units[1]!]],
        ["cell", [units[2]!]],
      ]),
      new Set(["hq", "cell"]),
    );
    const mark = marks.units.get("team")!;
    const { getByRole } = renderCard(layout.byId.get("team")!, {
      change: {
        change: mark.change,
        label: markLabel(mark, "unit"),
        detail: markDetail(mark),
        spoken: markSpoken(mark, "unit"),
      },
    });
    const card = getByRole("treeitem");
    expect(card).toHaveClass("change-removed");
    expect(card).toHaveTextContent("Removed");
    expect(card).toHaveAccessibleName(/, proposed, removed$/);
    // Its outline is the removed line style (dashed in CSS), drawn around the card.
    expect(card.querySelector(".change-outline rect")).not.toBeNull();
  });
});
