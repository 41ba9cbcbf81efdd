// The chart's pure rules: level of detail, culling, search, filters, keyboard moves, symbol codes.
import { describe, expect, it } from "vitest";
import { CARD, layoutTree } from "../../../src/layout/tree";
import type { ChartCard } from "../../../src/layout/tree";
import { cardsInRect, detailForScale, viewportInChart } from "../../../src/layout/lod";
import { hasActiveFilters, matchesFilters, searchUnits } from "../../../src/layout/search";
import { neighbourInDirection } from "../../../src/views/chart/chart-navigation";
import { unitSidc } from "../../../src/symbols/sidc";
import type { Role, Unit } from "../../../src/model";
import { NO_FILTERS } from "../../../src/state/store";

const unit = (id: string, extra: Partial<Unit> = {}): Unit =>
  ({
    id,
    name: id,
    shortName: id,
    kind: "formation",
    domains: [],
    status: "decided",
    sources: ["s"],
    description: id,
    ...extra,
  }) as Unit;

describe("level of detail and culling", () => {
  it("draws outlines only when text would be too small to read", () => {
    expect(detailForScale(1)).toBe("full");
    expect(detailForScale(0.5)).toBe("full");
    expect(detailForScale(0.2)).toBe("outline");
  });

  it("keeps the cards in and near the viewport, and drops the far ones", () => {
    const card = (id: string, x: number, y: number) => ({ id, x, y }) as ChartCard;
    const cards = [
      card("in", 100, 100),
      card("edge", 1000, 100),
      card("far", 10_000, 100),
      card("above", 100, -5000),
    ];
    const window = viewportInChart({ w: 1000, h: 800 }, { x: 0, y: 0, k: 1 }, 0);
    expect(cardsInRect(cards, window, CARD).map((c) => c.id)).toEqual(["in", "edge"]);
    // Zoomed out 10×, the same screen shows ten times as much of the chart.
    const wide = viewportInChart({ w: 1000, h: 800 }, { x: 0, y: 0, k: 0.1 }, 0);
    expect(cardsInRect(cards, wide, CARD).map((c) => c.id)).toEqual(["in", "edge", "far"]);
  });
});

describe("search and filters", () => {
  const units = [
    unit("kyiv-cell", {
      name: "Forward co-ordination cell, Kyiv",
      shortName: "Kyiv cell",
      status: "planned",
    }),
    unit("monitoring-cell", {
      name: "Coalition–US–Ukraine coordination cell",
      shortName: "Coordination cell",
      domains: ["land"],
    }),
    unit("loe-sea", { name: "Sea line of effort", shortName: "Sea", domains: ["sea"] }),
  ];

  it("finds units by any word of their name, short name or id, ignoring case and accents", () => {
    expect(searchUnits(units, "cell").map((u) => u.id)).toEqual(["kyiv-cell", "monitoring-cell"]);
    expect(searchUnits(units, "KYIV cell").map((u) => u.id)).toEqual(["kyiv-cell"]);
    expect(searchUnits(units, "Kýiv").map((u) => u.id)).toEqual(["kyiv-cell"]);
    expect(searchUnits(units, "   ")).toEqual([]);
    expect(searchUnits(units, "nothing")).toEqual([]);
  });

  it("matches a unit only when it passes every active filter", () => {
    const roles = [{ nation: "TR" } as Role];
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(matchesFilters(units[2]!, roles, { ...NO_FILTERS, domains: ["sea"] })).toBe(true);
    expect(matchesFilters(units[1]!, [], { ...NO_FILTERS, domains: ["sea"] })).toBe(false);
    expect(matchesFilters(units[0]!, [], { ...NO_FILTERS, statuses: ["planned", "proposed"] })).toBe(true);
    expect(matchesFilters(units[2]!, roles, { ...NO_FILTERS, domains: ["sea"], nations: ["RO"] })).toBe(
      false,
    );
    expect(matchesFilters(units[2]!, roles, { ...NO_FILTERS, nations: ["TR"] })).toBe(true);
  });

  it("leaves out a weakly sourced unit while the hide-weak filter is on, and only then", () => {
    const hideWeak = { ...NO_FILTERS, hideWeak: true };
    expect(hasActiveFilters(hideWeak)).toBe(true);
    expect(matchesFilters(units[0]!, [], hideWeak, true)).toBe(false);
    expect(matchesFilters(units[0]!, [], hideWeak, false)).toBe(true);
    expect(matchesFilters(units[0]!, [], NO_FILTERS, true)).toBe(true);
  });
});

describe("keyboard moves on the chart", () => {
  // a ─┬─ b ── d
  //    └─ c
  const a = unit("a");
  const b = unit("b", { parent: "a" });
  const c = unit("c", { parent: "a" });
  const d = unit("d", { parent: "b" });
  const children = new Map([
    ["a", [b, c]],
    ["b", [d]],
  ]);

  it("goes up to the parent, down to the first child, and across to siblings, top-down", () => {
    const layout = layoutTree([a], children, new Set(["a", "b"]));
    const at = (id: string) => layout.byId.get(id)!;
    expect(neighbourInDirection(layout, at("b"), "ArrowUp")).toBe("a");
    expect(neighbourInDirection(layout, at("a"), "ArrowDown")).toBe("b");
    expect(neighbourInDirection(layout, at("b"), "ArrowRight")).toBe("c");
    expect(neighbourInDirection(layout, at("c"), "ArrowLeft")).toBe("b");
    expect(neighbourInDirection(layout, at("c"), "ArrowRight")).toBeNull();
    expect(neighbourInDirection(layout, at("a"), "ArrowUp")).toBeNull();
    expect(neighbourInDirection(layout, at("a"), "x")).toBeUndefined();
  });

  it("asks to open a closed branch before moving into it", () => {
    const layout = layoutTree([a], children, new Set(["a"]));
    expect(neighbourInDirection(layout, layout.byId.get("b")!, "ArrowDown")).toBe("expand");
  });

  it("turns the keys with the chart when it reads left to right", () => {
    const layout = layoutTree([a], children, new Set(["a", "b"]), "left-right");
    const at = (id: string) => layout.byId.get(id)!;
    expect(neighbourInDirection(layout, at("b"), "ArrowLeft")).toBe("a");
    expect(neighbourInDirection(layout, at("a"), "ArrowRight")).toBe("b");
    expect(neighbourInDirection(layout, at("b"), "ArrowDown")).toBe("c");
  });
});

describe("APP-6 symbol codes", () => {
  it("codes a friendly ground headquarters, present when decided and anticipated when planned", () => {
    expect(unitSidc(unit("hq", { kind: "headquarters", status: "decided" }))).toBe("SFGPU-----A----");
    expect(unitSidc(unit("hq", { kind: "headquarters", status: "planned" }))).toMatch(/^SFGA/);
    expect(unitSidc(unit("x", { status: "proposed" }))).toMatch(/^SFGA/);
  });

  it("gives a sea task group the mine warfare icon and an air-only unit the aviation icon", () => {
    expect(unitSidc(unit("mcm", { kind: "task-group", domains: ["sea"] }))).toMatch(/^SFSPCM/);
    expect(unitSidc(unit("air", { domains: ["air"] }))).toMatch(/^SFGPUCV/);
  });

  it("shows the echelon where the model knows it", () => {
    expect(unitSidc(unit("bde", { echelon: "brigade" })).charAt(11)).toBe("H");
    expect(unitSidc(unit("x")).charAt(11)).toBe("-");
    expect(unitSidc(unit("x"))).toHaveLength(15);
  });
});
