// The chart layout: a pure function from the unit tree and the expanded set to cards and links.
import { describe, expect, it } from "vitest";
import { CARD, WRAP_AFTER, layoutTree, overlappingPairs, subtreeBounds } from "../../../src/layout/tree";
import type { ChartCard, Orientation } from "../../../src/layout/tree";
import { CommandModel } from "../../../src/model/schema";
import { defaultStageId, resolveStage } from "../../../src/model";
import type { Unit } from "../../../src/model";
import { indexModel } from "../../../src/state/selectors";
import { synthModel } from "../../../bench/synth";
import { readFileSync } from "node:fs";

function indexOf(raw: unknown) {
  const model = CommandModel.parse(raw);
  return indexModel(resolveStage(model, defaultStageId(model)));
}

const synth = indexOf(synthModel(800, 42));
const allOpen = new Set(synth.children.keys());
const mnfu = indexOf(JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8")));
const ORIENTATIONS: Orientation[] = ["top-down", "left-right"];

describe("layoutTree", () => {
  it.each(ORIENTATIONS)("never overlaps two cards of an 800-unit model, fully open, %s", (orientation) => {
    const { cards } = layoutTree(synth.roots, synth.children, allOpen, orientation);
    expect(cards).toHaveLength(synth.units.size);
    expect(overlappingPairs(cards)).toEqual([]);
  });

  it.each(ORIENTATIONS)("never overlaps the default model's cards, %s", (orientation) => {
    const { cards } = layoutTree(mnfu.roots, mnfu.children, new Set(mnfu.children.keys()), orientation);
    expect(overlappingPairs(cards)).toEqual([]);
  });

  it.each(ORIENTATIONS)(
    "gives each link a last leg into its child that ends where the link ends and no sibling shares, %s",
    (orientation) => {
      // A per-link mark (our reading's hollow line) is drawn on the leg, never on a shared trunk.
      const layout = layoutTree(synth.roots, synth.children, allOpen, orientation);
      const end = (d: string) => {
        const numbers = d.match(/-?[\d.]+/g)!.map(Number);
        return numbers.slice(-1)[0];
      };
      const segments = new Map<string, string>();
      for (const link of layout.links) {
        expect(link.path.endsWith(link.leg.replace(/^M[^VH]+/, ""))).toBe(true);
        expect(end(link.leg)).toBe(end(link.path));
        const start = /^M([-\d.]+),([-\d.]+)/.exec(link.leg)!.slice(1).join(",");
        expect(segments.get(start), `${link.target} and ${segments.get(start)} share a leg`).toBeUndefined();
        segments.set(start, link.target);
      }
    },
  );

  it("places parents above their children top-down, and left of them left-to-right", () => {
    for (const orientation of ORIENTATIONS) {
      const layout = layoutTree(synth.roots, synth.children, allOpen, orientation);
      for (const card of layout.cards) {
        if (!card.parentId) continue;
        const parent = layout.byId.get(card.parentId)!;
        if (orientation === "top-down") expect(parent.y).toBeLessThan(card.y);
        else expect(parent.x).toBeLessThan(card.x);
      }
    }
  });

  it("lists parents before their children, so one pass can walk the tree", () => {
    const { cards } = layoutTree(synth.roots, synth.children, allOpen);
    const seen = new Set<string>();
    for (const card of cards) {
      if (card.parentId) expect(seen.has(card.parentId)).toBe(true);
      seen.add(card.id);
    }
  });

  it("is deterministic: the same input gives the same positions", () => {
    const a = layoutTree(synth.roots, synth.children, allOpen);
    const b = layoutTree(synth.roots, synth.children, new Set(allOpen));
    expect(b.cards.map((c) => [c.id, c.x, c.y])).toEqual(a.cards.map((c) => [c.id, c.x, c.y]));
    expect(b.links.map((l) => l.path)).toEqual(a.links.map((l) => l.path));
  });

  it("shows only what is expanded, and links each shown child to its parent", () => {
    const rootsOnly = layoutTree(synth.roots, synth.children, new Set());
    expect(rootsOnly.cards.map((c) => c.id)).toEqual(synth.roots.map((u) => u.id));
    expect(rootsOnly.links).toEqual([]);
    expect(rootsOnly.cards.every((c) => c.hasChildren === (synth.children.get(c.id)?.length ?? 0) > 0)).toBe(
      true,
    );

    const root = synth.roots[0]!;
    const one = layoutTree(synth.roots, synth.children, new Set([root.id]));
    const kids = synth.children.get(root.id)!;
    expect(one.cards).toHaveLength(synth.roots.length + kids.length);
    expect(
      one.links
        .filter((l) => l.source === root.id)
        .map((l) => l.target)
        .sort(),
    ).toEqual(kids.map((k) => k.id).sort());
  });

  it("wraps a wide level of leaves into columns, so the chart stays compact", () => {
    const unit = (id: string, parent?: string) => ({ id, name: id, shortName: id, parent }) as Unit;
    const parent = unit("hq");
    const kids = Array.from({ length: 10 }, (_, i) => unit(`leaf-${i}`, "hq"));
    const layout = layoutTree([parent], new Map([["hq", kids]]), new Set(["hq"]));
    const leafCards = kids.map((k) => layout.byId.get(k.id)!);
    // Short columns for a landscape screen: 10 leaves in 4 columns of at most 3.
    const columns = new Set(leafCards.map((c) => c.x));
    expect(columns.size).toBe(4);
    expect(Math.max(...[...columns].map((x) => leafCards.filter((c) => c.x === x).length))).toBe(3);
    expect(leafCards.every((c) => c.y > layout.byId.get("hq")!.y)).toBe(true);
    expect(overlappingPairs(layout.cards)).toEqual([]);
    // Every leaf still hangs from its real parent.
    expect(layout.links.filter((l) => l.source === "hq")).toHaveLength(10);
    expect(leafCards.every((c) => c.parentId === "hq" && c.depth === 1)).toBe(true);
  });

  it("keeps a branch in the row and stacks its leaf siblings beside it, top level included", () => {
    const unit = (id: string, parent?: string) => ({ id, name: id, shortName: id, parent }) as Unit;
    const kids = [unit("branch", "hq"), ...Array.from({ length: 4 }, (_, i) => unit(`leaf-${i}`, "hq"))];
    const roots = [unit("hq"), unit("side-a"), unit("side-b"), unit("side-c")];
    const children = new Map([
      ["hq", kids],
      ["branch", [unit("twig", "branch")]],
    ]);
    const layout = layoutTree(roots, children, new Set(["hq", "branch"]));
    const y = (id: string) => layout.byId.get(id)!.y;
    expect(y("branch")).toBe(y("leaf-0"));
    expect(y("leaf-1")).toBeGreaterThan(y("leaf-0"));
    // More than WRAP_AFTER roots: the leaf roots stack too, without a link between them.
    expect(roots.length).toBeGreaterThan(WRAP_AFTER);
    expect(y("side-b")).toBeGreaterThan(y("side-a"));
    expect(layout.links.some((l) => l.source === "side-a")).toBe(false);
    expect(overlappingPairs(layout.cards)).toEqual([]);
  });

  it("bounds every card, and subtreeBounds bounds one tree's cards", () => {
    const layout = layoutTree(synth.roots, synth.children, allOpen);
    const inside = (c: ChartCard, b: { x: number; y: number; w: number; h: number }) =>
      c.x >= b.x && c.y >= b.y && c.x + CARD.w <= b.x + b.w && c.y + CARD.h <= b.y + b.h;
    expect(layout.cards.every((c) => inside(c, layout.bounds))).toBe(true);
    const root = synth.roots[0]!;
    const tree = subtreeBounds(layout, root.id)!;
    const other = layout.cards.find((c) => c.id === synth.roots[1]?.id);
    expect(
      layout.cards.filter((c) => c.id === root.id || c.parentId === root.id).every((c) => inside(c, tree)),
    ).toBe(true);
    if (other) expect(inside(other, tree)).toBe(false);
    expect(subtreeBounds(layout, "no-such-unit")).toBeNull();
  });
});

describe("overlappingPairs", () => {
  it("reports two cards that overlap, and not two that only touch", () => {
    const card = (id: string, x: number, y: number) => ({ id, x, y }) as ChartCard;
    expect(overlappingPairs([card("a", 0, 0), card("b", CARD.w - 1, CARD.h - 1)])).toEqual([["a", "b"]]);
    expect(overlappingPairs([card("a", 0, 0), card("b", CARD.w, 0)])).toEqual([]);
  });
});
