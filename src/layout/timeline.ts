// The timeline strip's geometry: the model's stages on a real date axis (a d3 UTC time scale),
// the axis ticks, and a slot for each stage's card. Cards sit in columns below the axis, each
// joined to its date by a leader, so close dates (July and September 2025) never collide.
// Pure: no React, no DOM.
import { scaleUtc } from "d3-scale";
import { isoDateValue } from "../model";
import { STAGE_FRAME, STAGE_GAP, stageFramesAndGaps, stageTextShares } from "./stage-columns";

const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export type TimelineTick = { x: number; label: string };
/** A stage on the axis (x) and its card's column (slotX: the column's centre). */
export type TimelineStop = { id: string; x: number; slotX: number };
export type TimelineLayout = { width: number; ticks: TimelineTick[]; stops: TimelineStop[] };

/** Space kept at each end of the axis, so the first and last dates are not on the edge. */
export const TIMELINE_PAD = 24;
/** Roughly one tick label per this many pixels. */
const PX_PER_TICK = 96;

export function layoutTimeline(
  stages: readonly { id: string; date: string; name?: string }[],
  width: number,
  /** The compared pair's stages, whose cards carry a tag (stage-columns.ts). */
  tagged: readonly string[] = [],
): TimelineLayout {
  const dated = stages.map((s) => ({ id: s.id, at: isoDateValue(s.date) ?? 0 }));
  if (dated.length === 0 || width <= 0) return { width, ticks: [], stops: [] };
  const first = Math.min(...dated.map((d) => d.at));
  const last = Math.max(...dated.map((d) => d.at));
  // A margin of a few weeks each side (three months for a single stage) keeps ends off the edge.
  const margin = last > first ? Math.max(20 * DAY, (last - first) * 0.06) : 90 * DAY;
  const scale = scaleUtc()
    .domain([new Date(first - margin), new Date(last + margin)])
    .range([TIMELINE_PAD, Math.max(TIMELINE_PAD + 1, width - TIMELINE_PAD)]);
  const dates = scale.ticks(Math.max(2, Math.floor(width / PX_PER_TICK)));
  const fine = dates.length > 1 && dates[1]!.getTime() - dates[0]!.getTime() < 27 * DAY;
  const ticks = dates.map((date, i) => ({ x: scale(date), label: tickLabel(date, i === 0, fine) }));
  // Each leader ends at the middle of its card's column.
  const columns = stageColumns(stages, width, tagged);
  const stops = dated.map((d, i) => ({
    id: d.id,
    x: scale(new Date(d.at)),
    slotX: columns[i]!.x + columns[i]!.width / 2,
  }));
  return { width, ticks, stops };
}

/** The stage cards' columns (stage-columns.ts) on a strip `width` pixels wide: where each starts and how wide it is. */
export function stageColumns(
  stages: readonly { id?: string; name?: string; date?: string }[],
  width: number,
  tagged: readonly string[] = [],
): { x: number; width: number }[] {
  const room = Math.max(0, width - stageFramesAndGaps(stages.length));
  let x = 0;
  return stageTextShares(stages, tagged).map((share) => {
    const column = { x, width: STAGE_FRAME + room * share };
    x += column.width + STAGE_GAP;
    return column;
  });
}

/** "Mar", "Jan 2026" (a year's first month, or the first tick, carries the year); "10 Jul" for day ticks. */
function tickLabel(date: Date, first: boolean, fine: boolean): string {
  const month = MONTHS[date.getUTCMonth()]!;
  if (fine) return `${date.getUTCDate()} ${month}`;
  return date.getUTCMonth() === 0 || first ? `${month} ${date.getUTCFullYear()}` : month;
}
