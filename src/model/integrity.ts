// Checks that the shape alone cannot make: unique ids, references that resolve, no cycles,
// rotation periods that do not overlap, coordinates in range, real calendar dates.
// Pure: collects every problem with a pointer and a fix; never throws.
import { ENTITY_SCHEMAS } from "./schema";
import { entityKey, locateModel } from "./located";
import type { AnyEntity, EntityOf, Located, LocatedModel } from "./located";
import { findEntity, resolveLocated, stageChain } from "./stages";
import type { StageEntity, StageState } from "./stages";
import type { Collection, Model, Problem } from "./types";
import { COLLECTIONS } from "./vocabulary";
import { z } from "./zod";
import { isoDateValue } from "./dates";
import { shapeProblem } from "./shape-problems";

export { isoDateValue };

export function checkIntegrity(model: Model): Problem[] {
  return checkLocatedIntegrity(locateModel(model));
}

const NOUN: Record<Collection, string> = {
  places: "place",
  nations: "nation",
  roles: "role",
  units: "unit",
  relations: "relation",
  claims: "claim",
};

export function checkLocatedIntegrity(model: LocatedModel): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const report = (pointer: string, message: string) => {
    const key = pointer + "\n" + message;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ pointer, message });
  };

  // --- Sources: unique ids, and every citation resolves.
  const sourceIds = new Set<string>();
  for (const s of model.sources) {
    if (sourceIds.has(s.value.id))
      report(`${s.pointer}/id`, `Source id "${s.value.id}" is used twice. Give each source its own id.`);
    sourceIds.add(s.value.id);
    checkDate(s.value.date, `${s.pointer}/date`, report);
  }
  const checkSources = (list: readonly string[] | undefined, pointer: string) =>
    list?.forEach((id, i) => {
      // A source too malformed to keep is reported by its shape; its citations are not.
      if (!sourceIds.has(id) && !model.malformedIds.has(id))
        report(
          `${pointer}/${i}`,
          `Source "${id}" is not in meta.sources. Add it there or cite an existing source id.`,
        );
    });
  if (model.meta) checkDate(model.meta.value.asOf, "/meta/asOf", report);

  // --- Stage headers: unique ids, known bases, no cycles.
  const stageIds = new Set<string>();
  for (const s of model.stages) {
    if (stageIds.has(s.stage.id))
      report(`${s.pointer}/id`, `Stage id "${s.stage.id}" is used twice. Give each stage its own id.`);
    stageIds.add(s.stage.id);
    checkDate(s.stage.date, `${s.pointer}/date`, report);
    checkSources(s.stage.sources, `${s.pointer}/sources`);
  }
  for (const s of model.stages) {
    const based = s.stage.basedOn;
    if (based !== undefined && !stageIds.has(based))
      report(
        `${s.pointer}/basedOn`,
        `Stage "${based}" does not exist. Name one of the model's stage ids, or omit basedOn to build on the base.`,
      );
    else if (stageChain(model.stages, s.stage.id).cycle)
      report(
        `${s.pointer}/basedOn`,
        `Stage "${s.stage.id}" builds on itself through basedOn. Break the loop so the chain ends at the base.`,
      );
  }
  const defaultStage = model.meta?.value.defaultStage;
  if (defaultStage !== undefined && !stageIds.has(defaultStage))
    report(
      "/meta/defaultStage",
      `Stage "${defaultStage}" does not exist. Name one of the model's stage ids.`,
    );

  // --- Every definition (base and stage additions): unique ids, ranges, dates, sources.
  const definedAt = new Map<string, string>();
  const definitions: { collection: Collection; item: Located<AnyEntity> }[] = [];
  for (const c of COLLECTIONS)
    for (const item of model.base[c] as Located<AnyEntity>[]) definitions.push({ collection: c, item });
  for (const s of model.stages)
    for (const c of COLLECTIONS)
      for (const item of s.add[c] as Located<AnyEntity>[]) definitions.push({ collection: c, item });
  for (const { collection, item } of definitions) {
    const key = entityKey(collection, item.value);
    const field = collection === "nations" ? "code" : "id";
    const first = definedAt.get(key);
    if (first !== undefined)
      report(
        `${item.pointer}/${field}`,
        `"${key}" is already defined at ${first}. Ids must be unique across the whole model, stages included; rename one of them.`,
      );
    else definedAt.set(key, item.pointer);
    checkDefinition(collection, item, report, checkSources);
  }

  // --- Stage updates and removals: the target exists and the new values fit its shape.
  for (const s of model.stages) {
    const chain = stageChain(model.stages, s.stage.id);
    if (chain.cycle || chain.missing) continue;
    const before = resolveLocated(model, s.stage.basedOn ?? null);
    for (const u of s.update) {
      const found = findEntity(before, u.value.id);
      if (!found) {
        if (!model.malformedIds.has(u.value.id))
          report(
            `${u.pointer}/id`,
            `There is nothing with id "${u.value.id}" to update in the stage this one builds on. Check the id, or add the entity instead.`,
          );
        continue;
      }
      checkUpdate(found.collection, found.entity, u, report, checkSources);
    }
    for (const r of s.remove) {
      if (!findEntity(before, r.value) && !model.malformedIds.has(r.value))
        report(
          r.pointer,
          `There is nothing with id "${r.value}" to remove in the stage this one builds on. Check the id.`,
        );
    }
  }

  // --- References and cycles, in the base and in every stage as it resolves.
  const states: { label: string; state: StageState }[] = [
    { label: "the base", state: resolveLocated(model, null) },
  ];
  for (const s of model.stages) {
    const chain = stageChain(model.stages, s.stage.id);
    if (!chain.cycle && !chain.missing)
      states.push({ label: `stage "${s.stage.id}"`, state: resolveLocated(model, s.stage.id) });
  }
  // An entity kept from one state to the next would repeat its broken reference once per stage:
  // report each pointer and missing key once, in the first state where it is broken.
  const referenceSeen = new Set<string>();
  const reportReference =
    (subject: string): Report =>
    (pointer, message) => {
      const key = pointer + "\n" + subject;
      if (referenceSeen.has(key)) return;
      referenceSeen.add(key);
      report(pointer, message);
    };
  for (const { label, state } of states) checkReferences(state, label, model.malformedIds, reportReference);

  return problems;
}

type Report = (pointer: string, message: string) => void;
type CheckSources = (list: readonly string[] | undefined, pointer: string) => void;

function checkDate(date: string | undefined, pointer: string, report: Report) {
  if (date !== undefined && isoDateValue(date) === null)
    report(
      pointer,
      `"${date}" is not a real calendar date. Use YYYY, YYYY-MM or YYYY-MM-DD with a valid month and day.`,
    );
}

function checkDefinition(
  collection: Collection,
  item: Located<AnyEntity>,
  report: Report,
  checkSources: CheckSources,
) {
  const p = item.pointer;
  const v = item.value as Record<string, unknown>;
  checkSources(v.sources as string[] | undefined, `${p}/sources`);
  if (typeof v.date === "string") checkDate(v.date, `${p}/date`, report);
  if (collection === "places") {
    const place = item.value as EntityOf<"places">;
    if (place.lat < -90 || place.lat > 90)
      report(`${p}/lat`, `Latitude ${place.lat} is out of range. Use decimal degrees from -90 to 90.`);
    if (place.lon < -180 || place.lon > 180)
      report(
        `${p}/lon`,
        `Longitude ${place.lon} is out of range. Use decimal degrees from -180 to 180 (west is negative).`,
      );
  }
  if (collection === "units") checkUnitParts(item.value as EntityOf<"units">, p, report, checkSources);
  if (collection === "relations") {
    const r = item.value as EntityOf<"relations">;
    if (r.from === r.to)
      report(`${p}/to`, `Relation "${r.id}" points from "${r.from}" to itself. Name two different units.`);
  }
}

function checkUnitParts(unit: EntityOf<"units">, p: string, report: Report, checkSources: CheckSources) {
  if (unit.commander) checkSources(unit.commander.sources, `${p}/commander/sources`);
  if (unit.otherContributors) checkSources(unit.otherContributors.sources, `${p}/otherContributors/sources`);
  if (unit.place && unit.rotation)
    report(
      `${p}/rotation`,
      `Unit "${unit.id}" has both a place and a rotation. Keep the rotation and remove the place: the rotation says where it sits over time.`,
    );
  if (!unit.rotation) return;
  const seats = unit.rotation.seats.map((seat, i) => ({
    seat,
    i,
    from: isoDateValue(seat.from),
    until: isoDateValue(seat.until),
  }));
  for (const { seat, i, from, until } of seats) {
    const sp = `${p}/rotation/seats/${i}`;
    checkSources(seat.sources, `${sp}/sources`);
    checkDate(seat.from, `${sp}/from`, report);
    checkDate(seat.until, `${sp}/until`, report);
    if (from !== null && until !== null && from >= until)
      report(
        `${sp}/until`,
        `The period ends (${seat.until}) before or when it starts (${seat.from}). Make "until" later than "from".`,
      );
  }
  const ordered = seats.filter((s) => s.from !== null && s.until !== null).sort((a, b) => a.from! - b.from!);
  for (let k = 1; k < ordered.length; k++) {
    const prev = ordered[k - 1]!;
    const next = ordered[k]!;
    if (next.from! < prev.until!)
      report(
        `${p}/rotation/seats/${next.i}/from`,
        `This seat period (from ${next.seat.from}) overlaps the one at /rotation/seats/${prev.i} (until ${prev.seat.until}). A unit sits in one place at a time: start it when the other ends.`,
      );
  }
}

function checkUpdate(
  collection: Collection,
  target: StageEntity<AnyEntity>,
  update: Located<{ id: string; set: Record<string, unknown> }>,
  report: Report,
  checkSources: CheckSources,
) {
  const keyField = collection === "nations" ? "code" : "id";
  if (keyField in update.value.set) {
    report(
      `${update.pointer}/set/${keyField}`,
      `A stage cannot rename "${update.value.id}". Remove it and add a new entity instead.`,
    );
    return;
  }
  // Every field optional, unknown fields still refused: the entity schemas are strict objects, and
  // z.partial keeps that.
  const schema = z.partial(ENTITY_SCHEMAS[collection] as z.ZodMiniObject);
  const parsed = schema.safeParse(update.value.set, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const shaped = shapeProblem(issue, `${update.pointer}/set`);
      // A field missing inside a set value (a partial rotation, say) is not in the file: say
      // which, as the model's own shape problems do, so the pointer still leads the author there.
      const message = issue.input === undefined ? shaped.message.replace(/\.$/, "") : issue.message;
      report(shaped.pointer, `${message} (updating ${NOUN[collection]} "${update.value.id}").`);
    }
    return;
  }
  // Check the updated entity as a whole, at the update's own pointers.
  const merged = { ...target.value, ...parsed.data } as AnyEntity;
  const relocated: Located<AnyEntity> = { value: merged, pointer: `${update.pointer}/set` };
  const reportIfSet: Report = (pointer, message) => {
    const field = pointer.slice(relocated.pointer.length + 1).split("/")[0]!;
    if (field in update.value.set) report(pointer, message);
  };
  checkDefinition(collection, relocated, reportIfSet, (list, pointer) => {
    const field = pointer.slice(relocated.pointer.length + 1).split("/")[0]!;
    if (field in update.value.set) checkSources(list, pointer);
  });
}

function checkReferences(
  state: StageState,
  label: string,
  malformed: Set<string>,
  reportAbout: (subject: string) => Report,
) {
  const where = (e: StageEntity<AnyEntity>, field: string) =>
    e.fieldPointers[field] ?? `${e.pointer}/${field}`;
  const has = (c: Collection, key: string | undefined | null) =>
    key == null || state[c].has(key) || malformed.has(key);
  const missing = (pointer: string, what: string, key: string, hint: string) =>
    reportAbout(`missing ${key}`)(pointer, `No ${what} "${key}" exists in ${label}. ${hint}`);

  for (const place of state.places.values()) {
    const v = place.value;
    if (v.country && !has("nations", v.country))
      missing(where(place, "country"), "nation", v.country, "Add it to nations or correct the code.");
  }
  for (const role of state.roles.values()) {
    const v = role.value;
    if (!has("nations", v.nation))
      missing(where(role, "nation"), "nation", v.nation, "Add it to nations or correct the code.");
    if (!has("units", v.in)) missing(where(role, "in"), "unit", v.in, "Name the unit this role is held in.");
  }
  for (const rel of state.relations.values()) {
    const v = rel.value;
    if (!has("units", v.from)) missing(where(rel, "from"), "unit", v.from, "Name an existing unit id.");
    if (!has("units", v.to)) missing(where(rel, "to"), "unit", v.to, "Name an existing unit id.");
  }
  for (const claim of state.claims.values()) {
    const v = claim.value;
    if (!has("units", v.about) && !has("nations", v.about))
      missing(
        where(claim, "about"),
        "unit or nation",
        v.about,
        "Name the unit id or nation code the claim is about.",
      );
    if (v.place && !has("places", v.place))
      missing(where(claim, "place"), "place", v.place, "Add it to places or correct the id.");
  }
  for (const unit of state.units.values()) {
    const v = unit.value;
    if (v.parent && !has("units", v.parent))
      missing(
        where(unit, "parent"),
        "unit",
        v.parent,
        "Name an existing unit as parent, or omit parent for a top-level unit.",
      );
    if (v.place && !has("places", v.place))
      missing(where(unit, "place"), "place", v.place, "Add it to places or correct the id.");
    // ourReading on a unit explains its parent: without one there is no placement to explain.
    if (v.ourReading && !v.parent)
      reportAbout("reading without parent")(
        where(unit, "ourReading"),
        `Unit "${v.id}" says its place in the tree is our reading, but it has no parent in ${label}. Give it a parent, or remove ourReading.`,
      );
    if (v.country && !has("nations", v.country))
      missing(where(unit, "country"), "nation", v.country, "Add it to nations or correct the code.");
    if (v.commander?.nationality && !has("nations", v.commander.nationality))
      missing(
        `${where(unit, "commander")}/nationality`,
        "nation",
        v.commander.nationality,
        "Add it to nations or correct the code.",
      );
    v.rotation?.seats.forEach((seat, i) => {
      if (!has("places", seat.place))
        missing(
          `${where(unit, "rotation")}/seats/${i}/place`,
          "place",
          seat.place,
          "Add it to places or correct the id.",
        );
    });
  }
  // Parent cycles: every unit that is its own ancestor, reported in definition order.
  const inLoop = unitsInParentLoops(state);
  for (const unit of state.units.values()) {
    if (!inLoop.has(unit.value.id)) continue;
    reportAbout("parent cycle")(
      where(unit, "parent"),
      `Unit "${unit.value.id}" is its own ancestor through parent links in ${label}. Break the loop: one unit in it must have another parent or none.`,
    );
  }
}

/**
 * The units on a parent loop (not those merely below one). Each unit is walked over once, so a
 * 10,000-deep chain costs 10,000 steps, not 10,000² as walking up from every unit would.
 */
function unitsInParentLoops(state: StageState): Set<string> {
  const inLoop = new Set<string>();
  const settled = new Set<string>();
  for (const start of state.units.keys()) {
    if (settled.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | null = start;
    while (current !== null && state.units.has(current) && !settled.has(current)) {
      const seenAt = onPath.get(current);
      if (seenAt !== undefined) {
        for (const id of path.slice(seenAt)) inLoop.add(id);
        break;
      }
      onPath.set(current, path.length);
      path.push(current);
      current = state.units.get(current)!.value.parent ?? null;
    }
    for (const id of path) settled.add(id);
  }
  return inLoop;
}
