// A model's entities paired with the JSON pointer they came from, so that every check and
// every stage change can say exactly where in the author's file a problem lies. No zod at run
// time here (types only): stages.ts uses this on the app's first load.
import type { ENTITY_SCHEMAS, Meta, Source, StageUpdate } from "./schema";
import { COLLECTIONS } from "./vocabulary";
import type { Collection, Model, Stage as StageT } from "./types";
import type { z } from "./zod";

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

export function emptyCollections(): LocatedCollections {
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
