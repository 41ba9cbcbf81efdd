// The nation × line-of-effort matrix: who holds which role where, in one table. It is also the
// map's text alternative, so it lists every named nation (even one with no role in the stage)
// and the members that the sources do not name, as an aggregate row.
import type { OtherContributors, ResolvedModel, Role, Unit } from "../model";
import type { ModelIndex } from "../state/selectors";
import { ROLE_PRECEDENCE } from "./map";
import { unitsInTreeOrder } from "./outline";

export type MatrixColumn = { unit: Unit };
export type MatrixRow = {
  code: string;
  name: string;
  /** One list of roles per column, same order as the columns. */
  cells: Role[][];
  roleCount: number;
};
export type Matrix = {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Per column, the unnamed members' aggregate, if the unit has one. */
  aggregates: (OtherContributors | null)[];
};

/** Kinds that are columns even when no nation holds a role in them (the land effort, say). */
const ALWAYS_A_COLUMN = new Set<Unit["kind"]>(["headquarters", "line-of-effort", "forward-element"]);

/**
 * `hiddenUnits`: units the status filter does not show; they keep a column only for the roles or
 * members the filter leaves in them.
 */
export function buildMatrix(resolved: ResolvedModel, index: ModelIndex, hiddenUnits: ReadonlySet<string> = new Set()): Matrix {
  const columns = unitsInTreeOrder(index.roots, index.children)
    .filter((u) => (index.rolesByUnit.get(u.id)?.length ?? 0) > 0 || u.otherContributors || (ALWAYS_A_COLUMN.has(u.kind) && u.status !== "dropped" && !hiddenUnits.has(u.id)))
    .map((unit) => ({ unit }));
  const rows = resolved.nations.map((nation) => {
    const roles = index.rolesByNation.get(nation.code) ?? [];
    const cells = columns.map((c) => roles.filter((r) => r.in === c.unit.id).sort(byPrecedence));
    return { code: nation.code, name: nation.name, cells, roleCount: roles.length };
  });
  // Roles of nations the model does not list (integrity forbids it, but bad input must not vanish).
  const listed = new Set(resolved.nations.map((n) => n.code));
  for (const [code, roles] of index.rolesByNation) {
    if (listed.has(code)) continue;
    rows.push({ code, name: code, cells: columns.map((c) => roles.filter((r) => r.in === c.unit.id)), roleCount: roles.length });
  }
  return { columns, rows, aggregates: columns.map((c) => c.unit.otherContributors ?? null) };
}

const byPrecedence = (a: Role, b: Role) => ROLE_PRECEDENCE.indexOf(a.role) - ROLE_PRECEDENCE.indexOf(b.role);

export type MatrixSort = { by: "name" | "roles" | number; direction: "ascending" | "descending" };

/** Rows sorted by name, by number of roles, or by the strongest role in one column (empty last). */
export function sortMatrixRows(rows: readonly MatrixRow[], sort: MatrixSort): MatrixRow[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const byName = (a: MatrixRow, b: MatrixRow) => a.name.localeCompare(b.name);
  return [...rows].sort((a, b) => {
    if (sort.by === "name") return sign * byName(a, b);
    if (sort.by === "roles") return sign * (a.roleCount - b.roleCount) || byName(a, b);
    const column = sort.by;
    const strength = (row: MatrixRow) => {
      const roles = row.cells[column] ?? [];
      return roles.length ? Math.min(...roles.map((r) => ROLE_PRECEDENCE.indexOf(r.role))) : Infinity;
    };
    const sa = strength(a);
    const sb = strength(b);
    // Nations without a role in the column stay at the bottom in both directions.
    if (sa === Infinity || sb === Infinity) return sa === sb ? byName(a, b) : sa === Infinity ? 1 : -1;
    return sign * (sa - sb) || byName(a, b);
  });
}
