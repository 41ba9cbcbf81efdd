// Where the chart opens: a pure function from the layout and the chart's box on screen to a zoom
// transform. The whole chart when its card names stay legible; else the top of the tree at a
// legible size, the rest one pan away. Never a card cut in half by the edge of the first view.
import type { TreeLayout, CardSize } from "./tree";
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
};

export type ViewportPick = Viewport & {
  /** True when every card (or every framed card) is in view. */
  whole: boolean;
};

/** How many steps of 2 % the search tries (up to 4.9 times the smallest legible scale). */
const SCALE_STEPS = 80;
/** Screen pixels between the edge of a first view and the nearest card outside it. */
const EDGE_MARGIN = 6;

export function pickViewport(
  layout: Pick<TreeLayout, "cards" | "bounds" | "byId">,
  box: { w: number; h: number },
  options: ViewportOptions,
): ViewportPick {
  const { card, padding, maxScale } = options;
  if (!layout.cards.length || box.w <= 0 || box.h <= 0) return { x: 0, y: 0, k: 1, whole: true };
  const framed = (options.frameIds ?? []).map((id) => layout.byId.get(id)).filter((c) => c !== undefined);
  const target: Rect = framed.length ? boundsOf(framed, card) : layout.bounds;
  const fitScale = Math.min((box.w - 2 * padding) / target.w, (box.h - 2 * padding) / target.h, maxScale);
  const legible = options.minNamePx / options.namePx;
  // One card must always fit, even on the narrowest phone.
  const oneCard = Math.min((box.w - 2 * padding) / card.w, (box.h - 2 * padding) / card.h);
  if (fitScale >= legible || fitScale >= oneCard) {
    const k = fitScale;
    if (!framed.length)
      return {
        x: (box.w - target.w * k) / 2 - target.x * k,
        y: (box.h - target.h * k) / 2 - target.y * k,
        k,
        whole: true,
      };
    // Framing part of the chart may cut a neighbour: nudge to a clean edge, zooming out a little
    // (to take the neighbour in, names still legible) or in (to leave it out).
    for (let step = 0; step <= SCALE_STEPS; step++) {
      for (const kk of step ? [k / 1.02 ** step, k * 1.02 ** step] : [k]) {
        if (kk < Math.min(legible, fitScale) || kk > oneCard) continue;
        const wanted = {
          k: kk,
          x: (box.w - target.w * kk) / 2 - target.x * kk,
          y: (box.h - target.h * kk) / 2 - target.y * kk,
        };
        const fits = target.w * kk <= box.w && target.h * kk <= box.h;
        const clean = fits ? cleanEdges(layout, box, wanted, card, target, 0) : null;
        if (clean) return { ...clean, whole: true };
      }
    }
    // No clean frame: fall through to the top of the framed cards at a legible size.
  }

  // Cards come breadth-first from the largest tree: the first is the top of that tree.
  const selected = layout.byId.get(options.anchorId ?? "");
  const anchor = selected ?? framed[0] ?? layout.cards[0]!;
  const start = Math.min(legible, oneCard);
  const tryScale = (k: number): Viewport | null => {
    // The top of the tree, centred on the anchor; for a selection, its parent's level at the top,
    // so the selected card shows with what it belongs to and what it contains.
    const parent = selected && anchor.parentId ? layout.byId.get(anchor.parentId) : undefined;
    const topOfTree = framed.length ? target.y : selected ? (parent ?? anchor).y : layout.bounds.y;
    const wanted: Viewport = { k, x: box.w / 2 - (anchor.x + card.w / 2) * k, y: padding - topOfTree * k };
    const anchorRect: Rect = { x: anchor.x, y: anchor.y, w: card.w, h: card.h };
    return cleanEdges(layout, box, wanted, card, anchorRect, padding);
  };
  // Larger first (names stay legible); a clean edge may need a little more zoom.
  for (let step = 0; step <= SCALE_STEPS; step++) {
    const k = Math.min(start * 1.02 ** step, oneCard);
    const clean = tryScale(k);
    if (clean) return { ...clean, whole: false };
    if (k >= oneCard) break;
  }
  // A phone too narrow for a clean view at a legible size: smaller names rather than a cut card.
  for (let k = start / 1.02; k > fitScale; k /= 1.02) {
    const clean = tryScale(k);
    if (clean) return { ...clean, whole: false };
  }
  const k = fitScale;
  return {
    x: (box.w - target.w * k) / 2 - target.x * k,
    y: (box.h - target.h * k) / 2 - target.y * k,
    k,
    whole: true,
  };
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
): number | null {
  if (lo > hi) return null;
  // An edge at s cuts [a, b] when a < s < b; the far edge at s + span when a - span < s < b - span.
  const forbidden: [number, number][] = [];
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
  const candidates = [clamp(want), lo, hi, ...merged.flatMap(([a, b]) => [a, b])].filter(
    (s) => s >= lo && s <= hi && !inside(s),
  );
  if (!candidates.length) return null;
  return candidates.reduce((best, s) => (Math.abs(s - want) < Math.abs(best - want) ? s : best));
}

/** Cards that a view shows only in part: the test of a first view. */
export function cutCards<C extends { id: string; x: number; y: number }>(
  cards: readonly C[],
  box: { w: number; h: number },
  view: Viewport,
  card: CardSize,
): C[] {
  const eps = 0.5;
  return cards.filter((c) => {
    const left = c.x * view.k + view.x;
    const top = c.y * view.k + view.y;
    const right = left + card.w * view.k;
    const bottom = top + card.h * view.k;
    const inside = left >= -eps && top >= -eps && right <= box.w + eps && bottom <= box.h + eps;
    const outside = right <= eps || bottom <= eps || left >= box.w - eps || top >= box.h - eps;
    return !inside && !outside;
  });
}

/** Cards wholly inside a view. */
export function cardsInView<C extends { x: number; y: number }>(
  cards: readonly C[],
  box: { w: number; h: number },
  view: Viewport,
  card: CardSize,
): C[] {
  const eps = 0.5;
  return cards.filter((c) => {
    const left = c.x * view.k + view.x;
    const top = c.y * view.k + view.y;
    return (
      left >= -eps &&
      top >= -eps &&
      left + card.w * view.k <= box.w + eps &&
      top + card.h * view.k <= box.h + eps
    );
  });
}
