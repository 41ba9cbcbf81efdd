// The command model: this zod schema is its only definition. Types are inferred from it
// (types.ts) and `npm run schema` turns it into JSON Schema for model authors.
// Cross-references (parents, sources, nations, ...) are checked in integrity.ts, not here,
// so that one pass can report every problem with a pointer.
// Written with zod/mini's functional API (z.optional(x), x.check(...)): the validation worker
// then carries only the parts of zod it uses.
import { z } from "./zod";
import {
  CLAIM_KINDS,
  DOMAINS,
  GRADES,
  ECHELONS,
  PLACE_KINDS,
  RELATION_KINDS,
  ROLES,
  STATUSES,
  STORY_VIEWS,
  UNIT_KINDS,
} from "./vocabulary";
// The word lists live in vocabulary.ts, without zod, so the app can use them on its first load
// while zod loads only where models are validated.
export {
  CLAIM_KINDS,
  COLLECTIONS,
  GRADES,
  DOMAINS,
  ECHELONS,
  PLACE_KINDS,
  RELATION_KINDS,
  ROLES,
  STATUSES,
  STORY_VIEWS,
  UNIT_KINDS,
} from "./vocabulary";

/**
 * `schema` with a description for the JSON Schema. Like zod's classic .describe(): a copy,
 * registered in zod's global registry. (zod/mini's z.describe() adds a check instead, which runs,
 * doing nothing, on every value parsed: it made the schema check about 10% slower.)
 */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, { description });
  return copy;
}

export const Status = described(
  z.enum(STATUSES),
  "decided: agreed and announced · planned: agreed, happens only if a condition is met · proposed: discussed, not agreed · dropped: no longer on the table · reported: press reports, not an official text",
);

/** ISO 8601 calendar date at year, month or day precision: sources are often only as precise as a month. */
export const IsoDate = described(
  z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")),
  "ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD",
);

export const Id = described(
  z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "Use lower-case letters, digits and hyphens, e.g. kyiv-cell")),
  "Identifier: lower-case letters, digits and hyphens",
);

export const NationCode = described(
  z.string().check(z.regex(/^[A-Z]{2}$/, "Use an ISO 3166-1 alpha-2 code in capitals, e.g. FR")),
  "ISO 3166-1 alpha-2 country code",
);

/** The longest short name: what a chart card has room for. */
export const SHORT_NAME_MAX = 24;

/** The message for a source address that is not https://, naming the scheme it has. */
function httpsOnly(input: unknown): string {
  const scheme = typeof input === "string" ? /^\s*([a-z][a-z0-9+.-]*):/i.exec(input)?.[1] : undefined;
  const found = scheme ? `; this one starts with "${scheme.toLowerCase()}:"` : "";
  return `Only https:// addresses are linked${found}. Use the source's https:// address, or leave url out`;
}

/** Text that may not be empty. */
const text = () => z.string().check(z.minLength(1));
/** Text that may be left out (or left empty). */
const optionalText = () => z.optional(z.string());

/** Source ids cited by an entity; every unit, relation, role and claim must cite at least one. */
const SourceRefs = z.array(text()).check(z.minLength(1, "Cite at least one source id from meta.sources"));
/** Optional pointers into the author's fact base (e.g. "S0-11"), for traceability. */
const FactRefs = described(z.optional(z.array(text())), "Fact ids in the author's fact base, e.g. S0-11");

/**
 * What kind of outlet stands behind a source, strongest first (the order decides which of a
 * statement's sources sets how it is shown; see grades.ts). Defined in shared/facts.md.
 */
export const Grade = described(
  z.enum(GRADES),
  "official: a government's or organisation's own text · wire: a news agency (Reuters, AP, AFP…) or an article carrying its copy · press: a newspaper, broadcaster or news site reporting itself · analysis: a research institute or think tank · aggregator: a site that rewrites others' reporting (a statement resting on aggregators alone is shown as weakly sourced)",
);

export const Source = z.strictObject({
  id: text(),
  title: text(),
  author: optionalText(),
  publisher: described(text(), "Who published what we read: for carried copy, the carrier"),
  original: described(
    z.optional(text()),
    "The outlet whose copy the publisher carries, e.g. Reuters for a Reuters story on a local site: shown as “Reuters, as carried by <publisher>”",
  ),
  grade: described(z.optional(Grade), "How strong the outlet is; a source without one shows as not graded"),
  date: IsoDate,
  // Only https:// addresses are ever linked: a javascript: or data: address would run or show
  // the author's content as a page of ours.
  url: z.optional(z.url({ protocol: /^https$/, error: (issue) => httpsOnly(issue.input) })),
  note: optionalText(),
});

/** Why an item is the model author's reading and not a source's: said in words wherever it is shown. */
const OurReading = z.optional(text());

export const Meta = z.strictObject({
  title: text(),
  description: text(),
  asOf: described(IsoDate, "The date up to which the model reflects its sources"),
  licence: text(),
  defaultStage: described(optionalText(), "Stage shown first; the last stage if omitted"),
  sources: z.array(Source).check(z.minLength(1)),
});

export const Place = z.strictObject({
  id: Id,
  name: text(),
  kind: z.optional(z.enum(PLACE_KINDS)),
  country: z.optional(NationCode),
  // Range is checked by integrity.ts so that it is reported with every other problem.
  lat: described(z.number(), "Latitude, WGS84 decimal degrees, -90 to 90"),
  lon: described(z.number(), "Longitude, WGS84 decimal degrees, -180 to 180"),
  sources: z.optional(z.array(text())),
  note: optionalText(),
});

export const Nation = z.strictObject({
  code: NationCode,
  name: text(),
});

export const Role = z.strictObject({
  id: Id,
  nation: NationCode,
  role: z.enum(ROLES),
  in: described(Id, "The unit or line of effort this role is held in"),
  status: Status,
  sources: SourceRefs,
  facts: FactRefs,
  note: optionalText(),
});

export const Commander = z.strictObject({
  rank: described(text(), "The rank as the source gives it, e.g. three-star general"),
  natoGrade: z.optional(z.string().check(z.regex(/^OF-\d{1,2}$/, "Use a NATO grade such as OF-8"))),
  nationality: z.optional(NationCode),
  name: described(optionalText(), "Only when a source names the person; never invented"),
  status: Status,
  sources: SourceRefs,
  facts: FactRefs,
});

export const RotationSeat = z.strictObject({
  place: Id,
  from: IsoDate,
  until: described(IsoDate, "Exclusive end of the period"),
  status: Status,
  sources: SourceRefs,
  facts: FactRefs,
  note: optionalText(),
  datesAssumed: described(
    z.optional(z.boolean()),
    "True when the period's dates are the model author's assumption, not the sources'",
  ),
});

export const Rotation = z.strictObject({
  rule: described(text(), "The rotation in words, e.g. alternates yearly between Paris and London"),
  seats: z.array(RotationSeat).check(z.minLength(1)),
});

export const OtherContributors = z.strictObject({
  label: described(text(), "Honest aggregate, e.g. other coalition members, not named in the sources"),
  total: described(optionalText(), "The size as the source gives it, e.g. more than 30 members"),
  ourReading: described(
    OurReading,
    "Set when counting these members under this unit is the model author's reading, not a source's: say why",
  ),
  status: Status,
  sources: SourceRefs,
  facts: FactRefs,
});

export const Unit = z.strictObject({
  id: Id,
  name: text(),
  shortName: described(
    text().check(
      z.maxLength(SHORT_NAME_MAX, {
        error: (issue) =>
          `A short name may be at most ${SHORT_NAME_MAX} characters; this one has ${String(issue.input).length} characters. Shorten it: the full name goes in "name"`,
      }),
    ),
    `Shown on the chart's card: at most ${SHORT_NAME_MAX} characters`,
  ),
  parent: described(z.optional(z.nullable(Id)), "The unit this one belongs to; omit for a top-level unit"),
  ourReading: described(
    OurReading,
    "Set when the unit's place in the tree (its parent) is the model author's reading, not a source's: say why",
  ),
  kind: z.enum(UNIT_KINDS),
  echelon: z.optional(z.enum(ECHELONS)),
  domains: z._default(z.array(z.enum(DOMAINS)), []),
  commander: z.optional(Commander),
  place: described(z.optional(Id), "Where it sits; use rotation instead if the seat moves"),
  country: described(z.optional(NationCode), "Where it would operate, when no place is public"),
  rotation: z.optional(Rotation),
  condition: described(optionalText(), "When it exists, e.g. only if Western forces deploy to Ukraine"),
  otherContributors: z.optional(OtherContributors),
  status: Status,
  sources: SourceRefs,
  facts: FactRefs,
  description: text(),
});

export const Relation = z.strictObject({
  id: Id,
  kind: z.enum(RELATION_KINDS),
  from: Id,
  to: Id,
  status: Status,
  sources: SourceRefs,
  facts: FactRefs,
  note: optionalText(),
  ourReading: described(
    OurReading,
    "Set when no source states this link and the model author infers it: say why",
  ),
});

export const Claim = z.strictObject({
  id: Id,
  about: described(text(), "Id of the unit, or code of the nation, the claim is about"),
  kind: z.enum(CLAIM_KINDS),
  text: text(),
  status: Status,
  date: z.optional(IsoDate),
  place: z.optional(Id),
  sources: SourceRefs,
  facts: FactRefs,
});

/** Collections a stage can add to or remove from; updates find their target by id. */
export const StageAdditions = z.strictObject({
  places: z.optional(z.array(Place)),
  nations: z.optional(z.array(Nation)),
  roles: z.optional(z.array(Role)),
  units: z.optional(z.array(Unit)),
  relations: z.optional(z.array(Relation)),
  claims: z.optional(z.array(Claim)),
});

export const StageUpdate = z.strictObject({
  id: described(text(), "Id of a unit, relation, role or claim (or a nation code)"),
  set: described(
    z.record(z.string(), z.unknown()),
    "Fields to replace on the target; checked against the target's own schema",
  ),
});

/** One id (or nation code) in a stage's remove list. */
export const StageRemoval = text();

export const Stage = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "Use lower-case letters, digits and hyphens, e.g. 2025-07")),
  name: text(),
  date: IsoDate,
  basedOn: described(optionalText(), "The stage this one changes; the model's base if omitted"),
  summary: text(),
  sources: SourceRefs,
  add: z.optional(StageAdditions),
  update: z.optional(z.array(StageUpdate)),
  remove: described(z.optional(z.array(StageRemoval)), "Ids (or nation codes) to remove in this stage"),
});

// --- Story (issue 06): an ordered walk through the model for presenting it to a room. ---
// Kept in its own block. References (stages, units, nations, places, sources) are checked by
// checkStory in integrity.ts, apart from the model's own checks: a bad step skips that step and
// leaves the model usable.
export const StorySelection = described(
  z.strictObject({
    unit: z.optional(Id),
    nation: z.optional(NationCode),
    place: z.optional(Id),
  }),
  "What the step selects: one unit, nation or place",
);
export const StoryStep = z.strictObject({
  title: text().check(z.maxLength(80)),
  text: described(text().check(z.maxLength(600)), "What the audience reads: short, plain words, hedges kept"),
  notes: described(optionalText(), "For the presenter's window only"),
  view: z.enum(STORY_VIEWS),
  stage: described(text(), "Id of the stage the step shows"),
  select: z.optional(StorySelection),
  zoom: described(
    z.optional(z.array(Id)),
    "Unit ids the chart frames; the whole chart (or its top) if omitted",
  ),
  sources: SourceRefs,
  facts: FactRefs,
});
export const Story = z.strictObject({
  id: described(z._default(Id, "default"), "The story's id in links: ?story=default&step=3"),
  title: text(),
  steps: z.array(StoryStep).check(z.minLength(1)),
});
// --- end of story ---

export const CommandModel = z.strictObject({
  $schema: optionalText(),
  format: z.literal("command-atlas/1"),
  meta: Meta,
  places: z._default(z.array(Place), []),
  nations: z._default(z.array(Nation), []),
  roles: z._default(z.array(Role), []),
  units: z._default(z.array(Unit), []),
  relations: z._default(z.array(Relation), []),
  claims: z._default(z.array(Claim), []),
  stages: z._default(z.array(Stage), []),
  story: z.optional(Story),
});

/** Per-collection schemas, used to check stage updates against the target's own shape. */
export const ENTITY_SCHEMAS = {
  places: Place,
  nations: Nation,
  roles: Role,
  units: Unit,
  relations: Relation,
  claims: Claim,
} as const;
