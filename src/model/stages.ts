// Stages are changes to a base: a stage names the stage it builds on (or the model's base)
// and adds, updates and removes entities. Resolving a stage applies its chain in order;
// diffing two stages compares what each resolves to.
import { COLLECTIONS } from "./vocabulary";
import { entityKey, locateModel } from "./located";
import type { AnyEntity, EntityOf, Located, LocatedModel, LocatedStage } from "./located";
import type { Collection, Model } from "./types";

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
