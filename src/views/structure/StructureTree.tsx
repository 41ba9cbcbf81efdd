// The unit tree as a WAI-ARIA tree view (flat rows with aria-level), keyboard first:
// arrows, Home/End, Enter/Space to select, * to open siblings, and type-ahead by name.
import { useEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { visibleRows } from "../../layout/outline";
import type { OutlineRow } from "../../layout/outline";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { StructureRow } from "./StructureRow";

const TYPE_AHEAD_RESET_MS = 600;

export function StructureTree() {
  const { index } = useShownModel();
  const expanded = useAtlas((s) => s.expanded);
  const selected = useAtlas((s) => s.selected);
  const select = useAtlas((s) => s.select);
  const toggleExpanded = useAtlas((s) => s.toggleExpanded);
  const rows = useMemo(() => visibleRows(index.roots, index.children, expanded), [index, expanded]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const typed = useRef({ text: "", at: 0 });
  const listRef = useRef<HTMLUListElement>(null);
  const moveFocusOnRender = useRef(false);

  // The focusable row: the one the user moved to, else the selection, else the first row.
  const rowIds = useMemo(() => new Set(rows.map((r) => r.unit.id)), [rows]);
  const activeId =
    focusedId && rowIds.has(focusedId)
      ? focusedId
      : selected && rowIds.has(selected)
        ? selected
        : (rows[0]?.unit.id ?? null);

  useEffect(() => {
    if (!moveFocusOnRender.current || !activeId) return;
    moveFocusOnRender.current = false;
    listRef.current?.querySelector<HTMLElement>(`[data-unit-id="${CSS.escape(activeId)}"]`)?.focus();
  }, [activeId, rows]);

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    moveFocusOnRender.current = true;
    setFocusedId(id);
    listRef.current?.querySelector<HTMLElement>(`[data-unit-id="${CSS.escape(id)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const at = rows.findIndex((r) => r.unit.id === activeId);
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

  return (
    <ul ref={listRef} role="tree" aria-label="Structure" className="structure-tree" onKeyDown={onKeyDown}>
      {rows.map((row) => (
        <StructureRow
          key={row.unit.id}
          row={row}
          selected={row.unit.id === selected}
          focusable={row.unit.id === activeId}
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
