// The unit tree as a WAI-ARIA tree view (flat rows with aria-level), keyboard first:
// arrows, Home/End, Enter/Space to select, * to open siblings, and type-ahead by name.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { visibleRows } from "../../layout/outline";
import type { OutlineRow } from "../../layout/outline";
import { useAtlas } from "../../state/store";
import { noUnitsWords, useShownModel } from "../app/shown-model";
import { StructureRow } from "./StructureRow";
import { isWeaklySourced } from "../../model";

const TYPE_AHEAD_RESET_MS = 600;
/** From this many visible rows the tree draws only the rows in its scroll window. */
export const VIRTUAL_FROM_ROWS = 300;
/** A virtual row's fixed height: one line of name, one of status and kind (3.5 rem, in px). */
function virtualRowPx(): number {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Math.round((rem > 0 ? rem : 16) * 3.5);
}
/** Rows drawn beyond each edge of the window, so fast scrolling shows no gaps. */
const OVERSCAN_ROWS = 12;

export function StructureTree() {
  const { model, index, sources, changes } = useShownModel();
  const expanded = useAtlas((s) => s.expanded);
  const selected = useAtlas((s) => s.selected);
  const select = useAtlas((s) => s.select);
  const toggleExpanded = useAtlas((s) => s.toggleExpanded);
  const rows = useMemo(() => visibleRows(index.roots, index.children, expanded), [index, expanded]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const typed = useRef({ text: "", at: 0 });
  const listRef = useRef<HTMLUListElement>(null);
  const moveFocusOnRender = useRef(false);
  const virtual = rows.length >= VIRTUAL_FROM_ROWS;
  const rowPx = virtual ? virtualRowPx() : 0;
  const [scrollWindow, setScrollWindow] = useState({ top: 0, height: 800 });

  // The focusable row: the one the user moved to, else the selection, else the first row.
  // Each visible row's index, for the keyboard and the virtual window.
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.unit.id, i])), [rows]);
  const activeId =
    focusedId && rowIndex.has(focusedId)
      ? focusedId
      : selected && rowIndex.has(selected)
        ? selected
        : (rows[0]?.unit.id ?? null);

  useEffect(() => {
    if (!moveFocusOnRender.current || !activeId) return;
    moveFocusOnRender.current = false;
    listRef.current?.querySelector<HTMLElement>(`[data-unit-id="${CSS.escape(activeId)}"]`)?.focus();
  }, [activeId, rows, scrollWindow]);

  // A large tree draws only what its scroll box shows (plus the focusable and selected rows,
  // so Tab and the selection always have a row to land on).
  const drawn = useMemo(() => {
    if (!virtual) return rows.map((row, index) => ({ row, index }));
    const first = Math.max(0, Math.floor(scrollWindow.top / rowPx) - OVERSCAN_ROWS);
    const last = Math.min(
      rows.length,
      Math.ceil((scrollWindow.top + scrollWindow.height) / rowPx) + OVERSCAN_ROWS,
    );
    const indices = new Set<number>();
    for (let i = first; i < last; i++) indices.add(i);
    for (const id of [activeId, selected]) {
      const at = id ? rowIndex.get(id) : undefined;
      if (at !== undefined) indices.add(at);
    }
    return [...indices].sort((a, b) => a - b).map((index) => ({ row: rows[index]!, index }));
  }, [virtual, rows, rowIndex, rowPx, scrollWindow, activeId, selected]);

  const followScroll = () => {
    const list = listRef.current;
    if (list) setScrollWindow({ top: list.scrollTop, height: list.clientHeight });
  };

  // A selection made elsewhere (the chart, a link) scrolls a large tree to its row.
  const selectedIndex = selected ? (rowIndex.get(selected) ?? -1) : -1;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!virtual || !list) return;
    if (selectedIndex >= 0) {
      const top = selectedIndex * rowPx;
      if (top < list.scrollTop || top + rowPx > list.scrollTop + list.clientHeight)
        list.scrollTop = top - list.clientHeight / 2;
    }
    setScrollWindow({ top: list.scrollTop, height: list.clientHeight });
  }, [virtual, selectedIndex, rowPx]);

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    moveFocusOnRender.current = true;
    setFocusedId(id);
    const list = listRef.current;
    const at = rowIndex.get(id);
    if (virtual && list && at !== undefined) {
      // Bring the row into the scroll window first; the effect above focuses it once drawn.
      const top = at * rowPx;
      if (top < list.scrollTop || top + rowPx > list.scrollTop + list.clientHeight)
        list.scrollTop = top - list.clientHeight / 2;
      followScroll();
    }
    list?.querySelector<HTMLElement>(`[data-unit-id="${CSS.escape(id)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const at = rowIndex.get(activeId ?? "") ?? -1;
    const row: OutlineRow | undefined = rows[at];
    if (!row) return;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case "ArrowDown":
        handled();
        return focusRow(rows[at + 1]?.unit.id);
      case "ArrowUp":
        handled();
        return focusRow(rows[at - 1]?.unit.id);
      case "Home":
        handled();
        return focusRow(rows[0]?.unit.id);
      case "End":
        handled();
        return focusRow(rows.at(-1)?.unit.id);
      case "ArrowRight":
        handled();
        if (row.hasChildren && !row.expanded) return toggleExpanded(row.unit.id, true);
        if (row.expanded) return focusRow(rows[at + 1]?.unit.id);
        return;
      case "ArrowLeft":
        handled();
        if (row.expanded) return toggleExpanded(row.unit.id, false);
        return focusRow(row.parentId ?? undefined);
      case "Enter":
      case " ":
        handled();
        return select(row.unit.id);
      case "*": {
        handled();
        const siblings = rows.filter((r) => r.parentId === row.parentId && r.hasChildren);
        for (const s of siblings) toggleExpanded(s.unit.id, true);
        return;
      }
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      handled();
      const now = event.timeStamp;
      const restart = now - typed.current.at > TYPE_AHEAD_RESET_MS;
      typed.current = { text: (restart ? "" : typed.current.text) + event.key.toLowerCase(), at: now };
      const text = typed.current.text;
      // Search from the current row (inclusive while extending a word), wrapping round.
      const start = text.length > 1 ? at : at + 1;
      for (let k = 0; k < rows.length; k++) {
        const candidate = rows[(start + k) % rows.length]!;
        if (
          candidate.unit.name.toLowerCase().startsWith(text) ||
          candidate.unit.shortName.toLowerCase().startsWith(text)
        )
          return focusRow(candidate.unit.id);
      }
    }
  };

  // A tree with no items is no tree (and axe says so): a sentence says why it is empty.
  if (rows.length === 0) return <p className="structure-empty">{noUnitsWords(model)}</p>;
  return (
    <ul
      ref={listRef}
      role="tree"
      aria-label="Structure"
      className={`structure-tree${virtual ? " is-virtual" : ""}`}
      onKeyDown={onKeyDown}
      onScroll={virtual ? followScroll : undefined}
    >
      {virtual && <li role="none" className="virtual-sizer" style={{ top: rows.length * rowPx }} />}
      {drawn.map(({ row, index }) => (
        <StructureRow
          key={row.unit.id}
          row={row}
          box={virtual ? { top: index * rowPx, height: rowPx } : undefined}
          selected={row.unit.id === selected}
          focusable={row.unit.id === activeId}
          weak={isWeaklySourced(row.unit.sources, sources)}
          change={changes?.units.get(row.unit.id) ?? null}
          onSelect={() => {
            setFocusedId(row.unit.id);
            select(row.unit.id);
          }}
          onToggle={() => toggleExpanded(row.unit.id)}
          onFocus={() => setFocusedId(row.unit.id)}
        />
      ))}
    </ul>
  );
}
