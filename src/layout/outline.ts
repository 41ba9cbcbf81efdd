// The structure panel's rows: the unit tree flattened to what is visible, in reading order; and
// every unit in that order, open or closed (the matrix's columns, compare mode's groups).
import type { Unit } from "../model";

export type OutlineRow = {
  unit: Unit;
  level: number; // 1-based, as aria-level wants
  hasChildren: boolean;
  expanded: boolean;
  parentId: string | null;
  positionInSet: number;
  setSize: number;
};

export function visibleRows(
  roots: readonly Unit[],
  children: ReadonlyMap<string, readonly Unit[]>,
  expanded: ReadonlySet<string>,
): OutlineRow[] {
  const rows: OutlineRow[] = [];
  // Iterative depth-first walk: deep models must not overflow the call stack.
  const stack: { unit: Unit; level: number; parentId: string | null; index: number; size: number }[] = [];
  for (let i = roots.length - 1; i >= 0; i--)
    stack.push({ unit: roots[i]!, level: 1, parentId: null, index: i + 1, size: roots.length });
  while (stack.length) {
    const { unit, level, parentId, index, size } = stack.pop()!;
    const kids = children.get(unit.id) ?? [];
    const isOpen = kids.length > 0 && expanded.has(unit.id);
    rows.push({
      unit,
      level,
      hasChildren: kids.length > 0,
      expanded: isOpen,
      parentId,
      positionInSet: index,
      setSize: size,
    });
    if (isOpen)
      for (let i = kids.length - 1; i >= 0; i--)
        stack.push({ unit: kids[i]!, level: level + 1, parentId: unit.id, index: i + 1, size: kids.length });
  }
  return rows;
}

/** Every unit depth first, as the structure reads when all is open; each once, however it is reached. */
export function unitsInTreeOrder(
  roots: readonly Unit[],
  children: ReadonlyMap<string, readonly Unit[]>,
): Unit[] {
  const out: Unit[] = [];
  const seen = new Set<string>();
  const stack = [...roots].reverse();
  while (stack.length) {
    const unit = stack.pop()!;
    if (seen.has(unit.id)) continue;
    seen.add(unit.id);
    out.push(unit);
    stack.push(...[...(children.get(unit.id) ?? [])].reverse());
  }
  return out;
}
