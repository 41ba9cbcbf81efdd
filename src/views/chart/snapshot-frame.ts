// The chart's frame in the page's prerendered snapshot (scripts/prerender.ts), as it shows on
// this screen: the app's first view of the chart starts from it, so taking over the page never
// makes the chart jump. On a screen the snapshot was made for, it is the app's own first view;
// on a screen between two snapshot sizes, the chart then glides to the app's own (ChartView).
import type { Viewport } from "../common/pan-zoom";
import type { Rect } from "../../layout/geometry";
import { viewportInChart } from "../../layout/lod";

let frame: Viewport | null = null;
/** The snapshot's chart box and timeline axis on this screen: the app's own are laid out alike. */
let box: { w: number; h: number } | null = null;
let axisWidth = 0;

/** Reads the frame of the snapshot's chart that is on screen (mount-room.tsx, before the app's first render). */
export function readSnapshotFrame(container: ParentNode): void {
  const svg = [...container.querySelectorAll<SVGSVGElement>("svg.chart-svg")].find(
    (chart) => chart.getBoundingClientRect().width > 0,
  );
  const view = svg?.viewBox.baseVal;
  const scene = svg?.querySelector<SVGGElement>(":scope > g[transform]");
  const matrix = scene?.transform.baseVal.consolidate()?.matrix;
  if (!svg || !view?.width || !view.height || !matrix) return;
  // The snapshot's svg scales its fitted box into this one: preserveAspectRatio "xMidYMin meet".
  const shown = svg.getBoundingClientRect();
  const scale = Math.min(shown.width / view.width, shown.height / view.height);
  const across = (shown.width - view.width * scale) / 2;
  frame = { x: across + scale * matrix.e, y: scale * matrix.f, k: scale * matrix.a };
  box = { w: shown.width, h: shown.height };
  const axis = [...container.querySelectorAll<HTMLElement>(".timeline-axis")].find((a) => a.clientWidth > 0);
  axisWidth = axis ? Math.round(axis.clientWidth) : 0;
}

/**
 * The part of the chart the snapshot shows, with a margin (as the chart culls its cards), or
 * null: the chart's first render draws those cards, so its first frame needs no second render.
 */
export function snapshotWindow(): Rect | null {
  return frame && box ? viewportInChart(box, frame, 0.5) : null;
}

/** The width of the snapshot's timeline axis on this screen, or 0 (the axis measures its own). */
export function snapshotAxisWidth(): number {
  return frame ? axisWidth : 0;
}

/** The snapshot's frame until the chart's first view has been drawn; then null. */
export function snapshotFrame(): Viewport | null {
  return frame;
}

export function forgetSnapshotFrame(): void {
  frame = null;
  box = null;
}

let glideEnds = 0;
/** How long the glide from the snapshot's frame, and any refit that retargets it, may animate. */
const GLIDE_MS = 800;

/** The chart has started to glide from the snapshot's frame to its own. */
export function startGlide(): void {
  glideEnds = performance.now() + GLIDE_MS;
}

/**
 * Whether the chart is still gliding from the snapshot's frame: its box may settle meanwhile (the
 * snapshot's size was another screen's), and a refit then glides on to the new frame instead of jumping.
 */
export function gliding(): boolean {
  return performance.now() < glideEnds;
}

/** Two frames that put every card in the same place, to the half pixel. */
export function sameFrame(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.k - b.k) < 1e-3 * b.k;
}
