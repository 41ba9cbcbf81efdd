// Where the chart opens, across every screen width a briefer or a student may have.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { CARD, CARD_NAME_PX, layoutTree } from "../../../src/layout/tree";
import type { Orientation } from "../../../src/layout/tree";
import { cardsInView, cutCards, nearestAllowed, pickViewport } from "../../../src/layout/viewport";
import { CommandModel } from "../../../src/model/schema";
import { defaultStageId, resolveStage } from "../../../src/model";
import { indexModel } from "../../../src/state/selectors";
import { synthModel } from "../../../bench/synth";

const model = CommandModel.parse(JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8")));
const OPTIONS = { card: CARD, namePx: CARD_NAME_PX, minNamePx: 14, padding: 16, maxScale: 1 };

function layoutAt(stage: string | null, orientation: Orientation = "top-down", raw: unknown = null) {
  const m = raw ? CommandModel.parse(raw) : model;
  const index = indexModel(resolveStage(m, stage ?? defaultStageId(m)));
  return layoutTree(index.roots, index.children, new Set(index.children.keys()), orientation);
}

/** Chart boxes from phones to a 2560-px wall: each width with a short, a typical and a tall box. */
const BOXES = Array.from({ length: (2560 - 360) / 40 + 1 }, (_, i) => 360 + i * 40).flatMap((width) => {
  const w = width - 40;
  return [0.35, 0.5, 0.75].map((ratio) => ({ w, h: Math.max(300, Math.round(w * ratio)) }));
});
const STAGES = model.stages.map((s) => s.id);

describe("pickViewport", () => {
  it.each(STAGES)("never opens stage %s with a card cut by the edge, at any width", (stage) => {
    for (const orientation of ["top-down", "left-right"] as const) {
      const layout = layoutAt(stage, orientation);
      for (const box of BOXES) {
        const view = pickViewport(layout, box, OPTIONS);
        expect(cutCards(layout.cards, box, view, CARD).map((c) => c.id), `${orientation} ${box.w}×${box.h}`).toEqual([]);
      }
    }
  });

  it("shows the whole default chart with names of at least 14 px where that fits, else the top at 14 px", () => {
    const layout = layoutAt(null);
    let whole = 0;
    for (const box of BOXES) {
      const view = pickViewport(layout, box, OPTIONS);
      const namePx = view.k * CARD_NAME_PX;
      const inView = cardsInView(layout.cards, box, view, CARD);
      if (view.whole) {
        whole++;
        expect(inView).toHaveLength(layout.cards.length);
        expect(namePx).toBeGreaterThanOrEqual(14);
      } else {
        // Names stay legible, and the top of the tree is in view.
        expect(namePx, `${box.w}×${box.h}`).toBeGreaterThanOrEqual(14 - 1e-9);
        expect(inView.map((c) => c.id)).toContain(layout.cards[0]!.id);
        const top = layout.cards[0]!.y * view.k + view.y;
        expect(top).toBeLessThan(box.h / 2);
      }
    }
    expect(whole).toBeGreaterThan(0);
  });

  it("fits the whole default chart at 14 px on a 1280-wide laptop and a 1920-wide projector", () => {
    const layout = layoutAt(null);
    for (const box of [
      { w: 1230, h: 560 },
      { w: 1870, h: 800 },
    ]) {
      const view = pickViewport(layout, box, OPTIONS);
      expect(view.whole, `${box.w}×${box.h}`).toBe(true);
      expect(view.k * CARD_NAME_PX).toBeGreaterThanOrEqual(14);
    }
  });

  it("keeps the selected card in view when the whole chart does not fit", () => {
    const layout = layoutAt(null);
    const last = layout.cards.at(-1)!;
    const box = { w: 500, h: 700 };
    const view = pickViewport(layout, box, { ...OPTIONS, anchorId: last.id });
    expect(cardsInView(layout.cards, box, view, CARD).map((c) => c.id)).toContain(last.id);
    expect(cutCards(layout.cards, box, view, CARD)).toEqual([]);
  });

  it("frames a story step's cards, whole, when asked", () => {
    const layout = layoutAt(null);
    const ids = layout.cards.slice(1, 3).map((c) => c.id);
    const box = { w: 1200, h: 700 };
    const view = pickViewport(layout, box, { ...OPTIONS, frameIds: ids });
    const inView = cardsInView(layout.cards, box, view, CARD).map((c) => c.id);
    for (const id of ids) expect(inView).toContain(id);
    expect(cutCards(layout.cards, box, view, CARD)).toEqual([]);
  });

  it("opens a 2,000-unit model at a legible size without cutting a card", () => {
    const layout = layoutAt(null, "top-down", synthModel(2000, 7));
    const box = { w: 1400, h: 800 };
    const view = pickViewport(layout, box, OPTIONS);
    expect(view.k * CARD_NAME_PX).toBeGreaterThanOrEqual(14);
    expect(cutCards(layout.cards, box, view, CARD)).toEqual([]);
  });
});

describe("nearestAllowed", () => {
  it("moves a window's edges out of the cards, to the nearest clean place", () => {
    // Cards at [0,100] and [120,220]; a window of 150: start 100..120 puts the left edge in the gap,
    // and its right edge (250..270) beyond the second card.
    expect(nearestAllowed(50, [[0, 100], [120, 220]], 150, -1000, 1000)).toBe(100);
    expect(nearestAllowed(0, [[0, 40]], 50, 0, 0)).toBe(0);
    expect(nearestAllowed(10, [[0, 100]], 50, 5, 20)).toBeNull();
  });
});
