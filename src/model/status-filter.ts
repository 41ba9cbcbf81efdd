// The status filter ("decided only", say): a stage with only the statements of the chosen
// statuses. Pure; every view reads the one filtered stage, as with the weak-sourcing filter.
import { statementsOf } from "./grades";
import type { Statement } from "./grades";
import type { ResolvedModel } from "./stages";
import type { Status } from "./types";

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
 * and the structure keep their shape; a unit's commander and seats stay with it.
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
  for (const u of resolved.units)
    if (u.otherContributors) statusById.set(`${u.id}/otherContributors`, u.otherContributors.status);
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
      units: resolved.units.map((u) => {
        if (!u.otherContributors || keep(u.otherContributors)) return u;
        const { otherContributors: _hidden, ...rest } = u;
        return rest;
      }),
      roles: resolved.roles.filter(keep),
      relations: resolved.relations.filter(keep),
      claims: resolved.claims.filter(keep),
    },
  };
  perKey.set(key, result);
  return result;
}
