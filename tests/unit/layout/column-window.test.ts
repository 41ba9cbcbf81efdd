import { describe, expect, it } from "vitest";
import { columnWindow } from "../../../src/layout/column-window";

// A table of a 100-px pinned nation column and ten 150-px columns after it.
const columns = Array.from({ length: 10 }, (_, i) => ({ left: 100 + i * 150, right: 250 + i * 150 }));

describe("the columns a sideways-scrolling table shows", () => {
  it("at the start: the columns wholly in the box, and where the next ones begin", () => {
    // 700 px: the pinned column and columns 0–3 whole; column 4 cut at the right edge.
    const shown = columnWindow(columns, 0, 700, 100);
    expect(shown).toMatchObject({ first: 0, last: 3, previous: null });
    // Next: column 4 lands just right of the pinned column.
    expect(shown.next).toBe(columns[4]!.left - 100);
    const after = columnWindow(columns, shown.next!, 700, 100);
    expect(after.first).toBe(4);
  });

  it("a column scrolled under the pinned one is not counted as shown", () => {
    const shown = columnWindow(columns, 60, 700, 100);
    expect(shown.first).toBe(1);
    // Previous: column 0, half under the pinned column, ends at the right edge.
    expect(shown.previous).toBe(0);
  });

  it("at the end there is no next, and previous brings back the columns before", () => {
    const end = columns.at(-1)!.right - 700;
    const shown = columnWindow(columns, end, 700, 100);
    expect(shown).toMatchObject({ last: 9, next: null });
    const back = columnWindow(columns, shown.previous!, 700, 100);
    expect(back.last).toBe(shown.first - 1);
  });

  it("a box narrower than a column shows the column across its middle, and can still step", () => {
    const shown = columnWindow(columns, 120, 200, 100);
    expect(shown).toMatchObject({ first: 1, last: 1 });
    expect(columnWindow(columns, shown.next!, 200, 100).first).toBe(2);
  });

  it("a table that fits its box has nowhere to go", () => {
    expect(columnWindow(columns.slice(0, 3), 0, 700, 100)).toEqual({
      first: 0,
      last: 2,
      seenFirst: 0,
      seenLast: 2,
      next: null,
      previous: null,
    });
  });

  it("counts as seen the columns cut at either edge, and not those wholly under the pinned column", () => {
    // Scrolled 60 px: column 0 is half under the pinned column, column 4 cut at the right edge.
    expect(columnWindow(columns, 60, 700, 100)).toMatchObject({
      first: 1,
      last: 3,
      seenFirst: 0,
      seenLast: 4,
    });
    // Scrolled by a whole column: column 0 is under the pinned column, out of sight.
    expect(columnWindow(columns, 150, 700, 100)).toMatchObject({ seenFirst: 1, seenLast: 4 });
    // An edge a pixel past another column's is not a part of it in view.
    expect(columnWindow(columns, 0, 701, 100)).toMatchObject({ last: 3, seenLast: 3 });
  });
});
