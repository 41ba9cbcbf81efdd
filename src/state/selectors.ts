// Derived views of a resolved stage, computed once per resolved model and shared by every view.
import type { Claim, Relation, ResolvedModel, Role, Unit, Nation, Place, Source, Model } from "../model";
import { useAtlas } from "./store";
import type { AtlasState } from "./store";

export type ModelIndex = {
  units: Map<string, Unit>;
  /** Children of each unit id, in definition order; top-level units under "". */
  children: Map<string, Unit[]>;
  roots: Unit[];
  rolesByUnit: Map<string, Role[]>;
  rolesByNation: Map<string, Role[]>;
  claimsAbout: Map<string, Claim[]>;
  relationsOf: Map<string, Relation[]>;
  nations: Map<string, Nation>;
  places: Map<string, Place>;
};

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const indexCache = new WeakMap<ResolvedModel, ModelIndex>();

export function indexModel(resolved: ResolvedModel): ModelIndex {
  const cached = indexCache.get(resolved);
  if (cached) return cached;
  const units = new Map(resolved.units.map((u) => [u.id, u]));
  const children = new Map<string, Unit[]>();
  const roots: Unit[] = [];
  for (const unit of resolved.units) {
    if (unit.parent && units.has(unit.parent)) push(children, unit.parent, unit);
    else roots.push(unit);
  }
  // Largest structure first: a reader starts at the coalition, not at a lone supporting unit.
  // Iterative, with memoised top ancestors, so very deep models cannot overflow the stack.
  const topOf = new Map<string, string>();
  const treeSize = new Map<string, number>();
  for (const unit of resolved.units) {
    const path = new Set<string>();
    let current: string = unit.id;
    while (!topOf.has(current)) {
      path.add(current);
      const parent = units.get(current)?.parent;
      if (!parent || !units.has(parent) || path.has(parent)) break;
      current = parent;
    }
    const top = topOf.get(current) ?? current;
    for (const id of path) topOf.set(id, top);
    treeSize.set(top, (treeSize.get(top) ?? 0) + 1);
  }
  roots.sort((a, b) => (treeSize.get(b.id) ?? 0) - (treeSize.get(a.id) ?? 0));
  const rolesByUnit = new Map<string, Role[]>();
  const rolesByNation = new Map<string, Role[]>();
  for (const role of resolved.roles) {
    push(rolesByUnit, role.in, role);
    push(rolesByNation, role.nation, role);
  }
  const claimsAbout = new Map<string, Claim[]>();
  for (const claim of resolved.claims) push(claimsAbout, claim.about, claim);
  const relationsOf = new Map<string, Relation[]>();
  for (const relation of resolved.relations) {
    push(relationsOf, relation.from, relation);
    push(relationsOf, relation.to, relation);
  }
  const index: ModelIndex = {
    units,
    children,
    roots,
    rolesByUnit,
    rolesByNation,
    claimsAbout,
    relationsOf,
    nations: new Map(resolved.nations.map((n) => [n.code, n])),
    places: new Map(resolved.places.map((p) => [p.id, p])),
  };
  indexCache.set(resolved, index);
  return index;
}

const sourceCache = new WeakMap<Model, Map<string, Source>>();
export function sourcesById(model: Model): Map<string, Source> {
  let map = sourceCache.get(model);
  if (!map) sourceCache.set(model, (map = new Map(model.meta.sources.map((s) => [s.id, s]))));
  return map;
}

/** Ids of a unit's ancestors, nearest first. */
export function ancestorsOf(index: ModelIndex, id: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let current = index.units.get(id)?.parent;
  while (current && index.units.has(current) && !seen.has(current)) {
    seen.add(current);
    out.push(current);
    current = index.units.get(current)?.parent;
  }
  return out;
}

export const useSelectedUnitId = () => useAtlas((s) => s.selected);
export const useExpanded = () => useAtlas((s) => s.expanded);

/** The smallest card-name size on screen a room can read, in CSS px. */
export const MIN_NAME_PX = 14;
/** With large type (and while presenting), for the back of the room. */
export const LARGE_NAME_PX = 20;
export const selectMinNamePx = (s: AtlasState) => (selectLargeType(s) ? LARGE_NAME_PX : MIN_NAME_PX);
/**
 * Large type is on: chosen, or implied by a presentation. A story's step in an article's embed
 * is read up close, not presented: there, on a phone, 20 px names left room for one card, cut.
 */
export const selectLargeType = (s: AtlasState) => s.largeType || (s.story !== null && !s.embed);
