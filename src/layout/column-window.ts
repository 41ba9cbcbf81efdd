// Which of a wide table's columns a sideways-scrolling box shows, and where to scroll for the
// columns beside them. Pure: the matrix measures its header cells and asks.

/** A column's left and right edges, in px from the table's left edge. */
export type ColumnEdges = { left: number; right: number };

export type ColumnWindow = {
  /**
   * The first and last columns wholly in view; in a box narrower than a column, the one across
   * its middle (-1 when there is none).
   */
  first: number;
  last: number;
  /**
   * The first and last columns with any part in view (beside the pinned one): the ones a reader
   * can see, whole or cut at an edge (-1 when there is none).
   */
  seenFirst: number;
  seenLast: number;
  /** Where to scroll for the next or previous columns; null at that end. */
  next: number | null;
  previous: number | null;
};

/** A pixel's slack for fractional widths. */
const SLACK = 1;

/**
 * The columns in view when the box is scrolled to `scrollLeft` and is `viewWidth` wide. A column
 * kept in place on the left (the row headers, `pinnedWidth` wide) hides what scrolls under it.
 * "Next" puts the first column cut at the right edge just after the pinned one; "previous"
 * puts the last column cut at the left edge at the right edge.
 */
export function columnWindow(
  columns: readonly ColumnEdges[],
  scrollLeft: number,
  viewWidth: number,
  pinnedWidth: number,
): ColumnWindow {
  const from = scrollLeft + pinnedWidth - SLACK;
  const to = scrollLeft + viewWidth + SLACK;
  let first = -1;
  let last = -1;
  let seenFirst = -1;
  let seenLast = -1;
  columns.forEach((column, i) => {
    if (column.right > from + 2 * SLACK && column.left < to - 2 * SLACK) {
      if (seenFirst < 0) seenFirst = i;
      seenLast = i;
    }
    if (column.left < from || column.right > to) return;
    if (first < 0) first = i;
    last = i;
  });
  // A box narrower than a column shows none whole: the one across its middle stands for it.
  if (first < 0) {
    const middle = (from + to) / 2;
    first = last = columns.findIndex((column) => column.left <= middle && column.right >= middle);
  }
  const cutRight = columns.findIndex((column, i) => i > last && column.right > to);
  let cutLeft = -1;
  columns.forEach((column, i) => {
    if (i < first && column.left < from) cutLeft = i;
  });
  return {
    first,
    last,
    seenFirst,
    seenLast,
    next: cutRight < 0 ? null : Math.max(0, columns[cutRight]!.left - pinnedWidth),
    previous: cutLeft < 0 ? null : Math.max(0, columns[cutLeft]!.right - viewWidth),
  };
}
