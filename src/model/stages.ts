// Stages are changes to a base: a stage names the stage it builds on (or the model's base)
// and adds, updates and removes entities. Resolving a stage applies its chain in order;
// diffing two stages compares what each resolves to.
import { COLLECTIONS } from "./vocabulary";
import { entityKey, locateModel } from "./located";
import type { AnyEntity, EntityOf, Located, LocatedModel, LocatedStage } from "./located";
import type { Collection, Model } from "./types";
import { isoDateValue } from "./dates";

/** A resolved entity: where it was defined, and which pointer last set each updated field. */
export type StageEntity<T> = Located<T> & { fieldPointers: Record<string, string> };
export type StageState = { [C in Collection]: Map<string, StageEntity<EntityOf<C>>> };

export type ChainResult = { chain: LocatedStage[]; cycle: boolean; missing: string | null };

/** The stages to apply, base first, to reach `stageId`; reports a cycle or a missing stage instead of looping. */
export function stageChain(stages: readonly LocatedStage[], stageId: string): ChainResult {
  const byId = new Map(stages.map((s) => [s.stage.id, s]));
  const chain: LocatedStage[] = [];
  const seen = new Set<string>();
  let current: string | undefined = stageId;
  while (current !== undefined) {
    if (seen.has(current)) return { chain: chain.reverse(), cycle: true, missing: null };
    seen.add(current);
    const stage = byId.get(current);
    if (!stage) return { chain: chain.reverse(), cycle: false, missing: current };
    chain.push(stage);
    current = stage.stage.basedOn;
  }
  return { chain: chain.reverse(), cycle: false, missing: null };
}

function emptyState(): StageState {
  return {
    places: new Map(),
    nations: new Map(),
    roles: new Map(),
    units: new Map(),
    relations: new Map(),
    claims: new Map(),
  };
}

/** Which collection holds `key` in a state, if any. */
export function findEntity(
  state: StageState,
  key: string,
): { collection: Collection; entity: StageEntity<AnyEntity> } | null {
  for (const c of COLLECTIONS) {
    const entity = state[c].get(key) as StageEntity<AnyEntity> | undefined;
    if (entity) return { collection: c, entity };
  }
  return null;
}

/** Applies one stage's changes to a state, in place. */
export function applyStage(state: StageState, stage: LocatedStage): void {
  for (const c of COLLECTIONS) {
    for (const item of stage.add[c] as Located<AnyEntity>[]) {
      (state[c] as Map<string, StageEntity<AnyEntity>>).set(entityKey(c, item.value), {
        ...item,
        fieldPointers: {},
      });
    }
  }
  for (const update of stage.update) {
    const found = findEntity(state, update.value.id);
    if (!found) continue; // integrity reports it
    const fieldPointers = { ...found.entity.fieldPointers };
    for (const field of Object.keys(update.value.set))
      fieldPointers[field] = `${update.pointer}/set/${field}`;
    (state[found.collection] as Map<string, StageEntity<AnyEntity>>).set(update.value.id, {
      value: { ...found.entity.value, ...update.value.set } as AnyEntity,
      pointer: found.entity.pointer,
      fieldPointers,
    });
  }
  for (const removal of stage.remove) {
    for (const c of COLLECTIONS) state[c].delete(removal.value);
  }
}

/** The state of a located model at a stage (null: the base alone). */
export function resolveLocated(model: LocatedModel, stageId: string | null): StageState {
  const state = emptyState();
  for (const c of COLLECTIONS) {
    for (const item of model.base[c] as Located<AnyEntity>[]) {
      (state[c] as Map<string, StageEntity<AnyEntity>>).set(entityKey(c, item.value), {
        ...item,
        fieldPointers: {},
      });
    }
  }
  if (stageId !== null) for (const stage of stageChain(model.stages, stageId).chain) applyStage(state, stage);
  return state;
}

/** A model as it stands at one stage: plain entity lists, in definition order. */
export type ResolvedModel = { [C in Collection]: EntityOf<C>[] } & { stageId: string | null };

const locatedCache = new WeakMap<Model, LocatedModel>();
const resolvedCache = new WeakMap<Model, Map<string, ResolvedModel>>();

/** The model at a stage; memoised per model object and stage, since views ask often. */
export function resolveStage(model: Model, stageId: string | null): ResolvedModel {
  let perStage = resolvedCache.get(model);
  if (!perStage) resolvedCache.set(model, (perStage = new Map()));
  const key = stageId ?? "";
  const cached = perStage.get(key);
  if (cached) return cached;
  let located = locatedCache.get(model);
  if (!located) locatedCache.set(model, (located = locateModel(model)));
  const state = resolveLocated(located, stageId);
  const resolved = { stageId } as ResolvedModel;
  for (const c of COLLECTIONS) {
    (resolved[c] as AnyEntity[]) = [...(state[c] as Map<string, StageEntity<AnyEntity>>).values()].map(
      (e) => e.value,
    );
  }
  perStage.set(key, resolved);
  return resolved;
}

/** A stage's name for the reader; its id where the model has no such stage. */
export function stageName(model: Pick<Model, "stages">, id: string): string {
  return model.stages.find((s) => s.id === id)?.name ?? id;
}

/** The stage shown when nothing else is asked for: the model's default, else its last stage. */
export function defaultStageId(model: Model): string | null {
  if (model.meta.defaultStage && model.stages.some((s) => s.id === model.meta.defaultStage))
    return model.meta.defaultStage;
  return model.stages.at(-1)?.id ?? null;
}

export type FieldChange = { field: string; before: unknown; after: unknown };
export type EntityChange<T> = { key: string; before: T; after: T; fields: FieldChange[] };
export type StageDiff = {
  [C in Collection]: { added: EntityOf<C>[]; removed: EntityOf<C>[]; changed: EntityChange<EntityOf<C>>[] };
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What differs between two stages: entities added, removed, and changed field by field. */
export function diffStages(model: Model, fromStage: string | null, toStage: string | null): StageDiff {
  const before = resolveStage(model, fromStage);
  const after = resolveStage(model, toStage);
  const diff = {} as StageDiff;
  for (const c of COLLECTIONS) {
    const key = (e: AnyEntity) => entityKey(c, e);
    const a = new Map((before[c] as AnyEntity[]).map((e) => [key(e), e]));
    const b = new Map((after[c] as AnyEntity[]).map((e) => [key(e), e]));
    const changed: EntityChange<AnyEntity>[] = [];
    for (const [k, next] of b) {
      const prev = a.get(k);
      if (!prev || same(prev, next)) continue;
      const fields = [...new Set([...Object.keys(prev), ...Object.keys(next)])]
        .filter((f) => !same((prev as Record<string, unknown>)[f], (next as Record<string, unknown>)[f]))
        .map((f) => ({
          field: f,
          before: (prev as Record<string, unknown>)[f],
          after: (next as Record<string, unknown>)[f],
        }));
      changed.push({ key: k, before: prev, after: next, fields });
    }
    (diff[c] as StageDiff[Collection]) = {
      added: [...b.entries()].filter(([k]) => !a.has(k)).map(([, e]) => e),
      removed: [...a.entries()].filter(([k]) => !b.has(k)).map(([, e]) => e),
      changed,
    } as StageDiff[Collection];
  }
  return diff;
}

// ---------------------------------------------------------------------------------------------
// Comparing two stages: which stages to compare, the statements that differ (each with its own
// sources), the union both stages' items are drawn from, and a mark for every item.

/** Two stages to compare, earlier first. */
export type ComparePair = { from: string; to: string };

/** Why a requested pair could not be used as asked (the view puts it in words). */
export type CompareProblem =
  | { kind: "one-stage" }
  | { kind: "malformed"; text: string }
  | { kind: "unknown"; ids: string[] }
  | { kind: "identical"; id: string };

/** The model's stages in date order (stable among equal dates: the model's order). */
export function stagesByDate(model: Pick<Model, "stages">): Model["stages"] {
  return model.stages
    .map((stage, i) => ({ stage, i, at: isoDateValue(stage.date) ?? 0 }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((s) => s.stage);
}

/** "2025-03..2026-01" ⇄ a pair; both halves must be present. */
export function parseComparePair(text: string): { from: string; to: string } | null {
  const m = /^([^.]+)\.\.([^.]+)$/.exec(text.trim());
  return m ? { from: m[1]!, to: m[2]! } : null;
}
export const formatComparePair = (pair: ComparePair) => `${pair.from}..${pair.to}`;

/**
 * The pair to compare for a request (?compare=a..b): the stages in date order, or — when the
 * request names an unknown stage, the same stage twice, or is not a pair — the nearest sensible
 * pair and the problem, for a quiet notice. A model with fewer than two stages has no pair.
 */
export function comparePairFor(
  model: Pick<Model, "stages" | "meta">,
  requested: string,
): { pair: ComparePair | null; problem: CompareProblem | null } {
  const ordered = stagesByDate(model).map((s) => s.id);
  if (ordered.length < 2) return { pair: null, problem: { kind: "one-stage" } };
  const position = (id: string) => ordered.indexOf(id);
  /** The known stage and its neighbour: the one before it, or after it when it is the first. */
  const around = (id: string): ComparePair => {
    const i = position(id);
    return i > 0 ? { from: ordered[i - 1]!, to: id } : { from: id, to: ordered[1]! };
  };
  const fallback = () => around(defaultStageId(model as Model) ?? ordered.at(-1)!);
  const parsed = parseComparePair(requested);
  if (!parsed) return { pair: fallback(), problem: { kind: "malformed", text: requested } };
  const unknown = [parsed.from, parsed.to].filter((id) => position(id) < 0);
  if (unknown.length === 2) return { pair: fallback(), problem: { kind: "unknown", ids: unknown } };
  if (unknown.length === 1) {
    const known = position(parsed.from) < 0 ? parsed.to : parsed.from;
    return { pair: around(known), problem: { kind: "unknown", ids: unknown } };
  }
  if (parsed.from === parsed.to)
    return { pair: around(parsed.from), problem: { kind: "identical", id: parsed.from } };
  // Earlier first, so "added" always means "came later".
  return position(parsed.from) < position(parsed.to)
    ? { pair: parsed, problem: null }
    : { pair: { from: parsed.to, to: parsed.from }, problem: null };
}

/** How an item differs between the two stages; "role": a nation's role in a unit changed. */
export type ChangeKind = "added" | "removed" | "status" | "role" | "changed";
export type ItemChange = ChangeKind | "unchanged";

type DifferenceOf<K extends string, T> = {
  kind: K;
  /** Entity key; for a part of a unit with its own sources, "unitId/part". */
  key: string;
  change: ChangeKind;
  before: T | null;
  after: T | null;
  /** Fields that differ, for a changed item. */
  fields: string[];
  /** The units, nations and places it is about: for grouping and for the marks. */
  subjects: string[];
  /** The statement's sources in the later stage (in the earlier one if it was removed). */
  sources: readonly string[];
  /** The first stage after `from` that made this change, when `from` lies on `to`'s chain. */
  since: string | null;
  /** The last stage of the pair that changed it again, when that is not `since` (added, then reworded). */
  changedAgain: string | null;
};

export type Difference =
  | DifferenceOf<"unit", EntityOf<"units">>
  | DifferenceOf<"role", EntityOf<"roles">>
  | DifferenceOf<"relation", EntityOf<"relations">>
  | DifferenceOf<"claim", EntityOf<"claims">>
  | DifferenceOf<"place", EntityOf<"places">>
  | DifferenceOf<"nation", EntityOf<"nations">>
  | DifferenceOf<"aggregate", NonNullable<EntityOf<"units">["otherContributors"]>>
  | DifferenceOf<"commander", NonNullable<EntityOf<"units">["commander"]>>
  | DifferenceOf<"seats", NonNullable<EntityOf<"units">["rotation"]>>;

/** The mark an item carries in compare mode: its headline change and what changed around it. */
export type ItemMark = {
  change: ItemChange;
  /** The item's own status in each stage (null where it does not exist). */
  statusBefore: string | null;
  statusAfter: string | null;
  /** The item's own difference (a unit added, a role's status changed…), if any. */
  own: Difference | null;
  /** Differences about it other than its own: roles in a unit, claims about a nation… */
  related: Difference[];
};

export type ChangeMarks = {
  pair: ComparePair;
  /**
   * Every unit, nation and place of the union; every role, relation and claim by id, and every
   * unit's aggregate, commander and seats as "unitId/otherContributors" (and so on).
   */
  units: ReadonlyMap<string, ItemMark>;
  nations: ReadonlyMap<string, ItemMark>;
  places: ReadonlyMap<string, ItemMark>;
  statements: ReadonlyMap<string, ItemMark>;
};

export type StageComparison = {
  pair: ComparePair;
  differences: Difference[];
  /** Both stages' items: the later stage's, with the earlier stage's removed items put back. */
  union: ResolvedModel;
  marks: ChangeMarks;
};

/** Unit fields that are statements of their own, with their own sources and status. */
const UNIT_PARTS = { otherContributors: "aggregate", commander: "commander", rotation: "seats" } as const;

type Sourced = { sources: readonly string[]; status?: string };
const statusOf = (item: unknown) => (item as { status?: string } | null)?.status ?? null;

function subjectsOf(kind: Difference["kind"], item: AnyEntity, unitId?: string): string[] {
  if (unitId) return [unitId];
  switch (kind) {
    case "unit":
      return [(item as EntityOf<"units">).id];
    case "role": {
      const role = item as EntityOf<"roles">;
      return [role.nation, role.in];
    }
    case "relation": {
      const relation = item as EntityOf<"relations">;
      return [relation.from, relation.to];
    }
    case "claim": {
      const claim = item as EntityOf<"claims">;
      return claim.place ? [claim.about, claim.place] : [claim.about];
    }
    case "place":
      return [(item as EntityOf<"places">).id];
    case "nation":
      return [(item as EntityOf<"nations">).code];
    default:
      return [];
  }
}

const COLLECTION_KIND = {
  units: "unit",
  roles: "role",
  relations: "relation",
  claims: "claim",
  places: "place",
  nations: "nation",
} as const;

/** A changed item's headline: a role's kind first (its status is said with it), then status, else "changed". */
function changeOf(fields: readonly string[]): ChangeKind {
  if (fields.includes("role")) return "role";
  if (fields.includes("status")) return "status";
  return "changed";
}

/** The statements that differ between two resolved stages (no `since` yet). */
function differencesBetween(before: ResolvedModel, after: ResolvedModel): Difference[] {
  const out: Difference[] = [];
  const push = (d: Omit<DifferenceOf<string, unknown>, "since" | "changedAgain">) =>
    out.push({ ...d, since: null, changedAgain: null } as Difference);
  // A unit added or removed brings or takes its aggregate, commander and seats, each a statement
  // with sources of its own: listed too, so no statement of the pair goes unsaid.
  const pushUnitParts = (k: string, unit: AnyEntity, change: "added" | "removed") => {
    for (const [field, partKind] of Object.entries(UNIT_PARTS)) {
      const part = (unit as Record<string, unknown>)[field] as Sourced | undefined;
      if (!part) continue;
      push({
        kind: partKind,
        key: `${k}/${field}`,
        change,
        before: change === "removed" ? part : null,
        after: change === "added" ? part : null,
        fields: [],
        subjects: [k],
        sources: partSources(part),
      });
    }
  };
  for (const c of COLLECTIONS) {
    const kind = COLLECTION_KIND[c];
    const key = (e: AnyEntity) => entityKey(c, e);
    const a = new Map((before[c] as AnyEntity[]).map((e) => [key(e), e]));
    const b = new Map((after[c] as AnyEntity[]).map((e) => [key(e), e]));
    const added = [...b.values()].filter((e) => !a.has(key(e)));
    const removed = [...a.values()].filter((e) => !b.has(key(e)));
    const sourcesOf = (e: AnyEntity) => (e as Partial<Sourced>).sources ?? [];
    // A nation whose role in a unit is replaced by another role (a new id) changed its role.
    if (c === "roles") {
      const slot = (r: AnyEntity) => `${(r as EntityOf<"roles">).nation}>${(r as EntityOf<"roles">).in}`;
      for (const gone of [...removed]) {
        const match = added.find((n) => slot(n) === slot(gone));
        if (!match) continue;
        removed.splice(removed.indexOf(gone), 1);
        added.splice(added.indexOf(match), 1);
        const fields = changedFields(gone, match).filter((f) => f !== "id");
        push({
          kind,
          key: key(match),
          change: fields.length ? changeOf(fields) : "changed",
          before: gone,
          after: match,
          fields,
          subjects: subjectsOf(kind, match),
          sources: sourcesOf(match),
        });
      }
    }
    for (const e of added) {
      push({
        kind,
        key: key(e),
        change: "added",
        before: null,
        after: e,
        fields: [],
        subjects: subjectsOf(kind, e),
        sources: sourcesOf(e),
      });
      if (c === "units") pushUnitParts(key(e), e, "added");
    }
    for (const e of removed) {
      push({
        kind,
        key: key(e),
        change: "removed",
        before: e,
        after: null,
        fields: [],
        subjects: subjectsOf(kind, e),
        sources: sourcesOf(e),
      });
      if (c === "units") pushUnitParts(key(e), e, "removed");
    }
    for (const [k, next] of b) {
      const prev = a.get(k);
      if (!prev) continue;
      let fields = changedFields(prev, next);
      if (c === "units") {
        // A unit's aggregate, commander and seats are statements of their own, with their own sources.
        for (const [field, partKind] of Object.entries(UNIT_PARTS)) {
          if (!fields.includes(field)) continue;
          const p = (prev as Record<string, unknown>)[field] as Sourced | undefined;
          const n = (next as Record<string, unknown>)[field] as Sourced | undefined;
          const partFields = p && n ? changedFields(p, n) : [];
          push({
            kind: partKind,
            key: `${k}/${field}`,
            change: !p ? "added" : !n ? "removed" : changeOf(partFields),
            before: p ?? null,
            after: n ?? null,
            fields: partFields,
            subjects: [k],
            sources: partSources(n ?? p!),
          });
        }
        fields = fields.filter((f) => !(f in UNIT_PARTS));
      }
      if (fields.length === 0) continue;
      push({
        kind,
        key: k,
        change: changeOf(fields),
        before: prev,
        after: next,
        fields,
        subjects: subjectsOf(kind, next),
        sources: sourcesOf(next),
      });
    }
  }
  return out;
}

/** Seats have no sources of their own as a whole: each seat cites its own. */
function partSources(part: Sourced | { seats: Sourced[] }): string[] {
  if ("seats" in part) return [...new Set(part.seats.flatMap((s) => [...s.sources]))];
  return [...part.sources];
}

function changedFields(prev: object, next: object): string[] {
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  return [...new Set([...Object.keys(p), ...Object.keys(n)])].filter((f) => !same(p[f], n[f]));
}

/**
 * Both stages at once: the later stage's items, with each item removed since the earlier stage
 * put back after the item it followed, so removed units keep their place in the tree. (A removed
 * unit's parent exists in the earlier stage, and no unit of the later stage can point at the
 * removed one, so putting it back cannot close a loop.)
 */
export function stageUnion(
  before: ResolvedModel,
  after: ResolvedModel,
  /** Keys not to put back: roles replaced by another role of the same nation in the same unit. */
  replaced: ReadonlySet<string> = new Set(),
): ResolvedModel {
  const union = { stageId: after.stageId } as ResolvedModel;
  for (const c of COLLECTIONS) {
    const key = (e: AnyEntity) => entityKey(c, e);
    const list = [...(after[c] as AnyEntity[])];
    const present = new Set(list.map(key));
    let previous: string | null = null;
    for (const item of before[c] as AnyEntity[]) {
      const k = key(item);
      if (!present.has(k) && !(c === "roles" && replaced.has(k))) {
        const at = previous === null ? 0 : list.findIndex((e) => key(e) === previous) + 1;
        list.splice(at, 0, item);
        present.add(k);
      }
      previous = k;
    }
    (union[c] as AnyEntity[]) = list;
  }
  return union;
}

const comparisonCache = new WeakMap<Model, Map<string, StageComparison>>();

/**
 * Everything compare mode shows, for two stages of a model: the differences (each a statement
 * with its sources, tagged with the stage that made it when the stages lie on one chain), the
 * union of both stages, and the marks. Memoised per model and pair.
 */
export function compareStages(model: Model, pair: ComparePair): StageComparison {
  let perPair = comparisonCache.get(model);
  if (!perPair) comparisonCache.set(model, (perPair = new Map()));
  const cacheKey = formatComparePair(pair);
  const cached = perPair.get(cacheKey);
  if (cached) return cached;

  const before = resolveStage(model, pair.from);
  const after = resolveStage(model, pair.to);
  const differences = differencesBetween(before, after);
  tagSince(model, pair, differences);
  const replaced = new Set<string>();
  for (const d of differences)
    if (d.kind === "role" && d.before && d.after && d.before.id !== d.after.id) replaced.add(d.before.id);
  const union = stageUnion(before, after, replaced);
  const comparison: StageComparison = {
    pair,
    differences,
    union,
    marks: marksFor(pair, differences, union, before, after),
  };
  perPair.set(cacheKey, comparison);
  return comparison;
}

/** Tags each difference with the first stage between `from` and `to` that made it. */
function tagSince(model: Model, pair: ComparePair, differences: Difference[]): void {
  const chain = stageChain((locatedCache.get(model) ?? locateModel(model)).stages, pair.to).chain.map(
    (s) => s.stage.id,
  );
  const start = chain.indexOf(pair.from);
  if (start < 0) return;
  const steps = chain.slice(start + 1);
  const firstChange = new Map<string, string>();
  const lastChange = new Map<string, string>();
  let previous = pair.from;
  for (const step of steps) {
    for (const d of differencesBetween(resolveStage(model, previous), resolveStage(model, step))) {
      const k = `${d.kind}:${d.key}`;
      if (!firstChange.has(k)) firstChange.set(k, step);
      lastChange.set(k, step);
    }
    previous = step;
  }
  for (const d of differences) {
    const beforeKey = d.kind === "role" && d.before ? `${d.kind}:${d.before.id}` : "";
    const k = firstChange.has(`${d.kind}:${d.key}`) ? `${d.kind}:${d.key}` : beforeKey;
    d.since = firstChange.get(k) ?? null;
    const last = lastChange.get(k) ?? null;
    d.changedAgain = last !== d.since ? last : null;
  }
}

const UNIT_ORDER: readonly ItemChange[] = ["added", "removed", "status", "role", "changed", "unchanged"];
const NATION_ORDER: readonly ItemChange[] = ["added", "removed", "role", "status", "changed", "unchanged"];

function marksFor(
  pair: ComparePair,
  differences: readonly Difference[],
  union: ResolvedModel,
  before: ResolvedModel,
  after: ResolvedModel,
): ChangeMarks {
  const about = new Map<string, Difference[]>();
  for (const d of differences)
    for (const s of d.subjects) {
      const list = about.get(s);
      if (list) list.push(d);
      else about.set(s, [d]);
    }
  const own = (kind: Difference["kind"], key: string) =>
    differences.find((d) => d.kind === kind && d.key === key);
  const mark = (
    ownDiff: Difference | undefined,
    related: readonly Difference[],
    order: readonly ItemChange[],
    fallback: (related: readonly Difference[]) => ItemChange,
  ): ItemMark => {
    const candidates: ItemChange[] = [ownDiff?.change ?? "unchanged", fallback(related)];
    const change = order.find((c) => candidates.includes(c)) ?? "unchanged";
    return {
      change,
      statusBefore: ownDiff ? statusOf(ownDiff.before) : null,
      statusAfter: ownDiff ? statusOf(ownDiff.after) : null,
      own: ownDiff ?? null,
      related: related.filter((d) => d !== ownDiff),
    };
  };
  const withStatus = (m: ItemMark, item: unknown, existsBefore: boolean, existsAfter: boolean): ItemMark =>
    m.statusBefore !== null || m.statusAfter !== null
      ? m
      : {
          ...m,
          statusBefore: existsBefore ? statusOf(item) : null,
          statusAfter: existsAfter ? statusOf(item) : null,
        };

  const beforeUnits = new Set(before.units.map((u) => u.id));
  const afterUnits = new Set(after.units.map((u) => u.id));
  const units = new Map<string, ItemMark>();
  for (const unit of union.units) {
    const related = about.get(unit.id) ?? [];
    const m = mark(own("unit", unit.id), related, UNIT_ORDER, (list) =>
      list.some((d) => d.kind === "role")
        ? "role"
        : list.some((d) => d.kind !== "unit")
          ? "changed"
          : "unchanged",
    );
    units.set(unit.id, withStatus(m, unit, beforeUnits.has(unit.id), afterUnits.has(unit.id)));
  }

  // A nation is added when it held no role before and holds one now (removed: the reverse).
  const holds = (model: ResolvedModel) => new Set(model.roles.map((r) => r.nation));
  const heldBefore = holds(before);
  const heldAfter = holds(after);
  const nations = new Map<string, ItemMark>();
  for (const nation of union.nations) {
    const related = about.get(nation.code) ?? [];
    const ownDiff = own("nation", nation.code);
    const roles = related.filter((d) => d.kind === "role");
    const m = mark(ownDiff, related, NATION_ORDER, () => {
      if (roles.length && !heldBefore.has(nation.code) && heldAfter.has(nation.code)) return "added";
      if (roles.length && heldBefore.has(nation.code) && !heldAfter.has(nation.code)) return "removed";
      if (roles.some((d) => d.change !== "status")) return "role";
      if (roles.length) return "status";
      return related.length ? "changed" : "unchanged";
    });
    nations.set(nation.code, m);
  }

  const places = new Map<string, ItemMark>();
  for (const place of union.places) {
    const related = [...(about.get(place.id) ?? [])];
    // What sits there changed: a unit based at the place, or a seat in it.
    for (const unit of union.units) {
      const here = unit.place === place.id || unit.rotation?.seats.some((s) => s.place === place.id);
      if (here)
        related.push(...(about.get(unit.id) ?? []).filter((d) => d.kind === "unit" || d.kind === "seats"));
    }
    places.set(
      place.id,
      mark(own("place", place.id), related, UNIT_ORDER, (list) => (list.length ? "changed" : "unchanged")),
    );
  }

  const statements = new Map<string, ItemMark>();
  const collectionsWithStatements = [
    ["role", union.roles],
    ["relation", union.relations],
    ["claim", union.claims],
  ] as const;
  for (const [kind, items] of collectionsWithStatements) {
    const beforeIds = new Set(
      (kind === "role" ? before.roles : kind === "relation" ? before.relations : before.claims).map(
        (e) => e.id,
      ),
    );
    const afterIds = new Set(
      (kind === "role" ? after.roles : kind === "relation" ? after.relations : after.claims).map((e) => e.id),
    );
    for (const item of items) {
      const ownDiff = own(kind, item.id);
      const m = mark(ownDiff, [], UNIT_ORDER, () => "unchanged");
      statements.set(item.id, withStatus(m, item, beforeIds.has(item.id), afterIds.has(item.id)));
    }
  }
  // A unit's aggregate, commander and seats: statements of their own, keyed "unitId/part".
  for (const unit of union.units) {
    for (const [field, kind] of Object.entries(UNIT_PARTS)) {
      const part = (unit as Record<string, unknown>)[field];
      const key = `${unit.id}/${field}`;
      const ownDiff = own(kind, key);
      if (!part && !ownDiff) continue;
      const m = mark(ownDiff, [], UNIT_ORDER, () => "unchanged");
      statements.set(key, withStatus(m, part ?? null, beforeUnits.has(unit.id), afterUnits.has(unit.id)));
    }
  }
  return { pair, units, nations, places, statements };
}
