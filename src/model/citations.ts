// Every statement that rests on each source, both ways: the sources view lists a source's
// statements, and links each to its unit, nation or place. Pure.
import { stagesByDate, resolveStage } from "./stages";
import type { ResolvedModel } from "./stages";
import type {
  Claim,
  Model,
  OtherContributors,
  Place,
  Relation,
  Role,
  RotationSeat,
  Stage,
  Unit,
} from "./types";

/** A statement with its own sources, and the thing it states (for the view's words). */
export type CitedStatement =
  | { kind: "unit"; id: string; unit: Unit }
  | { kind: "commander"; id: string; unit: Unit }
  | { kind: "seat"; id: string; unit: Unit; seat: RotationSeat }
  | { kind: "aggregate"; id: string; unit: Unit; aggregate: OtherContributors }
  | { kind: "role"; id: string; role: Role }
  | { kind: "relation"; id: string; relation: Relation }
  | { kind: "claim"; id: string; claim: Claim }
  | { kind: "place"; id: string; place: Place }
  | { kind: "stage"; id: string; stage: Omit<Stage, "add" | "update" | "remove"> };

const cache = new WeakMap<ResolvedModel, Map<string, Map<string, CitedStatement[]>>>();

/**
 * For each source id, the statements of a stage that cite it, in the model's order: units (with
 * their commanders, seats and aggregates), roles, relations, claims, places, and the stage itself.
 */
export function statementsBySource(
  resolved: ResolvedModel,
  stage: Stage | undefined,
): Map<string, CitedStatement[]> {
  let perStage = cache.get(resolved);
  if (!perStage) cache.set(resolved, (perStage = new Map()));
  const cached = perStage.get(stage?.id ?? "");
  if (cached) return cached;
  const out = new Map<string, CitedStatement[]>();
  const add = (ids: readonly string[] | undefined, statement: CitedStatement) => {
    for (const id of new Set(ids ?? [])) {
      const list = out.get(id);
      if (list) list.push(statement);
      else out.set(id, [statement]);
    }
  };
  if (stage) add(stage.sources, { kind: "stage", id: stage.id, stage });
  for (const unit of resolved.units) {
    add(unit.sources, { kind: "unit", id: unit.id, unit });
    if (unit.commander) add(unit.commander.sources, { kind: "commander", id: `${unit.id}/commander`, unit });
    unit.rotation?.seats.forEach((seat, i) =>
      add(seat.sources, { kind: "seat", id: `${unit.id}/seats/${i}`, unit, seat }),
    );
    if (unit.otherContributors)
      add(unit.otherContributors.sources, {
        kind: "aggregate",
        id: `${unit.id}/otherContributors`,
        unit,
        aggregate: unit.otherContributors,
      });
  }
  for (const role of resolved.roles) add(role.sources, { kind: "role", id: role.id, role });
  for (const relation of resolved.relations)
    add(relation.sources, { kind: "relation", id: relation.id, relation });
  for (const claim of resolved.claims) add(claim.sources, { kind: "claim", id: claim.id, claim });
  for (const place of resolved.places) add(place.sources, { kind: "place", id: place.id, place });
  perStage.set(stage?.id ?? "", out);
  return out;
}

const stagesCache = new WeakMap<Model, Map<string, string[]>>();

/** For each source id, the stages (in date order) with at least one statement citing it. */
export function stagesCitingSources(model: Model): Map<string, string[]> {
  const cached = stagesCache.get(model);
  if (cached) return cached;
  const out = new Map<string, string[]>();
  for (const stage of stagesByDate(model)) {
    for (const id of statementsBySource(resolveStage(model, stage.id), stage).keys()) {
      const list = out.get(id);
      if (list) list.push(stage.id);
      else out.set(id, [stage.id]);
    }
  }
  stagesCache.set(model, out);
  return out;
}
