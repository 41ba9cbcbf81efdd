// Salvage from an invalid model: every element that is well-formed on its own, at its original
// pointer, so integrity checks still run and report alongside the shape problems. Validation
// only (it needs the zod schemas), apart from located.ts, which the app's first load uses.
import { ENTITY_SCHEMAS, Meta, Source, Stage, StageRemoval, StageUpdate } from "./schema";
import { COLLECTIONS } from "./vocabulary";
import { emptyCollections } from "./located";
import type { AnyEntity, Located, LocatedCollections, LocatedModel, LocatedStage } from "./located";
import { z } from "./zod";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Keeps every element of an invalid model that is well-formed on its own, at its original
 * pointer, so integrity checks can still run and report alongside the shape problems.
 */
export function salvageModel(raw: unknown): LocatedModel | null {
  if (!isObject(raw)) return null;
  const malformedIds = new Set<string>();
  const keep = <S extends z.ZodMiniType>(schema: S, items: unknown, base: string): Located<z.output<S>>[] => {
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
        ENTITY_SCHEMAS[c] as z.ZodMiniType<AnyEntity>,
        owner[c],
        `${base}/${c}`,
      );
    }
    return out;
  };
  const metaRaw = raw.meta;
  const meta = Meta.safeParse(metaRaw);
  const sources = keep(Source, isObject(metaRaw) ? metaRaw.sources : undefined, "/meta/sources");
  const StageHeader = z.catchall(z.omit(Stage, { add: true, update: true, remove: true }), z.unknown());
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
        remove: keep(StageRemoval, s.remove, `${pointer}/remove`),
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
