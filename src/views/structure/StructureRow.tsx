import { memo } from "react";
import type { OutlineRow } from "../../layout/outline";
import type { ItemMark, Unit } from "../../model";
import { KIND_LABEL, STATUS_LABEL } from "../common/labels";
import { StatusIcon } from "../common/StatusIcon";
import { WEAK_WORDS, WeakIcon } from "../common/WeakMark";
import { ChangeIcon } from "../compare/ChangeIcon";
import { markDetail, markLabel } from "../compare/compare-words";

type Props = {
  row: OutlineRow;
  selected: boolean;
  focusable: boolean;
  /** Every source of the unit is an aggregator (isWeaklySourced). */
  weak: boolean;
  /** Compare mode's mark (null outside it). */
  change?: ItemMark | null;
  onSelect: () => void;
  onToggle: () => void;
  onFocus: () => void;
  /** In a virtual tree: the row's place and height in the scroll box (px). */
  box?: { top: number; height: number };
};

/** The words a row shows after the unit's name: status, whether it is conditional, kind, weak sourcing. */
export function rowMeta(unit: Unit, weak = false): string[] {
  return [
    STATUS_LABEL[unit.status],
    unit.condition ? "conditional" : null,
    KIND_LABEL[unit.kind],
    weak ? WEAK_WORDS : null,
  ].filter((word): word is string => word !== null);
}

/**
 * What a screen reader announces for a row: the words on the row, in their order (so the name
 * contains what a sighted or voice-control user sees), then the condition in full.
 */
export function unitAccessibleName(unit: Unit, weak = false, change: ItemMark | null = null): string {
  // Compare mode's mark is shown last on the row ("Roles changed"); an unchanged row shows none.
  const shownChange = change && change.change !== "unchanged" ? [markLabel(change, "unit")] : [];
  const shown = [
    unit.name,
    ...[...rowMeta(unit, weak), ...shownChange].map((word) => word.toLowerCase()),
  ].join(", ");
  const more = [
    unit.condition ? `condition: ${unit.condition}` : null,
    change?.change === "unchanged" ? "unchanged between the two stages compared" : null,
    change && change.change !== "unchanged" ? markDetail(change) : null,
  ].filter(Boolean);
  return more.length ? `${shown}; ${more.join("; ")}` : shown;
}

export const StructureRow = memo(function StructureRow({
  row,
  selected,
  focusable,
  weak,
  change = null,
  onSelect,
  onToggle,
  onFocus,
  box,
}: Props) {
  const { unit } = row;
  return (
    <li
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.positionInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      aria-label={unitAccessibleName(unit, weak, change)}
      tabIndex={focusable ? 0 : -1}
      data-unit-id={unit.id}
      className={`tree-row status-${unit.status}${selected ? " is-selected" : ""}${change ? ` change-${change.change}` : ""}`}
      style={{ paddingInlineStart: `${(row.level - 1) * 1.1 + 0.25}rem`, ...box }}
      onClick={onSelect}
      onFocus={onFocus}
    >
      <span
        className="tree-toggle"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          if (row.hasChildren) onToggle();
        }}
      >
        {row.hasChildren ? (row.expanded ? "▾" : "▸") : ""}
      </span>
      <StatusIcon status={unit.status} />
      {/* dir="auto": a right-to-left name reads from its own start, isolated from the row's words. */}
      <span className="tree-name" dir="auto" title={unit.name}>
        {unit.name}
      </span>
      {/* Not drawn (grid items), but keeps "Willing" and "Decided" two words in the row's text. */}{" "}
      <span className="tree-meta">
        {rowMeta(unit).join(" · ")}
        {weak && (
          <span className="weak-mark">
            {" · "}
            <WeakIcon />
            {WEAK_WORDS}
          </span>
        )}
        {change && change.change !== "unchanged" && (
          <span className="tree-change">
            {" · "}
            <ChangeIcon change={change.change} />
            {markLabel(change, "unit")}
          </span>
        )}
      </span>
    </li>
  );
});
