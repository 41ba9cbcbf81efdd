// The matrix is wider than most screens, and its sideways scrollbar sits below a tall table: this
// bar says which columns are in view and steps to the ones beside them.
import { useEffect, useState } from "react";
import type { RefObject } from "react";
import { columnWindow } from "../../layout/column-window";
import type { ColumnWindow } from "../../layout/column-window";
import { PHONE_QUERY, prefersReducedMotion, useMediaQuery } from "../common/media";

type Props = {
  /** The box that scrolls sideways, holding the table. */
  box: RefObject<HTMLElement | null>;
  /** Each column's name after the pinned nation column, in order. */
  names: readonly string[];
  /**
   * Tells the table which columns are in view (it keeps far cells from making rows tall), and
   * whether more lie beyond the right edge (for the frame's fade).
   */
  onWindow: (shown: ColumnWindow) => void;
};

export function ColumnPager({ box, names, onWindow }: Props) {
  const [shown, setShown] = useState<ColumnWindow | null>(null);
  // On a phone the buttons show their arrows only (their words stay their names), so the bar is
  // one row.
  const wordsClass = useMediaQuery(PHONE_QUERY) ? "visually-hidden" : undefined;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const cells = [...element.querySelectorAll<HTMLElement>("thead th")];
      const [pinned, ...columns] = cells;
      if (!pinned) return;
      const edges = columns.map((cell) => ({
        left: cell.offsetLeft,
        right: cell.offsetLeft + cell.offsetWidth,
      }));
      const next = columnWindow(edges, element.scrollLeft, element.clientWidth, pinned.offsetWidth);
      setShown(next);
      onWindow(next);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener("scroll", schedule, { passive: true });
    const resized = typeof ResizeObserver === "function" ? new ResizeObserver(schedule) : null;
    resized?.observe(element);
    const table = element.querySelector("table");
    if (table) resized?.observe(table);
    return () => {
      element.removeEventListener("scroll", schedule);
      resized?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [box, names, onWindow]);

  // A table that fits shows no bar.
  if (!shown || (shown.next === null && shown.previous === null) || shown.first < 0) return null;
  const go = (left: number | null) => {
    if (left !== null) box.current?.scrollTo({ left, behavior: prefersReducedMotion() ? "auto" : "smooth" });
  };
  return (
    <div className="column-pager">
      {/* aria-disabled, not disabled: a button stepped to the end keeps the keyboard's focus. */}
      <button
        type="button"
        className="column-step"
        aria-disabled={shown.previous === null}
        onClick={() => go(shown.previous)}
      >
        <span aria-hidden="true">‹</span>
        <span className={wordsClass}>Previous columns</span>
      </button>
      <p className="column-range">
        {shown.last > shown.first
          ? `Columns ${shown.first + 1}–${shown.last + 1} of ${names.length}: ${names[shown.first]} to ${names[shown.last]}`
          : `Column ${shown.first + 1} of ${names.length}: ${names[shown.first]}`}
      </p>
      <button
        type="button"
        className="column-step"
        aria-disabled={shown.next === null}
        onClick={() => go(shown.next)}
      >
        <span className={wordsClass}>Next columns</span>
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
