// The timeline: stages at their real dates, in date order, with readable ticks.
import { layoutTimeline, TIMELINE_PAD } from "../../../src/layout/timeline";
import { stageColumnsTemplate, stageColumnWeights } from "../../../src/layout/stage-columns";

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

  it("gives each stage an equal column for its card, in the stages' order, when none has a name", () => {
    expect(layout.stops.map((s) => s.slotX)).toEqual([150, 450, 750, 1050]);
  });

  it("widens a long name's column, and ends each leader at the middle of its card's column", () => {
    const named = STAGES.map((s, i) => ({
      ...s,
      name: ["March–April 2025 options", "10 July 2025", "4 September 2025", "January 2026"][i]!,
    }));
    const weights = stageColumnWeights(named);
    expect(weights).toEqual([24, 13, 16, 13]);
    expect(stageColumnsTemplate(named)).toBe(
      "minmax(0, 24fr) minmax(0, 13fr) minmax(0, 16fr) minmax(0, 13fr)",
    );
    // 1320 px over 66 shares: columns of 480, 260, 320 and 260 px.
    expect(layoutTimeline(named, 1320).stops.map((s) => s.slotX)).toEqual([240, 610, 900, 1190]);
    // A very long name takes at most 28 shares, a short one at least 13.
    expect(stageColumnWeights([{ name: "x".repeat(300) }, { name: "Q1" }, {}])).toEqual([28, 13, 16]);
  });

  it("gives the compared pair's cards room for their From and To tags, on the strip and the axis alike", () => {
    const named = STAGES.map((s, i) => ({
      ...s,
      name: ["March–April 2025 options", "10 July 2025", "4 September 2025", "January 2026"][i]!,
    }));
    const pair = [named[0]!.id, named[3]!.id];
    expect(stageColumnWeights(named, pair)).toEqual([32, 13, 16, 21]);
    expect(stageColumnsTemplate(named, pair)).toBe(
      "minmax(0, 32fr) minmax(0, 13fr) minmax(0, 16fr) minmax(0, 21fr)",
    );
    // 1640 px over 82 shares: the last column is 420 px wide, its leader at its middle.
    expect(layoutTimeline(named, 1640, pair).stops.at(-1)!.slotX).toBe(1640 - 210);
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
