// The timeline: stages at their real dates, in date order, with readable ticks.
import { layoutTimeline, stageColumns, TIMELINE_PAD } from "../../../src/layout/timeline";
import {
  STAGE_FRAME,
  STAGE_GAP,
  stageColumnsTemplate,
  stageColumnWeights,
} from "../../../src/layout/stage-columns";

const STAGES = [
  { id: "2025-03", date: "2025-03" },
  { id: "2025-07", date: "2025-07-10" },
  { id: "2025-09", date: "2025-09-04" },
  { id: "2026-01", date: "2026-01-06" },
];

describe("layoutTimeline", () => {
  const layout = layoutTimeline(STAGES, 1200);
  const x = (id: string) => layout.stops.find((s) => s.id === id)!.x;

  it("places stages in date order, inside the padded axis", () => {
    const xs = layout.stops.map((s) => s.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThan(TIMELINE_PAD);
    expect(Math.max(...xs)).toBeLessThan(1200 - TIMELINE_PAD);
  });

  it("spaces them by real time: four months of spring are twice the two of summer", () => {
    const spring = x("2025-07") - x("2025-03"); // 1 March to 10 July: 131 days
    const summer = x("2025-09") - x("2025-07"); // 10 July to 4 September: 56 days
    expect(spring / summer).toBeCloseTo(131 / 56, 1);
  });

  const named = STAGES.map((s, i) => ({
    ...s,
    name: ["March–April 2025 options", "10 July 2025", "4 September 2025", "January 2026"][i]!,
  }));
  /** Each column's room for words (its width less the card's frame), per em of its weight. */
  const roomPerEm = (columns: { width: number }[], weights: number[]) =>
    columns.map((c, i) => (c.width - STAGE_FRAME) / weights[i]!);

  it("weighs each card by the words it shows: the wider of its name and its date line, within bounds", () => {
    const [options, july, september, january] = stageColumnWeights(named);
    // "10 July 2025" and "4 September 2025" are named after their dates, and show the date alone.
    expect(options).toBeGreaterThan(september!);
    expect(september).toBeGreaterThan(january!);
    expect(january).toBeGreaterThan(july!);
    // Digits and capitals are wider than small letters: "January 2026" outweighs "10 July 2025".
    const [wider, narrower] = stageColumnWeights([{ name: "January 2026" }, { name: "10 July 2025" }]);
    expect(wider).toBeGreaterThan(narrower!);
    // A very long name weighs no more than a 29-letter one; a short one no less than a 6-letter one.
    const [long, short, none] = stageColumnWeights([{ name: "x".repeat(300) }, { name: "Q1" }, {}]);
    expect(long).toBe(stageColumnWeights([{ name: "x".repeat(29) }])[0]);
    expect(short).toBe(stageColumnWeights([{ name: "abcdef" }])[0]);
    expect(none).toBeGreaterThan(short!);
  });

  it("gives every card the same room for its words per em, once each card's frame and gap is taken", () => {
    const weights = stageColumnWeights(named);
    const columns = stageColumns(named, 1000);
    // Shares of the whole width left a short name less room than a long one: "January 20…".
    for (const room of roomPerEm(columns, weights))
      expect(room).toBeCloseTo(roomPerEm(columns, weights)[0]!, 2);
    // The columns and the gaps between them fill the strip, and never more.
    const last = columns.at(-1)!;
    expect(last.x + last.width).toBeLessThanOrEqual(1000);
    expect(last.x + last.width).toBeGreaterThan(999.9);
    for (const [i, column] of columns.slice(1).entries()) {
      expect(column.x - (columns[i]!.x + columns[i]!.width)).toBeCloseTo(STAGE_GAP, 6);
    }
    // Too narrow for the words: each card keeps its frame.
    expect(stageColumns(named, 50).map((c) => c.width)).toEqual([24, 24, 24, 24]);
  });

  it("writes the same columns for the strip's CSS grid: a frame plus a share of the rest", () => {
    const template = stageColumnsTemplate(named);
    const columns = template.match(/max\(24px, calc\(24px \+ \(100% - 120px\) \* [\d.]+\)\)/g)!;
    expect(columns).toHaveLength(4);
    expect(columns.join(" ")).toBe(template);
    // The shares are those of the axis's columns, and add up to no more than the whole.
    const shares = columns.map((c) => Number(c.match(/\* ([\d.]+)\)\)$/)![1]));
    const room = 1000 - 120;
    stageColumns(named, 1000).forEach((column, i) =>
      expect(24 + room * shares[i]!).toBeCloseTo(column.width, 6),
    );
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeLessThanOrEqual(1);
  });

  it("ends each leader at the middle of its card's column", () => {
    const columns = stageColumns(named, 1320);
    expect(layoutTimeline(named, 1320).stops.map((s) => s.slotX)).toEqual(
      columns.map((c) => c.x + c.width / 2),
    );
  });

  it("gives the compared pair's cards room for their From and To tags, on the strip and the axis alike", () => {
    const pair = [named[0]!.id, named[3]!.id];
    const plain = stageColumnWeights(named);
    const tagged = stageColumnWeights(named, pair);
    // "FROM" is wider than "TO"; the stages between keep their weights.
    expect(tagged[0]! - plain[0]!).toBeCloseTo(4, 6);
    expect(tagged[3]! - plain[3]!).toBeCloseTo(2.8, 6);
    expect(tagged.slice(1, 3)).toEqual(plain.slice(1, 3));
    expect(stageColumnsTemplate(named, pair)).not.toBe(stageColumnsTemplate(named));
    const columns = stageColumns(named, 1640, pair);
    expect(layoutTimeline(named, 1640, pair).stops.at(-1)!.slotX).toBeCloseTo(
      columns.at(-1)!.x + columns.at(-1)!.width / 2,
      6,
    );
    expect(columns.at(-1)!.x + columns.at(-1)!.width).toBeCloseTo(1640, 0);
  });

  it("labels month ticks, with the year on January and on the first tick", () => {
    const labels = layout.ticks.map((t) => t.label);
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(labels[0]).toMatch(/^[A-Z][a-z]{2} 2025$/);
    expect(labels).toContain("Jan 2026");
    expect(labels.filter((l) => /\d/.test(l))).toHaveLength(2);
  });

  it("draws a single stage mid-axis, and nothing for no stages or no width", () => {
    const one = layoutTimeline([{ id: "a", date: "2025-07" }], 600);
    expect(one.stops[0]!.x).toBeGreaterThan(250);
    expect(one.stops[0]!.x).toBeLessThan(350);
    expect(layoutTimeline([], 600).stops).toEqual([]);
    expect(layoutTimeline(STAGES, 0).stops).toEqual([]);
  });
});
