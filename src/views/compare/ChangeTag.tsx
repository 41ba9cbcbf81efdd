import type { ItemMark } from "../../model";
import { ChangeIcon } from "./ChangeIcon";
import { markDetail, markLabel } from "./compare-words";

/** A compare mark in HTML: its shape and words, and the detail ("was proposed") when there is one. */
export function ChangeTag({
  mark,
  subject = "statement",
  detail = true,
}: {
  mark: ItemMark;
  subject?: "unit" | "nation" | "statement";
  detail?: boolean;
}) {
  const more = detail ? markDetail(mark) : null;
  // Unchanged items recede on screen; a screen reader hears the word.
  if (mark.change === "unchanged") return <span className="visually-hidden">{markLabel(mark, subject)}</span>;
  return (
    <span className={`change-tag change-${mark.change}`}>
      <ChangeIcon change={mark.change} />
      {markLabel(mark, subject)}
      {more && <span className="change-detail"> ({more})</span>}
    </span>
  );
}
