// Routes for the relations the tree cannot show, so that no line runs across a card. A tidy tree
// leaves free corridors: a band between two levels, and a gap beside each card. A route leaves
// its card sideways into the gap, runs along the corridor next to its level, crosses other levels
// through a gap that is free in all of them (or beside the chart), and enters the other card
// from the side facing it. The view rounds the corners (see relationPath).
// Pure and deterministic: positions in, points out.
import type { CardSize, ChartCard, Orientation } from "./tree";
import type { Rect } from "./geometry";

export type Point = [number, number];
export type RouteRequest = { id: string; from: ChartCard; to: ChartCard };

/** Clearance from a card's edge for lines in a gap or corridor, in chart units. */
const CLEAR = 8;
/** Lanes in a corridor, as offsets from its edges; the tree's own links use the middle. */
const LANES = [12, 20];

type Box = { id: string; x: number; y: number; w: number; h: number };
type Row = { top: number; bottom: number; boxes: Box[] };

/** Routes in chart coordinates, by request id. */
export function routeRelations(
  cards: readonly ChartCard[],
  requests: readonly RouteRequest[],
  size: CardSize,
  orientation: Orientation,
): Map<string, Point[]> {
  // Left-to-right charts are routed as their mirror image across the diagonal.
  const flip = orientation === "left-right";
  const toBox = (c: { id: string; x: number; y: number }): Box =>
    flip
      ? { id: c.id, x: c.y, y: c.x, w: size.h, h: size.w }
      : { id: c.id, x: c.x, y: c.y, w: size.w, h: size.h };
  const boxes = cards.map(toBox);
  const rows = rowsOf(boxes);
  const rowOf = new Map<string, number>();
  rows.forEach((row, r) => row.boxes.forEach((b) => rowOf.set(b.id, r)));
  const used = new Map<string, number>(); // exits per card side, to spread them
  const lanesUsed = new Map<string, number>(); // routes per corridor, to spread them
  const routes = new Map<string, Point[]>();

  for (const { id, from, to } of requests) {
    const a = toBox(from);
    const b = toBox(to);
    const ra = rowOf.get(a.id);
    const rb = rowOf.get(b.id);
    if (ra === undefined || rb === undefined || a.id === b.id) continue;
    const rightward = b.x + b.w / 2 >= a.x + a.w / 2;
    const sameColumn = Math.abs(b.x - a.x) < 1;
    const sideA = rightward || sameColumn ? "right" : "left";
    const sideB = sameColumn ? "right" : rightward ? "left" : "right";
    const exit = portOf(a, sideA, used);
    const entry = portOf(b, sideB, used);
    const points: Point[] = [exit.at, [exit.gapX, exit.at[1]]];
    if (ra === rb && clearBetween(rows[ra]!, a, b)) {
      points.push([exit.gapX, entry.at[1]]);
    } else {
      // The corridor beside each end's level, on the side facing the other end.
      const corridorA = rb > ra ? ra + 1 : ra; // corridor r lies above row r
      const corridorB = rb > ra ? rb : ra === rb ? corridorA : rb + 1;
      const laneA = laneY(rows, corridorA, lanesUsed);
      const laneB = corridorB === corridorA ? laneA : laneY(rows, corridorB, lanesUsed);
      points.push([exit.gapX, laneA]);
      if (corridorA !== corridorB) {
        const between = rows.slice(Math.min(corridorA, corridorB), Math.max(corridorA, corridorB));
        const x = freeColumn(between, (exit.gapX + entry.gapX) / 2);
        points.push([x, laneA], [x, laneB]);
      }
      points.push([entry.gapX, laneB]);
    }
    points.push([entry.gapX, entry.at[1]], entry.at);
    const simple = simplify(points);
    routes.set(id, flip ? simple.map(([x, y]) => [y, x] as Point) : simple);
  }
  return routes;
}

/** Cards grouped by level: a tidy tree puts every card of a level at the same offset. */
function rowsOf(boxes: readonly Box[]): Row[] {
  const byTop = new Map<number, Box[]>();
  for (const b of boxes) {
    const list = byTop.get(b.y);
    if (list) list.push(b);
    else byTop.set(b.y, [b]);
  }
  return [...byTop.entries()]
    .sort((p, q) => p[0] - q[0])
    .map(([top, list]) => ({
      top,
      bottom: top + Math.max(...list.map((b) => b.h)),
      boxes: list.sort((p, q) => p.x - q.x),
    }));
}

/** Where a route leaves or enters a card: a point on its side, and the gap beside it. */
function portOf(box: Box, side: "left" | "right", used: Map<string, number>) {
  const key = `${box.id}:${side}`;
  const n = used.get(key) ?? 0;
  used.set(key, n + 1);
  // Spread several routes down the side (and across the gap) so they do not merge.
  const y = box.y + box.h * (0.3 + 0.2 * (n % 3));
  const offset = CLEAR + 4 * (n % 2);
  return side === "right"
    ? { at: [box.x + box.w, y] as Point, gapX: box.x + box.w + offset }
    : { at: [box.x, y] as Point, gapX: box.x - offset };
}

/** No card stands between two cards of one level. */
function clearBetween(row: Row, a: Box, b: Box): boolean {
  const left = Math.min(a.x + a.w, b.x + b.w);
  const right = Math.max(a.x, b.x);
  return !row.boxes.some((c) => c !== a && c !== b && c.x < right && c.x + c.w > left);
}

/** The y of a lane in corridor r (above row r; past the last row, below it), spreading routes. */
function laneY(rows: readonly Row[], r: number, lanesUsed: Map<string, number>): number {
  const n = lanesUsed.get(String(r)) ?? 0;
  lanesUsed.set(String(r), n + 1);
  const lane = LANES[n % LANES.length]! + 4 * Math.floor(n / LANES.length);
  if (r <= 0) return rows[0]!.top - lane;
  if (r >= rows.length) return rows.at(-1)!.bottom + lane;
  const top = rows[r - 1]!.bottom;
  const bottom = rows[r]!.top;
  const gap = bottom - top;
  // Alternate between the two edges of the band; the middle is the tree links'.
  const offset = Math.min(lane, gap / 2 - 4);
  return n % 2 === 0 ? top + offset : bottom - offset;
}

/** An x where a vertical line passes every given level clear of cards, nearest to `want`. */
function freeColumn(rows: readonly Row[], want: number): number {
  const blocked: [number, number][] = rows
    .flatMap((row) => row.boxes.map((b) => [b.x - CLEAR, b.x + b.w + CLEAR] as [number, number]))
    .sort((p, q) => p[0] - q[0]);
  const merged: [number, number][] = [];
  for (const span of blocked) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  const inside = merged.find(([lo, hi]) => want > lo && want < hi);
  if (!inside) return want;
  return want - inside[0] <= inside[1] - want ? inside[0] : inside[1];
}

/** Drops repeated and collinear points. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const prev = out.at(-2);
    if (
      prev &&
      last &&
      ((prev[0] === last[0] && last[0] === p[0]) || (prev[1] === last[1] && last[1] === p[1]))
    )
      out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/**
 * Segments of a route that pass through a card other than its own two ends (or through its
 * ends anywhere but the first and last segment): the promise of the router is that there are none.
 */
export function crossedCards(
  route: readonly Point[],
  cards: readonly ChartCard[],
  size: CardSize,
  ends: [string, string],
): string[] {
  const crossed = new Set<string>();
  for (let i = 1; i < route.length; i++) {
    const [x1, y1] = route[i - 1]!;
    const [x2, y2] = route[i]!;
    const seg: Rect = {
      x: Math.min(x1, x2),
      y: Math.min(y1, y2),
      w: Math.abs(x2 - x1),
      h: Math.abs(y2 - y1),
    };
    for (const c of cards) {
      const ownEnd = (i === 1 && c.id === ends[0]) || (i === route.length - 1 && c.id === ends[1]);
      if (ownEnd) continue;
      // Strictly inside the card's box: touching its edge is not crossing it.
      if (seg.x < c.x + size.w && seg.x + seg.w > c.x && seg.y < c.y + size.h && seg.y + seg.h > c.y)
        crossed.add(c.id);
    }
  }
  return [...crossed];
}
