// A model's entities paired with the JSON pointer they came from, so that every check and
// every stage change can say exactly where in the author's file a problem lies.
import { ENTITY_SCHEMAS, Meta, Source, Stage, StageUpdate, COLLECTIONS } from "./schema";
import type { Collection, Model, Stage as StageT } from "./types";
import type { z } from "zod";

export type EntityOf<C extends Collection> = z.output<(typeof ENTITY_SCHEMAS)[C]>;
export type AnyEntity = EntityOf<Collection>;

export type Located<T> = { value: T; pointer: string };
export type LocatedCollections = { [C in Collection]: Located<EntityOf<C>>[] };

export type LocatedStage = {
  stage: Omit<StageT, "add" | "update" | "remove">;
  pointer: string;
  add: LocatedCollections;
  update: Located<z.output<typeof StageUpdate>>[];
  remove: Located<string>[];
};

export type LocatedModel = {
  meta: Located<z.output<typeof Meta>> | null;
  sources: Located<z.output<typeof Source>>[];
  base: LocatedCollections;
  stages: LocatedStage[];
  /** Ids seen on entities too malformed to keep: references to them are not reported twice. */
  malformedIds: Set<string>;
};

/** The key an entity is known by: nations by ISO code, everything else by id. */
export function entityKey(collection: Collection, entity: AnyEntity): string {
  return collection === "nations" ? (entity as EntityOf<"nations">).code : (entity as { id: string }).id;
}

function emptyCollections(): LocatedCollections {
  return { places: [], nations: [], roles: [], units: [], relations: [], claims: [] };
}

/** Pairs each entity of a valid model with its pointer. */
export function locateModel(model: Model): LocatedModel {
  const locate = <T>(items: readonly T[] | undefined, base: string): Located<T>[] =>
    (items ?? []).map((value, i) => ({ value, pointer: `${base}/${i}` }));
  const collections = (owner: Partial<Model> | undefined, base: string): LocatedCollections => {
    const out = emptyCollections();
    for (const c of COLLECTIONS) {
      (out[c] as Located<AnyEntity>[]) = locate(owner?.[c] as AnyEntity[] | undefined, `${base}/${c}`);
    }
    return out;
  };
  return {
    meta: { value: model.meta, pointer: "/meta" },
    sources: locate(model.meta.sources, "/meta/sources"),
    base: collections(model, ""),
    stages: model.stages.map((s, i) => {
      const pointer = `/stages/${i}`;
      const { add, update, remove, ...stage } = s;
      return {
        stage,
        pointer,
        add: collections(add as Partial<Model> | undefined, `${pointer}/add`),
        update: locate(update, `${pointer}/update`),
        remove: locate(remove, `${pointer}/remove`),
      };
    }),
    malformedIds: new Set(),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Keeps every element of an invalid model that is well-formed on its own, at its original
 * pointer, so integrity checks can still run and report alongside the shape problems.
 */
export function salvageModel(raw: unknown): LocatedModel | null {
  if (!isObject(raw)) return null;
  const malformedIds = new Set<string>();
  const keep = <S extends z.ZodType>(schema: S, items: unknown, base: string): Located<z.output<S>>[] => {
    if (!Array.isArray(items)) return [];
    const out: Located<z.output<S>>[] = [];
    items.forEach((item, i) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) out.push({ value: parsed.data, pointer: `${base}/${i}` });
      else if (isObject(item)) {
        const key = item.id ?? item.code;
        if (typeof key === "string") malformedIds.add(key);
      }
    });
    return out;
  };
  const collections = (owner: unknown, base: string): LocatedCollections => {
    const out = emptyCollections();
    if (!isObject(owner)) return out;
    for (const c of COLLECTIONS) {
      (out[c] as Located<AnyEntity>[]) = keep(
        ENTITY_SCHEMAS[c] as z.ZodType<AnyEntity>,
        owner[c],
        `${base}/${c}`,
      );
    }
    return out;
  };
  const metaRaw = raw.meta;
  const meta = Meta.safeParse(metaRaw);
  const sources = keep(Source, isObject(metaRaw) ? metaRaw.sources : undefined, "/meta/sources");
  const StageHeader = Stage.omit({ add: true, update: true, remove: true }).loose();
  const stages: LocatedStage[] = [];
  if (Array.isArray(raw.stages)) {
    raw.stages.forEach((s, i) => {
      const pointer = `/stages/${i}`;
      const header = StageHeader.safeParse(s);
      if (!header.success || !isObject(s)) return;
      const { add: _a, update: _u, remove: _r, ...stage } = header.data as Record<string, unknown>;
      stages.push({
        stage: stage as LocatedStage["stage"],
        pointer,
        add: collections(s.add, `${pointer}/add`),
        update: keep(StageUpdate, s.update, `${pointer}/update`),
        remove: keep(Stage.shape.remove.unwrap().element, s.remove, `${pointer}/remove`),
      });
    });
  }
  return {
    meta: meta.success ? { value: meta.data, pointer: "/meta" } : null,
    sources,
    base: collections(raw, ""),
    stages,
    malformedIds,
  };
}
