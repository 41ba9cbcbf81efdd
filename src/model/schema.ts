// The command model: this zod schema is its only definition. Types are inferred from it
// (types.ts) and `npm run schema` turns it into JSON Schema for model authors.
// Cross-references (parents, sources, nations, ...) are checked in integrity.ts, not here,
// so that one pass can report every problem with a pointer.
import { z } from "zod";
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

export const Status = z
  .enum(STATUSES)
  .describe(
    "decided: agreed and announced · planned: agreed, happens only if a condition is met · proposed: discussed, not agreed · dropped: no longer on the table · reported: press reports, not an official text",
  );

/** ISO 8601 calendar date at year, month or day precision: sources are often only as precise as a month. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
  .describe("ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD");

export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "Use lower-case letters, digits and hyphens, e.g. kyiv-cell")
  .describe("Identifier: lower-case letters, digits and hyphens");

export const NationCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "Use an ISO 3166-1 alpha-2 code in capitals, e.g. FR")
  .describe("ISO 3166-1 alpha-2 country code");

/** The longest short name: what a chart card has room for. */
export const SHORT_NAME_MAX = 24;

/** The message for a source address that is not https://, naming the scheme it has. */
function httpsOnly(input: unknown): string {
  const scheme = typeof input === "string" ? /^\s*([a-z][a-z0-9+.-]*):/i.exec(input)?.[1] : undefined;
  const found = scheme ? `; this one starts with "${scheme.toLowerCase()}:"` : "";
  return `Only https:// addresses are linked${found}. Use the source's https:// address, or leave url out`;
}

/** Source ids cited by an entity; every unit, relation, role and claim must cite at least one. */
const SourceRefs = z.array(z.string().min(1)).min(1, "Cite at least one source id from meta.sources");
/** Optional pointers into the author's fact base (e.g. "S0-11"), for traceability. */
const FactRefs = z
  .array(z.string().min(1))
  .optional()
  .describe("Fact ids in the author's fact base, e.g. S0-11");

/**
 * What kind of outlet stands behind a source, strongest first (the order decides which of a
 * statement's sources sets how it is shown; see grades.ts). Defined in shared/facts.md.
 */
export const Grade = z
  .enum(GRADES)
  .describe(
    "official: a government's or organisation's own text · wire: a news agency (Reuters, AP, AFP…) or an article carrying its copy · press: a newspaper, broadcaster or news site reporting itself · analysis: a research institute or think tank · aggregator: a site that rewrites others' reporting (a statement resting on aggregators alone is shown as weakly sourced)",
  );

export const Source = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    author: z.string().optional(),
    publisher: z.string().min(1).describe("Who published what we read: for carried copy, the carrier"),
    original: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The outlet whose copy the publisher carries, e.g. Reuters for a Reuters story on a local site: shown as “Reuters, as carried by <publisher>”",
      ),
    grade: Grade.optional().describe("How strong the outlet is; a source without one shows as not graded"),
    date: IsoDate,
    // Only https:// addresses are ever linked: a javascript: or data: address would run or show
    // the author's content as a page of ours.
    url: z.url({ protocol: /^https$/, error: (issue) => httpsOnly(issue.input) }).optional(),
    note: z.string().optional(),
  })
  .strict();

/** Why an item is the model author's reading and not a source's: said in words wherever it is shown. */
const OurReading = z.string().min(1).optional();

export const Meta = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    asOf: IsoDate.describe("The date up to which the model reflects its sources"),
    licence: z.string().min(1),
    defaultStage: z.string().optional().describe("Stage shown first; the last stage if omitted"),
    sources: z.array(Source).min(1),
  })
  .strict();

export const Place = z
  .object({
    id: Id,
    name: z.string().min(1),
    kind: z.enum(PLACE_KINDS).optional(),
    country: NationCode.optional(),
    // Range is checked by integrity.ts so that it is reported with every other problem.
    lat: z.number().describe("Latitude, WGS84 decimal degrees, -90 to 90"),
    lon: z.number().describe("Longitude, WGS84 decimal degrees, -180 to 180"),
    sources: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .strict();

export const Nation = z
  .object({
    code: NationCode,
    name: z.string().min(1),
  })
  .strict();

export const Role = z
  .object({
    id: Id,
    nation: NationCode,
    role: z.enum(ROLES),
    in: Id.describe("The unit or line of effort this role is held in"),
    status: Status,
    sources: SourceRefs,
    facts: FactRefs,
    note: z.string().optional(),
  })
  .strict();

export const Commander = z
  .object({
    rank: z.string().min(1).describe("The rank as the source gives it, e.g. three-star general"),
    natoGrade: z
      .string()
      .regex(/^OF-\d{1,2}$/, "Use a NATO grade such as OF-8")
      .optional(),
    nationality: NationCode.optional(),
    name: z.string().optional().describe("Only when a source names the person; never invented"),
    status: Status,
    sources: SourceRefs,
    facts: FactRefs,
  })
  .strict();

export const RotationSeat = z
  .object({
    place: Id,
    from: IsoDate,
    until: IsoDate.describe("Exclusive end of the period"),
    status: Status,
    sources: SourceRefs,
    facts: FactRefs,
    note: z.string().optional(),
    datesAssumed: z
      .boolean()
      .optional()
      .describe("True when the period's dates are the model author's assumption, not the sources'"),
  })
  .strict();

export const Rotation = z
  .object({
    rule: z
      .string()
      .min(1)
      .describe("The rotation in words, e.g. alternates yearly between Paris and London"),
    seats: z.array(RotationSeat).min(1),
  })
  .strict();

export const OtherContributors = z
  .object({
    label: z
      .string()
      .min(1)
      .describe("Honest aggregate, e.g. other coalition members, not named in the sources"),
    total: z.string().optional().describe("The size as the source gives it, e.g. more than 30 members"),
    ourReading: OurReading.describe(
      "Set when counting these members under this unit is the model author's reading, not a source's: say why",
    ),
    status: Status,
    sources: SourceRefs,
    facts: FactRefs,
  })
  .strict();

export const Unit = z
  .object({
    id: Id,
    name: z.string().min(1),
    shortName: z
      .string()
      .min(1)
      .max(SHORT_NAME_MAX, {
        error: (issue) =>
          `A short name may be at most ${SHORT_NAME_MAX} characters; this one has ${String(issue.input).length} characters. Shorten it: the full name goes in "name"`,
      })
      .describe(`Shown on the chart's card: at most ${SHORT_NAME_MAX} characters`),
    parent: Id.nullable().optional().describe("The unit this one belongs to; omit for a top-level unit"),
    ourReading: OurReading.describe(
      "Set when the unit's place in the tree (its parent) is the model author's reading, not a source's: say why",
    ),
    kind: z.enum(UNIT_KINDS),
    echelon: z.enum(ECHELONS).optional(),
    domains: z.array(z.enum(DOMAINS)).default([]),
    commander: Commander.optional(),
    place: Id.optional().describe("Where it sits; use rotation instead if the seat moves"),
    country: NationCode.optional().describe("Where it would operate, when no place is public"),
    rotation: Rotation.optional(),
    condition: z
      .string()
      .optional()
      .describe("When it exists, e.g. only if Western forces deploy to Ukraine"),
    otherContributors: OtherContributors.optional(),
    status: Status,
    sources: SourceRefs,
    facts: FactRefs,
    description: z.string().min(1),
  })
  .strict();

export const Relation = z
  .object({
    id: Id,
    kind: z.enum(RELATION_KINDS),
    from: Id,
    to: Id,
    status: Status,
    sources: SourceRefs,
    facts: FactRefs,
    note: z.string().optional(),
    ourReading: OurReading.describe(
      "Set when no source states this link and the model author infers it: say why",
    ),
  })
  .strict();

export const Claim = z
  .object({
    id: Id,
    about: z.string().min(1).describe("Id of the unit, or code of the nation, the claim is about"),
    kind: z.enum(CLAIM_KINDS),
    text: z.string().min(1),
    status: Status,
    date: IsoDate.optional(),
    place: Id.optional(),
    sources: SourceRefs,
    facts: FactRefs,
  })
  .strict();

/** Collections a stage can add to or remove from; updates find their target by id. */
export const StageAdditions = z
  .object({
    places: z.array(Place).optional(),
    nations: z.array(Nation).optional(),
    roles: z.array(Role).optional(),
    units: z.array(Unit).optional(),
    relations: z.array(Relation).optional(),
    claims: z.array(Claim).optional(),
  })
  .strict();

export const StageUpdate = z
  .object({
    id: z.string().min(1).describe("Id of a unit, relation, role or claim (or a nation code)"),
    set: z
      .record(z.string(), z.unknown())
      .describe("Fields to replace on the target; checked against the target's own schema"),
  })
  .strict();

export const Stage = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "Use lower-case letters, digits and hyphens, e.g. 2025-07"),
    name: z.string().min(1),
    date: IsoDate,
    basedOn: z.string().optional().describe("The stage this one changes; the model's base if omitted"),
    summary: z.string().min(1),
    sources: SourceRefs,
    add: StageAdditions.optional(),
    update: z.array(StageUpdate).optional(),
    remove: z.array(z.string().min(1)).optional().describe("Ids (or nation codes) to remove in this stage"),
  })
  .strict();

// --- Story (issue 06): an ordered walk through the model for presenting it to a room. ---
// Kept in its own block. References (stages, units, nations, places, sources) are checked by
// checkStory in integrity.ts, apart from the model's own checks: a bad step skips that step and
// leaves the model usable.
export const StorySelection = z
  .object({
    unit: Id.optional(),
    nation: NationCode.optional(),
    place: Id.optional(),
  })
  .strict()
  .describe("What the step selects: one unit, nation or place");
export const StoryStep = z
  .object({
    title: z.string().min(1).max(80),
    text: z.string().min(1).max(600).describe("What the audience reads: short, plain words, hedges kept"),
    notes: z.string().optional().describe("For the presenter's window only"),
    view: z.enum(STORY_VIEWS),
    stage: z.string().min(1).describe("Id of the stage the step shows"),
    select: StorySelection.optional(),
    zoom: z
      .array(Id)
      .optional()
      .describe("Unit ids the chart frames; the whole chart (or its top) if omitted"),
    sources: SourceRefs,
    facts: FactRefs,
  })
  .strict();
export const Story = z
  .object({
    id: Id.default("default").describe("The story's id in links: ?story=default&step=3"),
    title: z.string().min(1),
    steps: z.array(StoryStep).min(1),
  })
  .strict();
// --- end of story ---

export const CommandModel = z
  .object({
    $schema: z.string().optional(),
    format: z.literal("command-atlas/1"),
    meta: Meta,
    places: z.array(Place).default([]),
    nations: z.array(Nation).default([]),
    roles: z.array(Role).default([]),
    units: z.array(Unit).default([]),
    relations: z.array(Relation).default([]),
    claims: z.array(Claim).default([]),
    stages: z.array(Stage).default([]),
    story: Story.optional(),
  })
  .strict();

/** Per-collection schemas, used to check stage updates against the target's own shape. */
export const ENTITY_SCHEMAS = {
  places: Place,
  nations: Nation,
  roles: Role,
  units: Unit,
  relations: Relation,
  claims: Claim,
} as const;
