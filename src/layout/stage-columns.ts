// The timeline's stage cards' columns, shared by the strip (its CSS grid) and the axis (where each
// leader ends). Apart from layout/timeline.ts so the strip, in the first bundle, does not pull
// in d3-scale, which loads with the axis. Pure.

/** What a compared pair's "From" or "To" tag takes on its card, in characters of the name. */
const TAG_WEIGHT = 8;

/**
 * Each stage card's share of the strip, by the length of its name (a date's length when it has
 * none), within bounds: "March–April 2025 options" gets room beside "10 July 2025" instead of
 * ending in "…" in an equal column, and no name, however long, squeezes the others out. In
 * compare mode the pair's cards (`tagged`) also carry their tag, and get its room too.
 */
export function stageColumnWeights(
  stages: readonly { id?: string; name?: string }[],
  tagged: readonly string[] = [],
): number[] {
  return stages.map(
    (s) =>
      Math.min(28, Math.max(13, s.name?.length || 16)) +
      (s.id !== undefined && tagged.includes(s.id) ? TAG_WEIGHT : 0),
  );
}

/** The cards' columns as a CSS grid template, in the shares of `stageColumnWeights`. */
export function stageColumnsTemplate(
  stages: readonly { id?: string; name?: string }[],
  tagged: readonly string[] = [],
): string {
  return stageColumnWeights(stages, tagged)
    .map((weight) => `minmax(0, ${weight}fr)`)
    .join(" ");
}
