// Search and filters for the chart: which units match, as pure functions of the model.
import type { Role, Unit } from "../model";
import type { Filters } from "../state/store";

const fold = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** Units whose name, short name or id contains every word of the query, in tree order. */
export function searchUnits(units: readonly Unit[], query: string): Unit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return units.filter((u) => {
    const haystack = fold(`${u.name} ${u.shortName} ${u.id}`);
    return words.every((w) => haystack.includes(w));
  });
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.domains.length > 0 || filters.nations.length > 0 || filters.statuses.length > 0 || filters.hideWeak
  );
}

/**
 * Whether a unit passes every active filter (each filter is "any of" its values). `weak`: the
 * unit rests on aggregators alone (isWeaklySourced), which the hide-weak filter leaves out.
 */
export function matchesFilters(unit: Unit, roles: readonly Role[], filters: Filters, weak = false): boolean {
  if (filters.hideWeak && weak) return false;
  if (filters.statuses.length && !filters.statuses.includes(unit.status)) return false;
  if (filters.domains.length && !unit.domains.some((d) => filters.domains.includes(d))) return false;
  if (filters.nations.length && !roles.some((r) => filters.nations.includes(r.nation))) return false;
  return true;
}
