// Where the chart opens: a pure function from the layout and the chart's box on screen to a zoom
// transform. The whole chart when its card names stay legible; else the top of the tree at a
// legible size, the rest one pan away. Never a card cut in half by the edge of the first view.
import type { TreeLayout, CardSize, Orientation } from "./tree";
import type { Rect } from "./geometry";

export type Viewport = { x: number; y: number; k: number };

export type ViewportOptions = {
  card: CardSize;
  /** Card names' font size in chart units. */
  namePx: number;
  /** The smallest name size on screen that a room can read (14 CSS px; more with large type). */
  minNamePx: number;
  /** Screen pixels kept free around the chart. */
  padding: number;
  /** No closer than this: a small chart on a large screen should not look blown up. */
  maxScale: number;
  /** A card to keep in view (the selection); otherwise the top of the largest tree. */
  anchorId?: string | null;
  /** Frame these cards instead of the whole chart (a story step's zoom); their names still ≥ minNamePx. */
  frameIds?: readonly string[];
  /**
   * Framed cards that do not all fit with names at minNamePx may shrink to names this large to
   * be in view together (a presentation's room size on a laptop-sized screen): what a step is
   * about must be on screen. Default: minNamePx.
   */
  frameMinNamePx?: number;
};

export type ViewportPick = Viewport & {
  /** True when every card (or every framed card) is in view. */
  whole: boolean;
  /**
   * False only for the last resort: no readable frame with the top of the tree (or the anchor)
   * has its edges in the gaps between cards, so the view is the least-cut readable one.
   */
  clean: boolean;
};

/** How many steps of 2 % the search tries (up to 4.9 times the smallest legible scale). */
const SCALE_STEPS = 80;
/** Screen pixels between the edge of a first view and the nearest card outside it. */
export const EDGE_MARGIN = 6;
/** The most the top of the tree may come down from the top of a first view, in card heights. */
const MAX_TOP_SLACK = 1.5;
/** A clean frame's cost per doubling of its scale, against the share of its height left blank. */
const CLEAN_SCALE_COST = 0.3;
/** What a last-resort frame's cost grows by for each doubling of its scale: more context is better. */
const SCALE_COST = 0.1;
/** What each cut card adds to a last-resort frame's cost, on top of its cut share (0–0.5). */
const CUT_CARD_COST = 0.1;
/** How many clean offsets across a selection's frame tries at each scale, the nearest to centred first. */
const MAX_STARTS = 16;
/** Scales derived from card edges are tried for charts up to this many cards near the top. */
const MAX_EDGE_CARDS = 80;

type PickLayout = Pick<TreeLayout, "cards" | "bounds" | "byId"> & { orientation?: Orientation };

export function pickViewport(
  layout: PickLayout,
  box: { w: number; h: number },
  options: ViewportOptions,
): ViewportPick {
  if (layout.orientation !== "left-right") return pickTopDown(layout, box, options);
  // Left to right, the top of the tree is its left: the same search on the chart turned on its
  // side (x and y swapped), turned back.
  const cards = layout.cards.map((c) => ({ ...c, x: c.y, y: c.x }));
  const turned = pickTopDown(
    {
      cards,
      bounds: { x: layout.bounds.y, y: layout.bounds.x, w: layout.bounds.h, h: layout.bounds.w },
      byId: new Map(cards.map((c) => [c.id, c])),
    },
    { w: box.h, h: box.w },
    { ...options, card: { w: options.card.h, h: options.card.w } },
  );
  return { ...turned, x: turned.y, y: turned.x };
}

function pickTopDown(
  layout: Pick<TreeLayout, "cards" | "bounds" | "byId">,
  box: { w: number; h: number },
  options: ViewportOptions,
): ViewportPick {
  const { card, padding, maxScale } = options;
  if (!layout.cards.length || box.w <= 0 || box.h <= 0) return { x: 0, y: 0, k: 1, whole: true, clean: true };
  const framed = (options.frameIds ?? []).map((id) => layout.byId.get(id)).filter((c) => c !== undefined);
  const target: Rect = framed.length ? boundsOf(framed, card) : layout.bounds;
  const fitScale = Math.min((box.w - 2 * padding) / target.w, (box.h - 2 * padding) / target.h, maxScale);
  const legible = options.minNamePx / options.namePx;
  // Framed cards all in view before names at the preferred size, down to frameMinNamePx.
  const legibleTogether = framed.length
    ? Math.min(options.frameMinNamePx ?? options.minNamePx, options.minNamePx) / options.namePx
    : legible;
  // One card must always fit, even on the narrowest phone.
  const oneCard = Math.min((box.w - 2 * padding) / card.w, (box.h - 2 * padding) / card.h);
  if (fitScale >= legibleTogether || fitScale >= oneCard) {
    const k = fitScale;
    if (!framed.length) return { ...centredOn(target, box, k), whole: true, clean: true };
    // Framing part of the chart may cut a neighbour: nudge to a clean edge, zooming out a little
    // (to take the neighbour in, names still legible) or in (to leave it out). A clean edge found
    // by moving the view up leaves the box's top blank; zooming out a little more may take the
    // level below in instead, and the frame that costs least wins.
    let best: { view: Viewport; cost: number } | null = null;
    for (let step = 0; step <= SCALE_STEPS; step++) {
      // Further steps only cost more than the best frame found.
      if (best && CLEAN_SCALE_COST * Math.log2(1.02 ** step) >= best.cost) break;
      for (const kk of step ? [k / 1.02 ** step, k * 1.02 ** step] : [k]) {
        if (kk < Math.min(legibleTogether, fitScale) || kk > oneCard) continue;
        const wanted = underChartTop(centredOn(target, box, kk), layout.bounds, padding);
        const fits = target.w * kk <= box.w && target.h * kk <= box.h;
        const clean = fits ? cleanEdges(layout, box, wanted, card, target, 0) : null;
        if (!clean) continue;
        const cost = blankAbove(layout, box, clean, card, padding) + frameScaleCost(kk, k, legible);
        if (!best || cost < best.cost - 1e-9) best = { view: clean, cost };
      }
    }
    if (best) return { ...best.view, whole: true, clean: true };
    // No clean frame: every framed card in view matters more than a neighbour cut at the edge.
    if (framed.length && fitScale >= legibleTogether)
      return { ...centredOn(target, box, k), whole: true, clean: false };
    // Too small to read even so: fall through to the top of the framed cards at a legible size.
  }

  // The top of the tree at a readable size, the rest one pan away. Cards come breadth-first from
  // the largest tree: the first is the top of that tree.
  const selected = layout.byId.get(options.anchorId ?? "");
  const anchor = selected ?? framed[0] ?? layout.cards[0]!;
  // For a selection, its parent's level at the top, so the selected card shows with what it
  // belongs to and what it contains. A selected top of a tree belongs to nothing: the chart's
  // top, as without a selection, where a clean frame keeps it in view; else its own level.
  const parent = selected && anchor.parentId ? layout.byId.get(anchor.parentId) : undefined;
  const tops = framed.length
    ? [target.y]
    : !selected
      ? [layout.bounds.y]
      : parent
        ? [parent.y]
        : [...new Set([layout.bounds.y, anchor.y])];
  const anchorRect: Rect = { x: anchor.x, y: anchor.y, w: card.w, h: card.h };
  const { bounds } = layout;
  const wantedAt = (k: number, topOfTree: number): Viewport => {
    // Centred on the anchor, but not past the chart's side: a frame half beyond the edge would
    // show blank where it could show the anchor's neighbours. A chart narrower than the box is
    // centred as a whole.
    const [W, pad] = [box.w / k, padding / k];
    const [lo, hi] = [bounds.x - pad, bounds.x + bounds.w + pad - W];
    const centred = anchor.x + card.w / 2 - W / 2;
    const x0 = lo <= hi ? Math.min(hi, Math.max(lo, centred)) : bounds.x + bounds.w / 2 - W / 2;
    return { k, x: -x0 * k, y: padding - topOfTree * k };
  };
  // Readable: names at the legible size or larger, up to one card filling the box.
  const smallest = Math.min(legible, oneCard);
  const scalesFor = (topOfTree: number) =>
    readableScales(layout, box, card, smallest, oneCard, anchorRect, topOfTree, padding);
  // Every frame keeps the anchor whole, so only cards within a frame's reach of it can be in view.
  const nearAnchor = withinReach(layout.cards, anchorRect, box, card, smallest);
  // A selection's frames are ranked by how much of its surroundings they show (shownAround).
  // Only cards that a readable view of the selection can reach take part (a large chart stays quick).
  const reachable = selected ? { cards: nearAnchor } : layout;
  const shown = selected ? shownAround(reachable.cards, box, card, parent?.id) : undefined;
  // A clean frame of the top card alone, zoomed in to fill a narrow, short box (a phone's embed),
  // shows nothing of the structure: a readable frame that cuts cards at its sides shows more.
  // At the smallest readable scale nothing readable shows more, so there it stands.
  const alone = (view: Viewport) => {
    if (layout.cards.length < 2) return false;
    let whole = 0;
    for (const c of nearAnchor)
      if (cardPlacement(c, box, view, card) === "inside" && ++whole > 1) return false;
    return true;
  };
  const cleanAt = (topOfTree: number) =>
    bestCleanFrame(reachable, box, card, scalesFor(topOfTree), (k) => wantedAt(k, topOfTree), {
      anchor: anchorRect,
      topOfTree,
      padding,
      shown,
      accept: (view) => view.k <= smallest * (1 + 1e-6) || !alone(view),
    });
  const clean = (view: Viewport): ViewportPick => ({ ...view, whole: false, clean: true });
  // No readable frame keeps every card whole or out of view. Names stay readable rather than
  // shrink to outlines: the frame that cuts least into cards.
  const leastCut = (topOfTree: number): ViewportPick => ({
    ...leastCutFrame(layout, box, card, scalesFor(topOfTree), (k) => wantedAt(k, topOfTree), anchorRect),
    whole: false,
    clean: false,
  });
  let chosen: { view: Viewport; score: number } | null = null;
  for (const topOfTree of tops) {
    const best = cleanAt(topOfTree);
    if (best && !shown) return clean(best.view);
    if (best && (!chosen || best.score > chosen.score + 1e-9)) chosen = best;
  }
  if (!parent) return chosen ? clean(chosen.view) : leastCut(tops.at(-1)!);
  // Under its parent's level, a selection's clean frames may all be pushed past the chart's side
  // (the levels staggered so that no edge finds a gap in both), half blank. The selection's own
  // level at the top is tried too; it wins where it shows more, and, where the parent's level has
  // no clean frame at all, where it shows as much as the least-cut frame under the parent.
  const own = cleanAt(anchor.y);
  if (own && (!chosen || own.score > chosen.score + 1e-9)) {
    if (chosen) return clean(own.view);
    const cut = leastCut(parent.y);
    return shown!(own.view) >= shown!(cut) ? clean(own.view) : cut;
  }
  return chosen ? clean(chosen.view) : leastCut(parent.y);
}

/**
 * Of the clean frames with the top of the tree at the top, the one that wastes least: the
 * smaller the scale the more of the tree it shows, and the less blank above the top (where the
 * bottom edge had to move up into a gap between levels) the more of the screen it uses. For a
 * selection (`shown`), first the frame that shows most of the cards around it, at up to twice
 * the smallest scale: the smallest clean one may lie mostly past the chart's side. Null when no
 * readable scale has a clean frame; its score is higher the better.
 */
function bestCleanFrame(
  layout: Pick<TreeLayout, "cards">,
  box: { w: number; h: number },
  card: CardSize,
  scales: readonly number[],
  wantedAt: (k: number) => Viewport,
  frame: {
    anchor: Rect;
    topOfTree: number;
    padding: number;
    shown?: (view: Viewport) => number;
    /** False for a view not worth showing however clean (the top card alone). */
    accept?: (view: Viewport) => boolean;
  },
): { view: Viewport; score: number } | null {
  let best: { view: Viewport; score: number } | null = null;
  for (const k of scales) {
    const scaleCost = CLEAN_SCALE_COST * Math.log2(k / scales[0]!);
    if (frame.shown ? k > 2 * scales[0]! : best && -scaleCost <= best.score) break; // larger scales only cost more
    const wanted = wantedAt(k);
    const views = cleanTopFrames(
      layout,
      box,
      wanted,
      card,
      frame.anchor,
      card.h * MAX_TOP_SLACK,
      !!frame.shown,
      frame.accept,
    );
    for (const view of views) {
      const blank = Math.max(0, frame.topOfTree * k + view.y - frame.padding) / box.h;
      // Among equals, the frame nearer the one centred on the selection.
      const offCentre = Math.abs(view.x - wanted.x) / box.w / 100;
      const score = (frame.shown?.(view) ?? 0) - scaleCost - blank - offCentre;
      if (!best || score > best.score) best = { view, score };
    }
  }
  return best;
}

/** Counts, for a view, the cards wholly shown around a selection, its parent twice: what it belongs to. */
function shownAround(
  cards: readonly { id: string; x: number; y: number }[],
  box: { w: number; h: number },
  card: CardSize,
  parentId: string | undefined,
): (view: Viewport) => number {
  return (view) => {
    const inside = cardsInView(cards, box, view, card);
    return inside.length + (inside.some((c) => c.id === parentId) ? 1 : 0);
  };
}

/** The cards that some view at `minScale` or closer which keeps `anchor` in it can show or cut. */
function withinReach<C extends { x: number; y: number }>(
  cards: readonly C[],
  anchor: Rect,
  box: { w: number; h: number },
  card: CardSize,
  minScale: number,
): C[] {
  const [reachX, reachY] = [box.w / minScale + card.w, box.h / minScale + card.h];
  return cards.filter((c) => Math.abs(c.x - anchor.x) <= reachX && Math.abs(c.y - anchor.y) <= reachY);
}

/**
 * The readable scales to try for the top of the tree, smallest first: steps of 2 % from the
 * smallest legible scale up to one card filling the box, plus the scales at which whole columns
 * (or whole levels below the top) just fit between the gaps beside them.
 */
export function readableScales(
  layout: Pick<TreeLayout, "cards">,
  box: { w: number; h: number },
  card: CardSize,
  min: number,
  max: number,
  anchor: Rect,
  topOfTree: number,
  padding: number,
): number[] {
  const scales = new Set<number>();
  for (let step = 0; step <= SCALE_STEPS; step++) {
    const k = min * 1.02 ** step;
    scales.add(Math.min(k, max));
    if (k >= max) break;
  }
  // Card edges within reach of the anchor at the smallest scale.
  const reachX = box.w / min;
  const reachY = box.h / min;
  const near = layout.cards
    .filter(
      (c) => Math.abs(c.x - anchor.x) <= reachX && c.y >= topOfTree - card.h && c.y <= topOfTree + reachY,
    )
    .slice(0, MAX_EDGE_CARDS);
  const xs = [...new Set(near.flatMap((c) => [c.x, c.x + card.w]))];
  const ys = [...new Set(near.flatMap((c) => [c.y, c.y + card.h]))];
  const add = (k: number) => {
    if (k >= min && k <= max && Number.isFinite(k)) scales.add(k);
  };
  // A window from just past one edge to just before another: box.w = k · span ± both margins.
  // Only windows that can hold the anchor: a left edge at or before it, a right edge at or after.
  for (const a of xs.filter((x) => x <= anchor.x))
    for (const b of xs.filter((x) => x >= anchor.x + anchor.w)) {
      const span = b - a;
      add(((box.w + 2 * EDGE_MARGIN) / span) * (1 + 1e-9));
      add(((box.w - 2 * EDGE_MARGIN) / span) * (1 - 1e-9));
    }
  // The top at its padding and the bottom edge just past a level's edge.
  for (const y of ys) {
    const span = y - topOfTree;
    if (span <= 0) continue;
    add(((box.h - padding + EDGE_MARGIN) / span) * (1 + 1e-9));
    add(((box.h - padding - EDGE_MARGIN) / span) * (1 - 1e-9));
  }
  return [...scales].sort((a, b) => a - b);
}

/**
 * The last resort: of readable views that keep the anchor inside with the top of the tree at
 * the top, the one that cuts least. Each cut card costs the smaller of its shown and hidden
 * shares (a card nearly whole or nearly gone costs little, a half-cut card most) plus a fixed
 * CUT_CARD_COST, so one card cut a little beats that card and a sliver of another; and
 * SCALE_COST for each doubling of the scale, so a close-up must cut much less to win.
 */
function leastCutFrame(
  layout: Pick<TreeLayout, "cards">,
  box: { w: number; h: number },
  card: CardSize,
  scales: readonly number[],
  wantedAt: (k: number) => Viewport,
  keep: Rect,
): Viewport {
  let best: { view: Viewport; cost: number } | null = null;
  // Evenly spread over the scales, so a large chart stays quick.
  const tried =
    scales.length > 200 ? scales.filter((_, i) => i % Math.ceil(scales.length / 200) === 0) : scales;
  for (const k of tried) {
    const wanted = wantedAt(k);
    const W = box.w / k;
    const lo = keep.x + keep.w - W;
    const hi = keep.x;
    if (lo > hi) continue;
    const x0s = new Set([Math.min(hi, Math.max(lo, -wanted.x / k)), lo, hi]);
    const y0 = -wanted.y / k;
    const rows = layout.cards.filter((c) => c.y < y0 + box.h / k && c.y + card.h > y0);
    for (const c of rows) {
      x0s.add(c.x - EDGE_MARGIN / k);
      x0s.add(c.x + card.w + EDGE_MARGIN / k);
      x0s.add(c.x - EDGE_MARGIN / k - W);
      x0s.add(c.x + card.w + EDGE_MARGIN / k - W);
    }
    for (const x0 of x0s) {
      if (x0 < lo - 1e-9 || x0 > hi + 1e-9) continue;
      const view = { k, x: -x0 * k, y: wanted.y };
      // A card within the edge margin counts as cut: its frame's stroke would show as a sliver.
      const m = EDGE_MARGIN / k;
      const grown = rows.map((c) => ({ ...c, x: c.x - m, y: c.y - m }));
      const cut = cutCards(grown, box, view, { w: card.w + 2 * m, h: card.h + 2 * m });
      const cost = cut.reduce(
        (sum, c) => sum + CUT_CARD_COST + cutShare({ x: c.x + m, y: c.y + m }, box, view, card),
        SCALE_COST * Math.log2(k / scales[0]!),
      );
      if (!best || cost < best.cost - 1e-9 || (cost <= best.cost + 1e-9 && k < best.view.k))
        best = { view, cost };
    }
  }
  return best?.view ?? wantedAt(scales[0] ?? 1);
}

/** The smaller of a card's shown and hidden shares of its area in a view (0: whole or out of it). */
export function cutShare(
  c: { x: number; y: number },
  box: { w: number; h: number },
  view: Viewport,
  card: CardSize,
): number {
  const left = c.x * view.k + view.x;
  const top = c.y * view.k + view.y;
  const w = card.w * view.k;
  const h = card.h * view.k;
  const shownW = Math.max(0, Math.min(box.w, left + w) - Math.max(0, left));
  const shownH = Math.max(0, Math.min(box.h, top + h) - Math.max(0, top));
  const shown = (shownW * shownH) / (w * h);
  return Math.min(shown, 1 - shown);
}

/** The share of the box's height left blank above the first card in a view, padding aside. */
function blankAbove(
  layout: Pick<TreeLayout, "cards">,
  box: { w: number; h: number },
  view: Viewport,
  card: CardSize,
  padding: number,
): number {
  const tops = cardsInView(layout.cards, box, view, card).map((c) => c.y * view.k + view.y);
  return tops.length ? Math.max(0, Math.min(...tops) - padding) / box.h : 0;
}

/**
 * What a framed step's scale `k` costs against its own fit `fit`: CLEAN_SCALE_COST per doubling
 * either way, and names smaller than a room reads (`legible`) cost much more.
 */
function frameScaleCost(k: number, fit: number, legible: number): number {
  return CLEAN_SCALE_COST * Math.abs(Math.log2(k / fit)) + (k < legible ? 2 * Math.log2(legible / k) : 0);
}

/**
 * The view moved up so that nothing but the padding is left blank above the chart's top: framed
 * cards at the top of the tree (a story's first step) then sit at the top of the box, the levels
 * below them in the room that centring them had left blank above.
 */
function underChartTop(view: Viewport, bounds: Rect, padding: number): Viewport {
  return { ...view, y: Math.min(view.y, padding - bounds.y * view.k) };
}

/** The view at scale k with `target` in the middle of the box. */
function centredOn(target: Rect, box: { w: number; h: number }, k: number): Viewport {
  return { k, x: (box.w - target.w * k) / 2 - target.x * k, y: (box.h - target.h * k) / 2 - target.y * k };
}

/** The box around some cards, in chart units. */
export function boundsOf(cards: readonly { x: number; y: number }[], card: CardSize): Rect {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of cards) {
    minX = Math.min(minX, c.x);
    minY = Math.min(minY, c.y);
    maxX = Math.max(maxX, c.x + card.w);
    maxY = Math.max(maxY, c.y + card.h);
  }
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

/**
 * The view at `wanted`'s scale with the top of the tree at the top whose four edges keep clear
 * of every card and which `accept` takes (with `every`, all such views at the first top that
 * has one), or none. The top may come down by up to `slack` chart units (more space above
 * the tree) so that the bottom edge falls in a gap between levels; across, any offset that keeps
 * `keep` (the anchor) whole. Exact for this family: every offset where the bottom edge meets a
 * card's margin is tried, nearest the wanted top first, and for each the nearest clean offset
 * across (nearestAllowed), with cards that cross the top or bottom edge kept out of the window.
 */
function cleanTopFrames(
  layout: Pick<TreeLayout, "cards">,
  box: { w: number; h: number },
  wanted: Viewport,
  card: CardSize,
  keep: Rect,
  slack: number,
  every: boolean,
  accept?: (view: Viewport) => boolean,
): Viewport[] {
  const { k } = wanted;
  const [W, H, m] = [box.w / k, box.h / k, EDGE_MARGIN / k];
  const hi = -wanted.y / k;
  const lo = Math.max(keep.y + keep.h + m - H, hi - slack);
  if (lo > hi) return [];
  // Only cards that an edge of some such view can reach.
  const near = layout.cards.filter(
    (c) =>
      c.y + card.h + m > lo &&
      c.y - m < hi + H &&
      c.x + card.w + m > keep.x - W &&
      c.x - m < keep.x + keep.w + W,
  );
  const tops = new Set([hi]);
  for (const c of near)
    for (const y0 of [c.y - m - H, c.y + card.h + m - H]) if (y0 >= lo && y0 <= hi) tops.add(y0);
  const wantX = -wanted.x / k;
  for (const y0 of [...tops].sort((a, b) => b - a)) {
    const rows: [number, number][] = [];
    const crossing: [number, number][] = [];
    for (const c of near) {
      const [top, bottom] = [c.y - m, c.y + card.h + m];
      if (bottom <= y0 || top >= y0 + H) continue;
      const across: [number, number] = [c.x - m, c.x + card.w + m];
      rows.push(across);
      // Cut by the top or bottom edge: the window must leave it out.
      if ((top < y0 && y0 < bottom) || (top < y0 + H && y0 + H < bottom))
        crossing.push([across[0] - W, across[1]]);
    }
    const starts = allowedStarts(wantX, rows, W, keep.x + keep.w + m - W, keep.x - m, crossing);
    const byNearness = () => [...new Set(starts)].sort((a, b) => Math.abs(a - wantX) - Math.abs(b - wantX));
    const cleanAt = (x0: number): Viewport | null => {
      const view = { k, x: -x0 * k, y: -y0 * k };
      return cutCards(near, box, view, card).length ? null : view;
    };
    const taken = (view: Viewport | null): view is Viewport => !!view && (!accept || accept(view));
    // All of them, but for a large chart the nearest few: the wanted start is within the chart's sides.
    if (every) {
      const views = byNearness().slice(0, MAX_STARTS).map(cleanAt).filter(taken);
      if (views.length) return views;
      continue;
    }
    // Else the nearest; where `accept` turns it down, the nearest clean one it takes.
    const first = starts.length ? cleanAt(nearestOf(starts, wantX)) : null;
    if (taken(first)) return [first];
    if (first)
      for (const x0 of byNearness().slice(0, MAX_STARTS)) {
        const view = cleanAt(x0);
        if (taken(view)) return [view];
      }
  }
  return [];
}

/**
 * The view nearest to `wanted` (same scale) whose edges cut no card and which keeps `keep` inside,
 * or null when none exists. Moves across first, then down (a larger top margin), a few rounds.
 */
function cleanEdges(
  layout: Pick<TreeLayout, "cards">,
  box: { w: number; h: number },
  wanted: Viewport,
  card: CardSize,
  keep: Rect,
  padding: number,
): Viewport | null {
  const { k } = wanted;
  const W = box.w / k;
  const H = box.h / k;
  const pad = padding / k;
  /** No card's frame may show as a sliver at an edge: edges keep this far from any card. */
  const margin = EDGE_MARGIN / k;
  let x0 = -wanted.x / k;
  let y0 = -wanted.y / k;
  for (let round = 0; round < 3; round++) {
    const rows = layout.cards.filter((c) => c.y - margin < y0 + H && c.y + card.h + margin > y0);
    const nx = nearestAllowed(
      x0,
      rows.map((c) => [c.x - margin, c.x + card.w + margin] as const),
      W,
      keep.x + keep.w + pad - W,
      keep.x - pad,
    );
    if (nx === null) return null;
    x0 = nx;
    const columns = layout.cards.filter((c) => c.x - margin < x0 + W && c.x + card.w + margin > x0);
    // Only upwards (more margin on top): the top of the tree stays the top of the view.
    const ny = nearestAllowed(
      y0,
      columns.map((c) => [c.y - margin, c.y + card.h + margin] as const),
      H,
      keep.y + keep.h + pad - H,
      y0,
    );
    if (ny === null) return null;
    if (ny === y0 && nx === x0 && round > 0) break;
    y0 = ny;
  }
  const view = { k, x: -x0 * k, y: -y0 * k };
  return cutCards(layout.cards, box, view, card).length === 0 ? view : null;
}

/**
 * The start of a window of length `span`, nearest to `want` within [lo, hi], whose two edges
 * fall outside every interval (an edge may touch one).
 */
export function nearestAllowed(
  want: number,
  intervals: readonly (readonly [number, number])[],
  span: number,
  lo: number,
  hi: number,
  blockedStarts: readonly (readonly [number, number])[] = [],
): number | null {
  const starts = allowedStarts(want, intervals, span, lo, hi, blockedStarts);
  return starts.length ? nearestOf(starts, want) : null;
}

function nearestOf(values: readonly number[], want: number): number {
  return values.reduce((best, s) => (Math.abs(s - want) < Math.abs(best - want) ? s : best));
}

/**
 * The starts worth trying for such a window: `want` (kept within [lo, hi]), lo, hi and every place
 * where an edge just clears an interval, each of them clean; the nearest to `want` among them is
 * the nearest clean start of all.
 */
function allowedStarts(
  want: number,
  intervals: readonly (readonly [number, number])[],
  span: number,
  lo: number,
  hi: number,
  blockedStarts: readonly (readonly [number, number])[] = [],
): number[] {
  if (lo > hi) return [];
  // An edge at s cuts [a, b] when a < s < b; the far edge at s + span when a - span < s < b - span.
  // A blocked start (a, b) is forbidden as a whole: a card that must stay out of the window.
  const forbidden: [number, number][] = [...blockedStarts.map(([a, b]) => [a, b] as [number, number])];
  for (const [a, b] of intervals) {
    forbidden.push([a, b]);
    forbidden.push([a - span, b - span]);
  }
  forbidden.sort((p, q) => p[0] - q[0]);
  const merged: [number, number][] = [];
  for (const f of forbidden) {
    const last = merged.at(-1);
    if (last && f[0] < last[1]) last[1] = Math.max(last[1], f[1]);
    else merged.push([f[0], f[1]]);
  }
  const clamp = (v: number) => Math.min(hi, Math.max(lo, v));
  const inside = (s: number) => merged.some(([a, b]) => a < s && s < b);
  // The ends of merged (disjoint, open) intervals are never inside one: only the others need the check.
  return [
    ...[clamp(want), lo, hi].filter((s) => !inside(s)),
    ...merged.flatMap(([a, b]) => [a, b]).filter((s) => s >= lo && s <= hi),
  ];
}

/**
 * Where a card stands in the box under a view: wholly inside, wholly outside, or cut by an edge.
 * Half a pixel of slack, so a card that touches an edge is not counted as cut.
 */
function cardPlacement(
  c: { x: number; y: number },
  box: { w: number; h: number },
  view: Viewport,
  card: CardSize,
): "inside" | "outside" | "cut" {
  const eps = 0.5;
  const left = c.x * view.k + view.x;
  const top = c.y * view.k + view.y;
  const right = left + card.w * view.k;
  const bottom = top + card.h * view.k;
  if (left >= -eps && top >= -eps && right <= box.w + eps && bottom <= box.h + eps) return "inside";
  if (right <= eps || bottom <= eps || left >= box.w - eps || top >= box.h - eps) return "outside";
  return "cut";
}

/** Cards that a view shows only in part: the test of a first view. */
export function cutCards<C extends { id: string; x: number; y: number }>(
  cards: readonly C[],
  box: { w: number; h: number },
  view: Viewport,
  card: CardSize,
): C[] {
  return cards.filter((c) => cardPlacement(c, box, view, card) === "cut");
}

/** Cards wholly inside a view. */
export function cardsInView<C extends { x: number; y: number }>(
  cards: readonly C[],
  box: { w: number; h: number },
  view: Viewport,
  card: CardSize,
): C[] {
  return cards.filter((c) => cardPlacement(c, box, view, card) === "inside");
}
