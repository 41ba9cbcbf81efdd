// The differences list, grouped as a reader looks for them: by unit (in the structure's order)
// and by nation (by name). Pure: the list view only draws the groups.
import type { Difference, ResolvedModel } from "../../model";
import type { ModelIndex } from "../../state/selectors";
import { unitsInTreeOrder } from "../../layout/outline";

/** What selecting a row or a group selects everywhere. */
export type Target = { kind: "unit" | "nation" | "place"; id: string };

export type DifferenceGroup = { target: Target; name: string; rows: Difference[] };
export type GroupedDifferences = {
  units: DifferenceGroup[];
  nations: DifferenceGroup[];
  places: DifferenceGroup[];
};

/**
 * Where a difference is listed: a nation's role and a claim about a nation under the nation; a
 * relation under the unit it starts from; everything else about a unit under that unit.
 */
export function groupOf(d: Difference, index: Pick<ModelIndex, "units" | "nations">): Target {
  switch (d.kind) {
    case "role":
      return { kind: "nation", id: (d.after ?? d.before)!.nation };
    case "nation":
      return { kind: "nation", id: d.key };
    case "place":
      return { kind: "place", id: d.key };
    case "relation":
      return { kind: "unit", id: (d.after ?? d.before)!.from };
    case "claim": {
      const about = (d.after ?? d.before)!.about;
      return index.units.has(about) ? { kind: "unit", id: about } : { kind: "nation", id: about };
    }
    default:
      return { kind: "unit", id: d.subjects[0] ?? d.key };
  }
}

/** What selecting a row selects: the unit a role is held in, else the row's own group. */
export function rowTarget(d: Difference, index: Pick<ModelIndex, "units" | "nations">): Target {
  if (d.kind === "role") {
    const unit = (d.after ?? d.before)!.in;
    if (index.units.has(unit)) return { kind: "unit", id: unit };
  }
  return groupOf(d, index);
}

export function groupDifferences(
  differences: readonly Difference[],
  index: ModelIndex,
  union: Pick<ResolvedModel, "places">,
): GroupedDifferences {
  const byKey = new Map<string, DifferenceGroup>();
  for (const d of differences) {
    const target = groupOf(d, index);
    const key = `${target.kind}:${target.id}`;
    let group = byKey.get(key);
    if (!group) {
      const name =
        target.kind === "unit"
          ? (index.units.get(target.id)?.name ?? target.id)
          : target.kind === "nation"
            ? (index.nations.get(target.id)?.name ?? target.id)
            : (union.places.find((p) => p.id === target.id)?.name ?? target.id);
      byKey.set(key, (group = { target, name, rows: [] }));
    }
    group.rows.push(d);
  }
  // Within a group: the item's own change first, then additions, changes and removals.
  const rank = (d: Difference) =>
    (d.kind === "unit" || d.kind === "nation" || d.kind === "place" ? 0 : 10) +
    ["added", "status", "role", "changed", "removed"].indexOf(d.change);
  for (const group of byKey.values()) group.rows.sort((a, b) => rank(a) - rank(b));
  const order = unitsInTreeOrder(index.roots, index.children).map((unit) => unit.id);
  const units = order.map((id) => byKey.get(`unit:${id}`)).filter((g): g is DifferenceGroup => !!g);
  // A unit the tree does not hold (an orphan of a broken model) still gets its group, last.
  for (const group of byKey.values())
    if (group.target.kind === "unit" && !units.includes(group)) units.push(group);
  const byName = (a: DifferenceGroup, b: DifferenceGroup) => a.name.localeCompare(b.name);
  const of = (kind: Target["kind"]) => [...byKey.values()].filter((g) => g.target.kind === kind).sort(byName);
  return { units, nations: of("nation"), places: of("place") };
}
