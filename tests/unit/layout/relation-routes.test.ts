// Relation lines are routed through the free corridors of the tree: none runs across a card.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { CARD, layoutTree } from "../../../src/layout/tree";
import type { Orientation, TreeLayout } from "../../../src/layout/tree";
import { crossedCards, routeRelations } from "../../../src/layout/relation-routes";
import { CommandModel } from "../../../src/model/schema";
import { defaultStageId, resolveStage } from "../../../src/model";
import { indexModel } from "../../../src/state/selectors";
import { synthModel } from "../../../bench/synth";

const model = CommandModel.parse(JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8")));

function routesAt(raw: typeof model, stage: string | null, orientation: Orientation, open: "all" | "roots") {
  const resolved = resolveStage(raw, stage ?? defaultStageId(raw));
  const index = indexModel(resolved);
  const expanded = open === "all" ? new Set(index.children.keys()) : new Set(index.roots.map((u) => u.id));
  const layout = layoutTree(index.roots, index.children, expanded, orientation);
  // A relation of a unit in a closed branch is drawn from the branch's card, as on screen.
  const shown = (id: string) => {
    for (let at: string | undefined = id; at; at = index.units.get(at)?.parent ?? undefined) {
      const card = layout.byId.get(at);
      if (card) return card;
    }
    return undefined;
  };
  const requests = resolved.relations
    .map((r) => ({ id: r.id, from: shown(r.from), to: shown(r.to) }))
    .filter((r): r is { id: string; from: NonNullable<typeof r.from>; to: NonNullable<typeof r.to> } =>
      Boolean(r.from && r.to && r.from !== r.to),
    );
  return { layout, requests, routes: routeRelations(layout.cards, requests, CARD, orientation) };
}

function crossings(layout: TreeLayout, requests: { id: string; from: { id: string }; to: { id: string } }[], routes: Map<string, [number, number][]>) {
  return requests.flatMap((r) => {
    const route = routes.get(r.id);
    if (!route) return [`${r.id}: no route`];
    return crossedCards(route, layout.cards, CARD, [r.from.id, r.to.id]).map((c) => `${r.id} crosses ${c}`);
  });
}

const STAGES = model.stages.map((s) => s.id);
const CASES = STAGES.flatMap((stage) =>
  (["top-down", "left-right"] as const).flatMap((orientation) =>
    (["all", "roots"] as const).map((open) => ({ stage, orientation, open })),
  ),
);

describe("routeRelations", () => {
  it.each(CASES)("routes no relation across a card: stage $stage, $orientation, $open open", ({ stage, orientation, open }) => {
    const { layout, requests, routes } = routesAt(model, stage, orientation, open);
    expect(crossings(layout, requests, routes)).toEqual([]);
  });

  it("starts and ends each route on the side of its two cards, in straight orthogonal segments", () => {
    const { layout, requests, routes } = routesAt(model, null, "top-down", "all");
    expect(requests.length).toBeGreaterThan(3);
    for (const r of requests) {
      const route = routes.get(r.id)!;
      const [sx, sy] = route[0]!;
      const [ex, ey] = route.at(-1)!;
      const from = layout.byId.get(r.from.id)!;
      const to = layout.byId.get(r.to.id)!;
      expect([from.x, from.x + CARD.w]).toContain(sx);
      expect(sy).toBeGreaterThan(from.y);
      expect(sy).toBeLessThan(from.y + CARD.h);
      expect([to.x, to.x + CARD.w]).toContain(ex);
      expect(ey).toBeGreaterThan(to.y);
      for (let i = 1; i < route.length; i++)
        expect(route[i]![0] === route[i - 1]![0] || route[i]![1] === route[i - 1]![1]).toBe(true);
    }
  });

  it("routes 120 relations of a 300-unit synthetic model clear of its cards", () => {
    const raw = synthModel(300, 11) as { units: { id: string }[]; relations: unknown[]; meta: { sources: { id: string }[] } };
    // Deterministic pairs far apart and near: across levels, within a level, up and down.
    raw.relations = Array.from({ length: 120 }, (_, i) => ({
      id: `r-${i}`,
      kind: "coordinates",
      from: raw.units[(i * 37) % raw.units.length]!.id,
      to: raw.units[(i * 91 + 5) % raw.units.length]!.id,
      status: "planned",
      sources: [raw.meta.sources[0]!.id],
    })).filter((r) => r.from !== r.to);
    const synth = CommandModel.parse(raw);
    const { layout, requests, routes } = routesAt(synth, null, "top-down", "all");
    expect(requests.length).toBeGreaterThan(100);
    expect(crossings(layout, requests, routes)).toEqual([]);
  });
});
