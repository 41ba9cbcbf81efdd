// Which units are a domain's lines of effort, and which nations they support: shared by the map's
// layers (layout/map.ts) and the details of a place drawn for them, so the two never disagree.
import type { Domain } from "./types";
import type { ResolvedModel } from "./stages";

/** A domain's lines of effort that are not dropped, in the model's order. */
export const linesOfEffort = (resolved: ResolvedModel, domain: Domain) =>
  resolved.units.filter(
    (u) => u.kind === "line-of-effort" && u.domains.includes(domain) && u.status !== "dropped",
  );

/** The nations a role that is not dropped names as supported. */
export function supportedNations(resolved: ResolvedModel): string[] {
  return [
    ...new Set(
      resolved.roles.filter((r) => r.role === "supported" && r.status !== "dropped").map((r) => r.nation),
    ),
  ];
}
