// The timeline's stage cards' columns, shared by the strip (its CSS grid) and the axis (where each
// leader ends: layout/timeline.ts has the columns in pixels). Apart from it so the strip, in the
// first bundle, does not pull in d3-scale, which loads with the axis. Pure.
import { formatIsoDate } from "../lib/iso-date";

/** Each card's padding and border, both sides together (timeline.css: 10 px and 2 px a side). */
export const STAGE_FRAME = 24;
/** The gap between two cards (timeline.css). */
export const STAGE_GAP = 8;

/** What a compared pair's "From" and "To" tags take on their cards, with their gap, in ems of the name. */
const TAG_EMS = { from: 4, to: 2.8 };
/** The date line's type (regular, 0.8rem) beside the name's (bold, 0.9rem). */
const DATE_SCALE = 0.8 / 0.9;

type Stage = { id?: string; name?: string; date?: string };

/**
 * About how wide a line of the stage cards' bold type is, in ems: digits, capitals and spaces
 * differ enough ("10 July 2025" against "January 2026") that a count of characters cut names
 * when the strip was tight. Within 4% of the bundled font's real widths for the default model's
 * stage names.
 */
function textEms(text: string): number {
  let ems = 0;
  for (const character of text) {
    ems += character === " " ? 0.31 : /\d/.test(character) ? 0.58 : /\p{Lu}/u.test(character) ? 0.66 : 0.52;
  }
  return ems;
}

/** The name a stage's card shows: none for a stage named after its date, which it shows anyway. */
export function shownStageName(stage: { name?: string; date?: string }): string {
  return stage.name === (stage.date ? formatIsoDate(stage.date) : "") ? "" : (stage.name ?? "");
}

/**
 * How much text each stage card shows, in ems of its name: the wider of its name and its date
 * line, within bounds ("March–April 2025 options" gets room beside "10 July 2025", and no name,
 * however long, squeezes the others out). In compare mode the pair's cards (`tagged`: From, then
 * To) also carry their tag, and get its room too.
 */
export function stageColumnWeights(stages: readonly Stage[], tagged: readonly string[] = []): number[] {
  return stages.map((s) => {
    const date = s.date ? formatIsoDate(s.date) : "";
    const text = Math.max(textEms(shownStageName(s)), textEms(date) * DATE_SCALE) || 8;
    const tag =
      s.id === undefined ? 0 : s.id === tagged[0] ? TAG_EMS.from : s.id === tagged[1] ? TAG_EMS.to : 0;
    return Math.round((Math.min(15, Math.max(4, text)) + tag) * 100) / 100;
  });
}

/** Every card's frame and the gaps between the cards, in pixels: the room that is not for text. */
export function stageFramesAndGaps(count: number): number {
  return count * STAGE_FRAME + Math.max(0, count - 1) * STAGE_GAP;
}

/** Each column's part of the room left for text, once every card's frame and gap is taken. */
export function stageTextShares(stages: readonly Stage[], tagged: readonly string[]): number[] {
  const weights = stageColumnWeights(stages, tagged);
  const total = weights.reduce((sum, w) => sum + w, 0);
  // Rounded down, so the columns never add up to a hair more than the strip.
  return weights.map((w) => Math.floor((w / total) * 1e5) / 1e5);
}

/**
 * The cards' columns as a CSS grid template: each card's frame, plus its share of the room left
 * for text. Shares of the whole width (`fr`) gave a short name's card less room for its words
 * than a long name's, since the frame came out of each share (at 1000 px "January 20…").
 */
export function stageColumnsTemplate(stages: readonly Stage[], tagged: readonly string[] = []): string {
  const fixed = stageFramesAndGaps(stages.length);
  return stageTextShares(stages, tagged)
    .map((share) => `max(${STAGE_FRAME}px, calc(${STAGE_FRAME}px + (100% - ${fixed}px) * ${share}))`)
    .join(" ");
}
