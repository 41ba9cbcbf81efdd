// @vitest-environment jsdom
// A statement resting on aggregators alone is marked "weakly sourced" wherever it is shown (the
// details, the structure row, the matrix, the summary, the chart card), and only then; every
// citation shows its source's grade; the filter hides weak statements in every view.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { minimalModel } from "../unit/model/builders";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderApp, renderAppWithoutWaiting, serve, structureTree } from "./render-app";
import { isWeaklySourced, resolveStage, weaklySourcedStatements } from "../../src/model";
import { validateModel } from "../../src/model/validate";
import type { Model, Unit } from "../../src/model";
import { layoutTree } from "../../src/layout/tree";
import { renderCard } from "./render-card";

const WEAK = /weakly sourced/i;
const details = () => screen.getByRole("region", { name: "Details" });

/** Two units; the cell and one of each kind of statement rest on an aggregator alone. */
function fixture() {
  const raw = minimalModel();
  raw.meta.title = "Weak fixture";
  raw.meta.sources[0]!.grade = "press";
  raw.meta.sources.push(
    { id: "agg", title: "A rewrite", publisher: "Rewrites Daily", grade: "aggregator", date: "2025-07" },
    {
      id: "wire",
      title: "Agency copy",
      publisher: "Local Paper",
      original: "Reuters",
      grade: "wire",
      date: "2025-07-10",
    },
  );
  raw.nations.push({ code: "GB", name: "United Kingdom" });
  raw.units[1]!.sources = ["agg"]; // the cell: a weakly sourced unit
  raw.units[1]!.kind = "forward-element";
  raw.roles.push(
    { id: "fr-weak", nation: "FR", role: "lead", in: "cell", status: "reported", sources: ["agg"] },
    {
      id: "gb-strong",
      nation: "GB",
      role: "contributor",
      in: "cell",
      status: "reported",
      sources: ["agg", "wire"],
    },
  );
  raw.relations.push({
    id: "cell-supports-hq",
    kind: "supports",
    from: "cell",
    to: "hq",
    status: "reported",
    sources: ["agg"],
  });
  raw.claims.push(
    {
      id: "weak-claim",
      about: "cell",
      kind: "fact",
      text: "Only an aggregator says this.",
      status: "reported",
      sources: ["agg"],
    },
    {
      id: "strong-claim",
      about: "cell",
      kind: "fact",
      text: "A wire story says this.",
      status: "reported",
      sources: ["agg", "wire"],
    },
  );
  return raw;
}

function load(raw = fixture()): Model {
  const result = validateModel(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.model;
}

async function renderFixture(query: string) {
  serve("/models/weak.json", JSON.stringify(fixture()));
  renderAppWithoutWaiting(`?model=/models/weak.json&${query}`);
  await screen.findByRole("heading", { level: 1, name: "Weak fixture" }, { timeout: 10_000 });
}

/** The list item (or line) that holds a piece of text. */
const itemWith = (text: string | RegExp) => within(details()).getByText(text).closest("li")!;

describe("weakly sourced statements", () => {
  it("are marked in the details, each one, and no statement with a stronger source is", async () => {
    await renderFixture("view=summary&unit=cell");
    // The unit itself, next to its status.
    expect(within(details()).getByRole("heading", { level: 2 })).toHaveTextContent("Cell");
    expect(details().querySelector(".status-line")).toHaveTextContent(WEAK);
    // Its role, relation and claim that rest on the aggregator alone…
    expect(itemWith("France")).toHaveTextContent(WEAK);
    expect(
      within(details()).getByRole("heading", { name: "Relations" }).closest("section")!,
    ).toHaveTextContent(WEAK);
    expect(itemWith("Only an aggregator says this.")).toHaveTextContent(WEAK);
    // …but not those that also cite a wire story: the strongest source decides.
    expect(itemWith("United Kingdom")).not.toHaveTextContent(WEAK);
    expect(itemWith("A wire story says this.")).not.toHaveTextContent(WEAK);
    // As many marks as weak statements shown: the unit, the French role, the relation, the claim.
    expect(details().querySelectorAll(".weak-mark")).toHaveLength(4);
  });

  it("are marked on the unit's structure row, in words and in its accessible name", async () => {
    await renderFixture("view=summary");
    const row = within(structureTree()).getByRole("treeitem", { name: /^Cell, .*weakly sourced/ });
    expect(row).toHaveTextContent(WEAK);
    expect(within(structureTree()).getByRole("treeitem", { name: /^Headquarters/ })).not.toHaveTextContent(
      WEAK,
    );
  });

  it("are marked in the matrix: the weak unit's column and the weak role's cell, not the stronger one", async () => {
    await renderFixture("view=matrix");
    const table = await screen.findByRole("table", {}, { timeout: 10_000 });
    const cellColumn = within(table).getByRole("columnheader", { name: /^Cell/ });
    expect(cellColumn).toHaveTextContent(WEAK);
    expect(within(table).getByRole("columnheader", { name: /^HQ/ })).not.toHaveTextContent(WEAK);
    expect(within(table).getByRole("row", { name: /^France/ })).toHaveTextContent(WEAK);
    expect(within(table).getByRole("row", { name: /^United Kingdom/ })).not.toHaveTextContent(WEAK);
  });

  it("are marked on the chart card, as the chart computes it", () => {
    const model = load();
    const sources = new Map(model.meta.sources.map((s) => [s.id, s]));
    const units = model.units as Unit[];
    const layout = layoutTree([units[0]!], new Map([["hq", [units[1]!]]]), new Set(["hq"]));
    const drawCard = (id: string) =>
      renderCard(layout.byId.get(id)!, { weak: isWeaklySourced(layout.byId.get(id)!.unit.sources, sources) });
    const weakCard = drawCard("cell");
    expect(weakCard.getByRole("treeitem")).toHaveTextContent(WEAK);
    expect(weakCard.getByRole("treeitem")).toHaveAccessibleName(/weakly sourced/);
    weakCard.unmount();
    expect(drawCard("hq").getByRole("treeitem")).not.toHaveTextContent(WEAK);
  });

  it("can be hidden by the filter in every view, which says how many it hides and keeps the units", async () => {
    const user = userEvent.setup();
    await renderFixture("view=summary&unit=cell");
    await user.click(screen.getByRole("checkbox", { name: /Hide weakly sourced items/ }));
    expect(within(details()).queryByText("Only an aggregator says this.")).toBeNull();
    expect(within(details()).getByText("A wire story says this.")).toBeInTheDocument();
    expect(details()).toHaveTextContent(/3 weakly sourced statements are hidden by the filter/);
    expect(within(structureTree()).getByRole("treeitem", { name: /^Cell/ })).toBeInTheDocument();
    await user.click(within(details()).getByRole("button", { name: "Show them" }));
    expect(within(details()).getByText("Only an aggregator says this.")).toBeInTheDocument();
  });
});

describe("the default model's weakly sourced statements", () => {
  const model = load(JSON.parse(readFileSync(resolve(__dirname, "../../data/mnf-ukraine.json"), "utf8")));
  const sources = new Map(model.meta.sources.map((s) => [s.id, s]));
  const resolved = resolveStage(model, "2026-01");
  const weak = weaklySourcedStatements(resolved, sources);

  it("are the ones facts.md grades aggregator-only: the chiefs' meeting and planners (P-2)", () => {
    expect(weak.map((s) => `${s.kind}:${s.id}`)).toEqual(["claim:chiefs-met-in-paris"]);
  });

  it("each carries the mark in the details of what it is about", async () => {
    for (const statement of weak.filter((s) => s.kind === "claim")) {
      const claim = resolved.claims.find((c) => c.id === statement.id)!;
      const { unmount } = await renderApp(`?view=summary&unit=${claim.about}`);
      expect(itemWith(claim.text)).toHaveTextContent(WEAK);
      expect(itemWith(claim.text)).toHaveTextContent(/source grade: aggregator/);
      unmount();
    }
  });
});

describe("grades beside citations", () => {
  it("show each source's grade in words, name a carrier as such, and list the strongest first", async () => {
    await renderFixture("view=summary&unit=cell");
    const strong = itemWith("A wire story says this.");
    expect(strong).toHaveTextContent(/Reuters, as carried by Local Paper, 10 July 2025\s*source grade: wire/);
    expect(strong).toHaveTextContent(/Rewrites Daily, July 2025\s*source grade: aggregator/);
    const links = within(strong as HTMLElement)
      .getAllByRole("link")
      .map((a) => a.textContent);
    expect(links).toEqual(["Reuters, as carried by Local Paper, 10 July 2025", "Rewrites Daily, July 2025"]);
    const list = within(details()).getByRole("heading", { name: "Sources" }).closest("section")!;
    expect(list).toHaveTextContent(/wire\s*Agency copy, Reuters, as carried by Local Paper/);
  });

  it("say “not graded” for a model without grades, which still loads", async () => {
    const raw = minimalModel();
    raw.meta.title = "Ungraded fixture";
    serve("/models/ungraded.json", JSON.stringify(raw));
    renderAppWithoutWaiting("?model=/models/ungraded.json&view=summary&unit=hq");
    await screen.findByRole("heading", { level: 1, name: "Ungraded fixture" }, { timeout: 10_000 });
    expect(details().querySelector(".status-line")).toHaveTextContent(/source grade: not graded/);
    expect(details()).not.toHaveTextContent(WEAK);
  });
});
