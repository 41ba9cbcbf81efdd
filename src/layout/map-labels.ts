// Greedy label placement for the map: the most important labels first, each at the first of a
// few spots around its point that overlaps no placed label and no other point. A label that
// does not fit is left out at this zoom (its point keeps its tooltip and the matrix says it all).
export type LabelRequest = {
  id: string;
  /** The labelled point, in screen pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Lower goes first; equal priorities keep the input order (the model's order). */
  priority: number;
  /** Gap between the point and the label. */
  gap?: number;
  /** Labels centred on their point (country names) try that spot only. */
  centred?: boolean;
  /** Callouts with a leader line may also stand further off, above or below their point. */
  far?: boolean;
  /**
   * Where a centred label may stand once moved off its point: a country's name must keep its
   * centre on that country, or it would name its neighbour. The point itself is always allowed.
   */
  accepts?: (box: Box) => boolean;
  /** A fallback: placed only if the label with this id was not (a shorter text for the same thing). */
  unless?: string;
  /**
   * A note that is never placed over a name still to come (the air note under Ukraine, on
   * Romania's name): it takes its first spot that keeps them free, or is left out.
   */
  yields?: boolean;
};

export type Box = { x: number; y: number; w: number; h: number };
export type PlacedLabel = { id: string; box: Box; anchor: "start" | "middle" | "end" };

/** More spots for a country's name, in its own widths and heights off its centre. */
const FURTHER: [number, number][] = [
  ...[0.9, -0.9, 1.3, -1.3].flatMap((fx) =>
    [0, 0.8, -0.8, 1.7, -1.7].map((fy): [number, number] => [fx, fy]),
  ),
  [0, 2.3],
  [0.5, 2.3],
  [-0.5, 2.3],
  [0.5, -2.3],
  [-0.5, -2.3],
];

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function candidates(r: LabelRequest): PlacedLabel[] {
  const g = r.gap ?? 6;
  const box = (x: number, y: number): Box => ({ x, y, w: r.w, h: r.h });
  if (r.centred) {
    // A country's name may move a little off its centre, never far.
    const nudges: [number, number][] = [
      [0, 0],
      [0, 0.6],
      [0, -0.6],
      [0.35, 0],
      [-0.35, 0],
      [0, 1.1],
      [0, -1.1],
      [0.6, 0],
      [-0.6, 0],
      [0.5, 0.8],
      [-0.5, 0.8],
      [0, -1.7],
      [0, 1.7],
      [0.4, -1.7],
      [-0.4, -1.7],
      [0, -2.3],
      // A name that must stay on its own country (accepts) may look further within it: a large
      // country crowded by a callout (Ukraine beside Kyiv's on a phone) still has room for it.
      ...(r.accepts ? FURTHER : []),
    ];
    return nudges.map(([fx, fy]) => ({
      id: r.id,
      box: box(r.x - r.w / 2 + fx * r.w, r.y - r.h / 2 + fy * r.h),
      anchor: "middle" as const,
    }));
  }
  return [
    { id: r.id, box: box(r.x + g, r.y - r.h / 2), anchor: "start" },
    { id: r.id, box: box(r.x - g - r.w, r.y - r.h / 2), anchor: "end" },
    { id: r.id, box: box(r.x - r.w / 2, r.y - g - r.h), anchor: "middle" },
    { id: r.id, box: box(r.x - r.w / 2, r.y + g), anchor: "middle" },
    { id: r.id, box: box(r.x + g * 0.7, r.y - g * 0.7 - r.h), anchor: "start" },
    { id: r.id, box: box(r.x + g * 0.7, r.y + g * 0.7), anchor: "start" },
    { id: r.id, box: box(r.x - g * 0.7 - r.w, r.y - g * 0.7 - r.h), anchor: "end" },
    { id: r.id, box: box(r.x - g * 0.7 - r.w, r.y + g * 0.7), anchor: "end" },
    ...(r.far
      ? [1, 2, 3, 4].flatMap((k) => {
          const up = r.y - g - r.h - k * 24;
          const down = r.y + g + k * 24;
          return [
            { id: r.id, box: box(r.x - r.w / 2, down), anchor: "middle" as const },
            { id: r.id, box: box(r.x - r.w / 2, up), anchor: "middle" as const },
            { id: r.id, box: box(r.x + g, down), anchor: "start" as const },
            { id: r.id, box: box(r.x + g, up), anchor: "start" as const },
            { id: r.id, box: box(r.x - g - r.w, down), anchor: "end" as const },
            { id: r.id, box: box(r.x - g - r.w, up), anchor: "end" as const },
          ];
        })
      : []),
  ];
}

/**
 * Places labels without overlap. `points` are markers labels must not cover (a label may touch
 * its own point's marker area only through its gap). `bounds` keeps labels on screen. Centred
 * labels that come later (country names) are avoided where another spot is free, so that a
 * callout does not take the one place a country's name can go.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  points: readonly Box[] = [],
  bounds?: Box,
): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  const taken: Box[] = [];
  const ordered = [...requests].sort((a, b) => a.priority - b.priority);
  const reserved = new Map(ordered.filter((r) => r.centred).map((r) => [r.id, candidates(r)[0]!.box]));
  const inBounds = (b: Box) =>
    !bounds ||
    (b.x >= bounds.x &&
      b.y >= bounds.y &&
      b.x + b.w <= bounds.x + bounds.w &&
      b.y + b.h <= bounds.y + bounds.h);
  for (const request of ordered) {
    if (!Number.isFinite(request.x) || !Number.isFinite(request.y)) continue;
    reserved.delete(request.id);
    if (request.unless && placed.has(request.unless)) continue;
    const free = (c: PlacedLabel) =>
      inBounds(c.box) && !taken.some((t) => overlaps(t, c.box)) && !points.some((p) => overlaps(p, c.box));
    const { accepts } = request;
    const options = candidates(request).filter((c, i) => i === 0 || !accepts || accepts(c.box));
    const near = options.slice(0, request.centred ? 1 : 8);
    const far = options.slice(near.length);
    const clear = (c: PlacedLabel) => free(c) && ![...reserved.values()].some((r) => overlaps(r, c.box));
    // Close to the point first; a spot that keeps a country's name free is better, when close.
    const spot = request.yields
      ? options.find(clear)
      : (near.find(clear) ?? near.find(free) ?? far.find(clear) ?? far.find(free));
    if (!spot) continue;
    placed.set(request.id, spot);
    taken.push(spot.box);
  }
  return placed;
}

/** A text width estimate good enough to avoid overlap: no DOM measuring, so it stays pure. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text)
    units += /[il.,:;'’|!]/.test(ch)
      ? 0.3
      : /[mwMW]/.test(ch)
        ? 0.85
        : /[A-Z]/.test(ch)
          ? 0.68
          : ch === " "
            ? 0.3
            : 0.56;
  return Math.ceil(units * fontSize);
}
