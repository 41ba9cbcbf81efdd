// The status filter ("decided only", say): a stage with only the statements of the chosen
// statuses. Pure; every view reads the one filtered stage, as with the weak-sourcing filter.
import { statementsOf } from "./grades";
import type { Statement } from "./grades";
import type { ResolvedModel } from "./stages";
import type { Status, Unit } from "./types";

export type WithStatuses = {
  resolved: ResolvedModel;
  /** Roles, relations, claims and aggregates the filter took out. */
  hidden: Statement[];
  /** Units whose own status is not chosen: they stay in the tree (receded), off the map and matrix. */
  unitsOut: ReadonlySet<string>;
};

const cache = new WeakMap<ResolvedModel, Map<string, WithStatuses>>();

/**
 * The stage with only the chosen statuses (none chosen: all of them). Units stay, so the chart
 * and the structure keep their shape; a unit's own parts with a status of their own (its
 * commander, its seats, its unnamed members) go when that status is not chosen: "decided only"
 * must not show a reported seat on a decided HQ's card as if it were decided.
 */
export function withStatuses(resolved: ResolvedModel, statuses: readonly Status[]): WithStatuses {
  if (statuses.length === 0) return { resolved, hidden: [], unitsOut: new Set() };
  const key = [...statuses].sort().join(",");
  let perKey = cache.get(resolved);
  if (!perKey) cache.set(resolved, (perKey = new Map()));
  const cached = perKey.get(key);
  if (cached) return cached;
  const chosen = new Set<string>(statuses);
  const keep = (item: { status: Status }) => chosen.has(item.status);
  const statusById = new Map<string, Status>();
  for (const u of resolved.units) {
    if (u.otherContributors) statusById.set(`${u.id}/otherContributors`, u.otherContributors.status);
    if (u.commander) statusById.set(`${u.id}/commander`, u.commander.status);
    u.rotation?.seats.forEach((seat, i) => statusById.set(`${u.id}/seats/${i}`, seat.status));
  }
  for (const r of resolved.roles) statusById.set(r.id, r.status);
  for (const r of resolved.relations) statusById.set(r.id, r.status);
  for (const c of resolved.claims) statusById.set(c.id, c.status);
  const hidden = statementsOf(resolved).filter((s) => {
    const status = statusById.get(s.id);
    return status !== undefined && !chosen.has(status);
  });
  const result: WithStatuses = {
    hidden,
    unitsOut: new Set(resolved.units.filter((u) => !keep(u)).map((u) => u.id)),
    resolved: {
      ...resolved,
      units: resolved.units.map((u) => withChosenParts(u, keep)),
      roles: resolved.roles.filter(keep),
      relations: resolved.relations.filter(keep),
      claims: resolved.claims.filter(keep),
    },
  };
  perKey.set(key, result);
  return result;
}

/**
 * A unit without its parts of statuses not chosen. A rotation whose seats all go keeps its rule
 * with no seats: the rule belongs to the unit (the HQ's yearly move is decided, S0-10), while
 * which city holds which year is reported.
 */
function withChosenParts(unit: Unit, keep: (item: { status: Status }) => boolean): Unit {
  const { otherContributors, commander, rotation, ...rest } = unit;
  const seats = rotation?.seats.filter(keep) ?? [];
  if (
    (!otherContributors || keep(otherContributors)) &&
    (!commander || keep(commander)) &&
    seats.length === (rotation?.seats.length ?? 0)
  )
    return unit;
  return {
    ...rest,
    ...(otherContributors && keep(otherContributors) ? { otherContributors } : {}),
    ...(commander && keep(commander) ? { commander } : {}),
    ...(rotation ? { rotation: { ...rotation, seats } } : {}),
  };
}
