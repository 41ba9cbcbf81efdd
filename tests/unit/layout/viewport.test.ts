// Where the chart opens, across every screen a briefer or a student may have: phones held either
// way, laptops, projectors and walls, with the chart top-down or left to right.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { CARD, CARD_NAME_PX, layoutTree } from "../../../src/layout/tree";
import type { CardSize, ChartCard, Orientation, TreeLayout } from "../../../src/layout/tree";
import {
  EDGE_MARGIN,
  cardsInView,
  cutCards,
  cutShare,
  nearestAllowed,
  pickViewport,
  readableScales,
} from "../../../src/layout/viewport";
import type { Viewport } from "../../../src/layout/viewport";
import { CommandModel } from "../../../src/model/schema";
import { defaultStageId, resolveStage } from "../../../src/model";
import { indexModel } from "../../../src/state/selectors";
import { synthModel } from "../../../bench/synth";

const model = CommandModel.parse(JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8")));
const OPTIONS = { card: CARD, namePx: CARD_NAME_PX, minNamePx: 14, padding: 16, maxScale: 1 };
const LEGIBLE = OPTIONS.minNamePx / OPTIONS.namePx;

function layoutAt(stage: string | null, orientation: Orientation = "top-down", raw: unknown = null) {
  const m = raw ? CommandModel.parse(raw) : model;
  const index = indexModel(resolveStage(m, stage ?? defaultStageId(m)));
  return layoutTree(index.roots, index.children, new Set(index.children.keys()), orientation);
}

/**
 * Chart boxes from phones to a 2560-px wall: each width with landscape boxes (short, typical,
 * tall) and portrait ones (a phone or tablet held upright), plus the boxes the app measures in
 * Chromium at common window sizes (360 × 740, 390 × 844 and the same turned, 768 × 1024 …).
 */
const MEASURED = [
  { w: 304, h: 485 },
  { w: 334, h: 589 },
  { w: 782, h: 366 },
  { w: 680, h: 354 },
  { w: 708, h: 748 },
  { w: 987, h: 423 },
  { w: 1240, h: 479 },
  { w: 1325, h: 439 },
  { w: 1878, h: 750 },
  { w: 2518, h: 1192 },
];
const BOXES = [
  ...Array.from({ length: (2560 - 360) / 40 + 1 }, (_, i) => 360 + i * 40).flatMap((width) => {
    const w = width - 40;
    return [0.35, 0.5, 0.75, 1.3, 1.8].map((ratio) => ({ w, h: Math.max(300, Math.round(w * ratio)) }));
  }),
  ...MEASURED,
];
const STAGES = model.stages.map((s) => s.id);
const ORIENTATIONS = ["top-down", "left-right"] as const;

/** The chart on its side (x and y swapped), so one search covers both orientations. */
function turned(layout: TreeLayout, box: { w: number; h: number }, card: CardSize) {
  if (layout.orientation !== "left-right") return { cards: layout.cards, box, card, top: layout.bounds.y };
  return {
    cards: layout.cards.map((c) => ({ ...c, x: c.y, y: c.x })),
    box: { w: box.h, h: box.w },
    card: { w: card.h, h: card.w },
    top: layout.bounds.x,
  };
}

/**
 * Brute force, apart from the picker's own search: is there a readable view (names ≥ 14 px, one
 * card fits) that keeps the top card whole with the top of the tree at the top (its padding
 * above it, or up to 1.5 card heights more), shows another card whole if it is closer than the
 * smallest readable scale, and whose four edges stay EDGE_MARGIN px clear of every card? Scales in steps of
 * 1 %; for each, every offset where an edge meets a card's margin is tried, which is exact: the
 * clean offsets form boxes whose corners are among them.
 */
function cleanReadableFrameExists(layout: TreeLayout, screen: { w: number; h: number }): boolean {
  const { cards, box, card, top } = turned(layout, screen, CARD);
  const anchor = cards[0]!;
  const oneCard = Math.min((box.w - 2 * OPTIONS.padding) / card.w, (box.h - 2 * OPTIONS.padding) / card.h);
  for (let k = Math.min(LEGIBLE, oneCard); k <= oneCard; k *= 1.01) {
    const [W, H, m] = [box.w / k, box.h / k, EDGE_MARGIN / k];
    const xs = [anchor.x + card.w + m - W, anchor.x - m];
    // The top of the tree at the top: at most 1.5 card heights further down than the padding.
    const ys = [
      Math.max(anchor.y + card.h + m - H, top - OPTIONS.padding / k - 1.5 * card.h),
      top - OPTIONS.padding / k,
    ];
    for (const c of cards) {
      xs.push(c.x - m, c.x + card.w + m, c.x - m - W, c.x + card.w + m - W);
      ys.push(c.y - m, c.y + card.h + m, c.y - m - H, c.y + card.h + m - H);
    }
    for (const y0 of ys) {
      if (y0 < ys[0]! - 1e-6 || y0 > ys[1]! + 1e-6) continue;
      for (const x0 of xs) {
        if (x0 < xs[0]! - 1e-6 || x0 > xs[1]! + 1e-6) continue;
        const crosses = (a: number, b: number, edge: number) => a - m < edge - 1e-6 && edge + 1e-6 < b + m;
        const clean = cards.every(
          (c) =>
            !(
              c.y + card.h + m > y0 &&
              c.y - m < y0 + H &&
              (crosses(c.x, c.x + card.w, x0) || crosses(c.x, c.x + card.w, x0 + W))
            ) &&
            !(
              c.x + card.w + m > x0 &&
              c.x - m < x0 + W &&
              (crosses(c.y, c.y + card.h, y0) || crosses(c.y, c.y + card.h, y0 + H))
            ),
        );
        // The top card alone, zoomed in past the smallest readable scale, is no picture of the structure.
        const whole = cards.filter(
          (c) => c.x >= x0 && c.x + card.w <= x0 + W && c.y >= y0 && c.y + card.h <= y0 + H,
        ).length;
        if (clean && (whole >= 2 || k === Math.min(LEGIBLE, oneCard))) return true;
      }
    }
  }
  return false;
}

const namePx = (view: Viewport) => view.k * CARD_NAME_PX;

describe("pickViewport", () => {
  it.each(STAGES)(
    "opens stage %s at every width 360–2560, landscape and portrait, both orientations, readable and with no card cut — or, only where no clean readable frame exists, at the least-cut readable one",
    (stage) => {
      for (const orientation of ORIENTATIONS) {
        const layout = layoutAt(stage, orientation);
        for (const box of BOXES) {
          const view = pickViewport(layout, box, OPTIONS);
          const where = `${stage} ${orientation} ${box.w}×${box.h}`;
          expect(namePx(view), `names in CSS px, ${where}`).toBeGreaterThanOrEqual(14 - 1e-9);
          const cut = cutCards(layout.cards, box, view, CARD).map((c) => c.id);
          if (view.clean) expect(cut, where).toEqual([]);
          else
            expect(cleanReadableFrameExists(layout, box), `a clean readable frame exists at ${where}`).toBe(
              false,
            );
          // The top of the tree is always whole in view.
          expect(
            cardsInView(layout.cards, box, view, CARD).map((c) => c.id),
            where,
          ).toContain(layout.cards[0]!.id);
        }
      }
    },
  );

  it("shows the whole default chart where that fits, else its top at the top of the view (its padding above, or at most 1.5 card heights more)", () => {
    for (const orientation of ORIENTATIONS) {
      const layout = layoutAt(null, orientation);
      let whole = 0;
      for (const box of BOXES) {
        const view = pickViewport(layout, box, OPTIONS);
        const inView = cardsInView(layout.cards, box, view, CARD);
        if (view.whole) {
          whole++;
          expect(inView).toHaveLength(layout.cards.length);
        } else {
          const [top, depth] =
            orientation === "top-down" ? (["y", CARD.h] as const) : (["x", CARD.w] as const);
          const blank = layout.bounds[top] * view.k + view[top];
          expect(blank, `${orientation} ${box.w}×${box.h}`).toBeGreaterThanOrEqual(OPTIONS.padding - 1e-6);
          expect(blank, `${orientation} ${box.w}×${box.h}`).toBeLessThanOrEqual(
            OPTIONS.padding + 1.5 * depth * view.k + 1e-6,
          );
        }
      }
      expect(whole, orientation).toBeGreaterThan(BOXES.length / 3);
    }
  });

  it("fits the whole default chart at 14 px or more in a 1280 × 800 laptop's chart and a 1920 × 1080 projector's", () => {
    const layout = layoutAt(null);
    for (const box of [
      { w: 1240, h: 479 },
      { w: 1878, h: 750 },
    ]) {
      const view = pickViewport(layout, box, OPTIONS);
      expect(view.whole, `${box.w}×${box.h}`).toBe(true);
      expect(cardsInView(layout.cards, box, view, CARD)).toHaveLength(layout.cards.length);
      expect(namePx(view)).toBeGreaterThanOrEqual(14);
    }
  });

  it("opens the default chart top-down in a 390 × 844 phone's chart (334 × 589) with its top two levels whole and nothing cut: the bottom edge in the gap between levels", () => {
    const layout = layoutAt(null);
    const box = { w: 334, h: 589 };
    const view = pickViewport(layout, box, OPTIONS);
    expect(view.clean).toBe(true);
    expect(cutCards(layout.cards, box, view, CARD)).toEqual([]);
    expect(namePx(view)).toBeGreaterThanOrEqual(14);
    expect(cardsInView(layout.cards, box, view, CARD).map((c) => c.id)).toEqual(["coalition", "mnf-u"]);
  });

  it("finds no clean readable frame for stage 2025-07 top-down in the same phone (its top card sits between its children's columns), so falls back to the least-cut readable frame: names ≥ 14 px, never outlines, the top card whole", () => {
    const layout = layoutAt("2025-07");
    const box = { w: 334, h: 589 };
    expect(cleanReadableFrameExists(layout, box)).toBe(false);
    const view = pickViewport(layout, box, OPTIONS);
    expect(view.clean).toBe(false);
    expect(namePx(view)).toBeGreaterThanOrEqual(14);
    // lod.ts draws outlines only below 0.35.
    expect(view.k).toBeGreaterThanOrEqual(LEGIBLE);
    expect(cardsInView(layout.cards, box, view, CARD).map((c) => c.id)).toContain("coalition");
    // The least cut: no readable frame around the top card cuts fewer cards less.
    const cost = (v: Viewport) =>
      cutCards(layout.cards, box, v, CARD).reduce((sum, c) => sum + 0.1 + cutShare(c, box, v, CARD), 0);
    // Both sides pay the same 0.1 per doubling of the scale; the picker also counts a card within
    // its 6 px edge margin as cut, which this grid does not, hence one cut card's worth of slack.
    const total = (v: Viewport) => cost(v) + 0.1 * Math.log2(v.k / LEGIBLE);
    const top = layout.cards[0]!;
    for (let k = LEGIBLE; k <= (box.w - 32) / CARD.w; k *= 1.05)
      for (let x0 = top.x + CARD.w - box.w / k; x0 <= top.x; x0 += 4)
        expect(
          total({ k, x: -x0 * k, y: 16 }),
          `k=${k.toFixed(2)} x0=${x0.toFixed(0)}`,
        ).toBeGreaterThanOrEqual(total(view) - 0.1 - 1e-6);
  });

  it("opens the default chart in a phone's embed (360 and 320 px wide, the chart 328 px tall) with the top card and one below it whole, not the top card alone blown up to fill the box", () => {
    const layout = layoutAt(null);
    for (const box of [
      { w: 348, h: 328 },
      { w: 308, h: 328 },
    ]) {
      const view = pickViewport(layout, box, OPTIONS);
      const whole = cardsInView(layout.cards, box, view, CARD).map((c) => c.id);
      expect(whole, `${box.w}×${box.h}`).toEqual(expect.arrayContaining(["coalition", "mnf-u"]));
      expect(namePx(view), `${box.w}×${box.h}`).toBeGreaterThanOrEqual(14);
    }
  });

  it("opens the default chart left to right in the same phone with a clean frame", () => {
    const layout = layoutAt(null, "left-right");
    const box = { w: 334, h: 589 };
    const view = pickViewport(layout, box, OPTIONS);
    expect(view.clean).toBe(true);
    expect(cutCards(layout.cards, box, view, CARD)).toEqual([]);
    expect(namePx(view)).toBeGreaterThanOrEqual(14);
  });

  it("keeps the selected card in view when the whole chart does not fit, its parent's level at the top", () => {
    const layout = layoutAt(null);
    const last = layout.cards.at(-1)!;
    const parent = layout.byId.get(last.parentId!)!;
    const box = { w: 700, h: 500 };
    const view = pickViewport(layout, box, { ...OPTIONS, anchorId: last.id });
    expect(view.whole).toBe(false);
    const inView = cardsInView(layout.cards, box, view, CARD).map((c) => c.id);
    expect(inView).toContain(last.id);
    expect(parent.y * view.k + view.y).toBeLessThan(box.h / 2);
    if (view.clean) expect(cutCards(layout.cards, box, view, CARD)).toEqual([]);
    expect(namePx(view)).toBeGreaterThanOrEqual(14);
  });

  it("opens a selection at the chart's side with the cards beside it, not the blank past the edge", () => {
    // The laptop's chart box with the details panel open (1280 × 800).
    const box = { w: 749, h: 425 };
    const shown = (id: string) => {
      const layout = layoutAt("2026-01");
      const view = pickViewport(layout, box, { ...OPTIONS, anchorId: id });
      expect(view.clean, id).toBe(true);
      expect(namePx(view)).toBeGreaterThanOrEqual(14);
      return cardsInView(layout.cards, box, view, CARD).map((c) => c.id);
    };
    // The Kyiv cell sits at the chart's left edge: its parent, its sibling and their neighbours.
    const kyiv = shown("kyiv-cell");
    expect(kyiv).toEqual(expect.arrayContaining(["kyiv-cell", "mnf-u-hq", "monitoring-cell"]));
    expect(kyiv.length).toBeGreaterThanOrEqual(5);
    // The CJF tops a tree of its own (nothing it belongs to): the chart's top level above it.
    expect(shown("cjf")).toEqual(expect.arrayContaining(["cjf", "mcm-black-sea"]));
  });

  it("opens every selection on a laptop (details panel open) with at least four cards whole, not beside the blank past the chart's side", () => {
    const box = { w: 749, h: 425 };
    for (const stage of STAGES)
      for (const orientation of ORIENTATIONS) {
        const layout = layoutAt(stage, orientation);
        for (const selected of layout.cards) {
          const where = `${stage} ${orientation} ${selected.id}`;
          const view = pickViewport(layout, box, { ...OPTIONS, anchorId: selected.id });
          const inView = cardsInView(layout.cards, box, view, CARD).map((c) => c.id);
          expect(inView, where).toContain(selected.id);
          expect(inView.length, where).toBeGreaterThanOrEqual(4);
          expect(namePx(view), where).toBeGreaterThanOrEqual(14);
          if (view.clean) expect(cutCards(layout.cards, box, view, CARD), where).toEqual([]);
        }
      }
    // The cases that opened half blank: the CJF and the MCM task group at the chart's right side
    // (two cards and 70 % blank), the ground force option and the headquarters at its left.
    const layout = layoutAt("2026-01");
    const blankPastSides = (view: Viewport) => {
      const { x, w } = layout.bounds;
      const left = x * view.k + view.x - OPTIONS.padding;
      const right = box.w - ((x + w) * view.k + view.x) - OPTIONS.padding;
      return Math.max(0, left) + Math.max(0, right);
    };
    for (const id of ["cjf", "mcm-black-sea", "ground-force-option"]) {
      const view = pickViewport(layout, box, { ...OPTIONS, anchorId: id });
      expect(blankPastSides(view), id).toBeLessThanOrEqual(1);
    }
    const hq = pickViewport(layout, box, { ...OPTIONS, anchorId: "mnf-u-hq" });
    expect(blankPastSides(hq)).toBeLessThan(box.w / 6);
    expect(cardsInView(layout.cards, box, hq, CARD).map((c) => c.id)).toEqual(
      expect.arrayContaining(["mnf-u-hq", "kyiv-cell", "monitoring-cell", "loe-land"]),
    );
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

  it("shows every card a presentation's step frames on a laptop, names shrinking from the room's 20 px to no less than 14 px", () => {
    // The chart's box while presenting at 1280 × 800 (header, key and caption take the rest).
    const box = { w: 1280, h: 372 };
    const room = { ...OPTIONS, minNamePx: 20, frameMinNamePx: 14, maxScale: 1.25 };
    for (const step of model.story!.steps.filter((s) => s.zoom?.length)) {
      const layout = layoutAt(step.stage!);
      const view = pickViewport(layout, box, { ...room, frameIds: step.zoom });
      const inView = cardsInView(layout.cards, box, view, CARD).map((c) => c.id);
      for (const id of step.zoom!) expect(inView, `${step.title}: ${id}`).toContain(id);
      expect(namePx(view), step.title).toBeGreaterThanOrEqual(14);
    }
    // Where they fit at the room's size, they keep it.
    const roomy = pickViewport(
      layoutAt("2025-07"),
      { w: 1880, h: 720 },
      { ...room, frameIds: ["mnf-u", "mnf-u-hq", "kyiv-cell"] },
    );
    expect(namePx(roomy)).toBeGreaterThanOrEqual(20);
  });

  it("frames a story step at the top of the tree from the top of the box, with the levels below it in view", () => {
    // The chart's box while presenting on a 1920 × 1080 projector and a 1280 × 800 laptop, and on
    // that laptop under a four-line caption and the full-screen notice (step 8).
    for (const box of [
      { w: 1920, h: 660 },
      { w: 1280, h: 404 },
      { w: 1280, h: 317 },
    ]) {
      const room = { ...OPTIONS, minNamePx: 20, frameMinNamePx: 14, maxScale: 1.25 };
      for (const step of model.story!.steps.filter((s) => s.zoom?.includes("coalition"))) {
        const layout = layoutAt(step.stage!);
        const view = pickViewport(layout, box, { ...room, frameIds: step.zoom });
        const where = `${step.title} in ${box.w} × ${box.h}`;
        // Centred, the Coalition's level sat 150-250 px down, nothing above it, and only two
        // levels showed. Now only what keeps the bottom edge clear of a card (less than half one).
        expect(layout.bounds.y * view.k + view.y, where).toBeLessThan((CARD.h * view.k) / 2);
        const levels = new Set(cardsInView(layout.cards, box, view, CARD).map((c) => c.y));
        expect(levels.size, where).toBeGreaterThanOrEqual(box.h > 600 ? 3 : 2);
        expect(cutCards(layout.cards, box, view, CARD), where).toEqual([]);
        // Taking the level below in does not shrink the names below the room's size.
        expect(namePx(view), where).toBeGreaterThanOrEqual(20 - 1e-6);
      }
    }
  });

  it("opens a 2,000-unit model at a legible size without cutting a card", () => {
    for (const orientation of ORIENTATIONS) {
      const layout = layoutAt(null, orientation, synthModel(2000, 7));
      const box = { w: 1400, h: 800 };
      const view = pickViewport(layout, box, OPTIONS);
      expect(namePx(view)).toBeGreaterThanOrEqual(14);
      expect(view.clean, orientation).toBe(true);
      expect(cutCards(layout.cards, box, view, CARD)).toEqual([]);
    }
  });
});

describe("readableScales", () => {
  it("includes the scales at which whole columns just fit between their neighbours' gaps", () => {
    // Three cards in a row, 28 apart: at the listed scale for two columns, 2 · 236 + 28 = 500
    // chart units fill the box with the edge margins on both sides.
    const cards = [0, 264, 528].map((x, i) => ({ id: `c${i}`, x, y: 0 }) as ChartCard);
    const box = { w: 400, h: 300 };
    const scales = readableScales({ cards }, box, CARD, 0.5, 2, { x: 0, y: 0, w: CARD.w, h: CARD.h }, 0, 16);
    expect(scales).toEqual([...scales].sort((a, b) => a - b));
    expect(scales[0]).toBe(0.5);
    expect(scales.some((k) => Math.abs(k - (box.w - 2 * EDGE_MARGIN) / 500) < 1e-6)).toBe(true);
    expect(scales.every((k) => k >= 0.5 && k <= 2)).toBe(true);
  });
});

describe("cutShare", () => {
  it("is 0 for a card wholly in or out of view and largest for a card cut in half", () => {
    const box = { w: 500, h: 500 };
    const view = { x: 0, y: 0, k: 1 };
    expect(cutShare({ x: 10, y: 10 }, box, view, CARD)).toBe(0);
    expect(cutShare({ x: 600, y: 10 }, box, view, CARD)).toBe(0);
    expect(cutShare({ x: 500 - CARD.w / 2, y: 10 }, box, view, CARD)).toBeCloseTo(0.5);
    expect(cutShare({ x: 500 - CARD.w * 0.9, y: 10 }, box, view, CARD)).toBeCloseTo(0.1);
  });
});

describe("nearestAllowed", () => {
  it("moves a window's edges out of the cards, to the nearest clean place", () => {
    // Cards at [0,100] and [120,220]; a window of 150: start 100..120 puts the left edge in the gap,
    // and its right edge (250..270) beyond the second card.
    expect(
      nearestAllowed(
        50,
        [
          [0, 100],
          [120, 220],
        ],
        150,
        -1000,
        1000,
      ),
    ).toBe(100);
    expect(nearestAllowed(0, [[0, 40]], 50, 0, 0)).toBe(0);
    expect(nearestAllowed(10, [[0, 100]], 50, 5, 20)).toBeNull();
  });
});
