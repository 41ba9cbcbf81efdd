// Walks every fact of the project's fact base (shared/facts.md: S0-1 … S0-20, P-1 … P-12) and
// finds it in the default model with the status facts.md gives, in the stage facts.md dates it
// to. facts.md stands where the two disagree: a new status word, qualifier or stage there makes
// this test fail until the model (and, if need be, this mapping) follows.
// Guards written after fact review 05, each shown to fail on the finding it guards against:
// nothing that exists only after a ceasefire or a deployment reads decided; no seed fact is
// back-dated before the seed's stage; every link no source states, every counting under MNF-U
// no fact names, and no name asserting a placement, without "our reading".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateModel } from "../../../src/model/validate";
import { resolveStage } from "../../../src/model/stages";
import type { ResolvedModel } from "../../../src/model/stages";
import type { Model, Status } from "../../../src/model/types";

const repo = path.resolve(import.meta.dirname, "../../..");
const factsFile = path.resolve(repo, "../shared/facts.md");
const haveFacts = existsSync(factsFile);

function loadModel(): Model {
  const result = validateModel(JSON.parse(readFileSync(path.join(repo, "data/mnf-ukraine.json"), "utf8")));
  if (!result.ok) throw new Error(`default model is invalid: ${JSON.stringify(result.problems)}`);
  return result.model;
}

/** Every fact id cited anywhere inside a stage (its updates and additions): what its summary sums up. */
function factsCitedBy(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(factsCitedBy);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "facts" && Array.isArray(inner) ? (inner as string[]) : factsCitedBy(inner),
  );
}

type FactRow = { id: string; text: string; status: string };

/** The fact tables' rows: | id | fact | status | (sources) |. */
function factRows(markdown: string): FactRow[] {
  return [...markdown.matchAll(/^\|\s*((?:S0|P)-\d+)\s*\|([^|]*)\|([^|]*)\|/gm)].map((m) => ({
    id: m[1]!,
    text: m[2]!.trim(),
    status: m[3]!.trim(),
  }));
}

/** "Stages, each dated: A (S0-13, S0-14); B (the seed, P-1 … P-4); …" from the modelling notes. */
function datedStages(markdown: string): { name: string; ids: string[]; seed: boolean }[] {
  const line = /Stages, each dated:([^\n]*(?:\n {2}[^\n]*)*)/.exec(markdown)?.[1];
  if (!line) throw new Error("facts.md has no 'Stages, each dated:' note");
  return line
    .replace(/\s+/g, " ")
    .replace(/\. The default view.*$/, "")
    .split(";")
    .map((part) => {
      const m = /^\s*(.+?) \((.+)\)\s*$/.exec(part);
      if (!m) throw new Error(`cannot read the stage note "${part}"`);
      const ids: string[] = [];
      let seed = false;
      for (const item of m[2]!.split(",").map((s) => s.trim())) {
        const range = /^(S0|P)-(\d+) … (?:S0|P)-(\d+)$/.exec(item);
        if (item === "the seed") seed = true;
        else if (range)
          for (let n = Number(range[2]); n <= Number(range[3]); n++) ids.push(`${range[1]}-${n}`);
        else if (/^(S0|P)-\d+$/.test(item)) ids.push(item);
        else throw new Error(`cannot read "${item}" in the stage note`);
      }
      return { name: m[1]!.trim(), ids, seed };
    });
}

/** Anything in a stage that carries a status, with what the checks below need to see. */
type Statement = {
  where: string;
  status: Status;
  facts: readonly string[];
  sources: readonly string[];
  kind?: string; // claim kind, or "aggregate" / "role" / "unit" / …
  text: string;
  condition?: string;
  /** Set when the item says it is our reading: the field, or for roles and claims the words. */
  ourReading?: string;
};

/** A role's note or a claim's text marks our reading in words (they have no ourReading field). */
const saysOurReading = (text: string | undefined) =>
  text && /\bour reading\b/i.test(text) ? text : undefined;

function statementsOf(resolved: ResolvedModel): Statement[] {
  const out: Statement[] = [];
  for (const u of resolved.units) {
    out.push({
      where: `unit ${u.id}`,
      status: u.status,
      facts: u.facts ?? [],
      sources: u.sources,
      kind: "unit",
      text: u.description,
      condition: u.condition,
      ourReading: u.ourReading,
    });
    if (u.commander)
      out.push({
        where: `commander of ${u.id}`,
        status: u.commander.status,
        facts: u.commander.facts ?? [],
        sources: u.commander.sources,
        kind: "commander",
        text: u.commander.rank,
        condition: u.condition,
      });
    if (u.otherContributors)
      out.push({
        where: `aggregate in ${u.id}`,
        status: u.otherContributors.status,
        facts: u.otherContributors.facts ?? [],
        sources: u.otherContributors.sources,
        kind: "aggregate",
        text: `${u.otherContributors.label} ${u.otherContributors.total ?? ""}`,
        condition: u.condition,
        ourReading: u.otherContributors.ourReading,
      });
    u.rotation?.seats.forEach((s, i) =>
      out.push({
        where: `seat ${i} of ${u.id}`,
        status: s.status,
        facts: s.facts ?? [],
        sources: s.sources,
        kind: "seat",
        text: s.note ?? "",
        condition: u.condition,
      }),
    );
  }
  const units = new Map(resolved.units.map((u) => [u.id, u]));
  for (const r of resolved.roles)
    out.push({
      where: `role ${r.id}`,
      status: r.status,
      facts: r.facts ?? [],
      sources: r.sources,
      kind: "role",
      text: r.note ?? "",
      condition: units.get(r.in)?.condition,
      ourReading: saysOurReading(r.note),
    });
  for (const r of resolved.relations)
    out.push({
      where: `relation ${r.id}`,
      status: r.status,
      facts: r.facts ?? [],
      sources: r.sources,
      kind: "relation",
      text: r.note ?? "",
      ourReading: r.ourReading,
    });
  for (const c of resolved.claims)
    out.push({
      where: `claim ${c.id}`,
      status: c.status,
      facts: c.facts ?? [],
      sources: c.sources,
      kind: c.kind,
      text: c.text + (c.date ? ` [dated ${c.date}]` : ""),
      ourReading: saysOurReading(c.text),
    });
  return out;
}

/**
 * Units that exist only if a condition is met (a ceasefire, a deployment): planned or
 * conditional themselves, or placed by a source inside such a unit. A placement that is our
 * reading (the HQ under MNF-U) does not make the unit depend on its drawn parent.
 */
function conditionalUnits(resolved: ResolvedModel): Set<string> {
  const byId = new Map(resolved.units.map((u) => [u.id, u]));
  const memo = new Map<string, boolean>();
  const isConditional = (id: string, path: string[] = []): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const unit = byId.get(id);
    if (!unit || path.includes(id)) return false;
    const answer =
      Boolean(unit.condition) ||
      unit.status === "planned" ||
      (!unit.ourReading && unit.parent ? isConditional(unit.parent, [...path, id]) : false);
    memo.set(id, answer);
    return answer;
  };
  return new Set(resolved.units.filter((u) => isConditional(u.id)).map((u) => u.id));
}

/**
 * Everything at a stage that reads "decided" although it exists only with a conditional unit:
 * the unit, its commander, seats and unnamed members, any role held in it, any relation to or
 * from it, any claim about it. A dated event (the structure's finalisation) did happen, so it
 * may be decided.
 */
function decidedUnderCondition(resolved: ResolvedModel): string[] {
  const conditional = conditionalUnits(resolved);
  const out: string[] = [];
  for (const u of resolved.units.filter((unit) => conditional.has(unit.id))) {
    if (u.status === "decided") out.push(`unit ${u.id}`);
    if (u.commander?.status === "decided") out.push(`commander of ${u.id}`);
    if (u.otherContributors?.status === "decided") out.push(`aggregate in ${u.id}`);
    u.rotation?.seats.forEach((seat, i) => seat.status === "decided" && out.push(`seat ${i} of ${u.id}`));
  }
  for (const r of resolved.roles)
    if (conditional.has(r.in) && r.status === "decided") out.push(`role ${r.id} in ${r.in}`);
  for (const r of resolved.relations)
    if ((conditional.has(r.from) || conditional.has(r.to)) && r.status === "decided")
      out.push(`relation ${r.id}`);
  for (const c of resolved.claims)
    if (conditional.has(c.about) && c.status === "decided" && !(c.kind === "event" && c.date))
      out.push(`claim ${c.id} about ${c.about}`);
  return out;
}

/**
 * Seed facts (S0-*) cited in a stage before the one facts.md dates the seed to, other than the
 * ones facts.md itself dates there (the March–April options), unless the item says it is our
 * reading. The seed is a July 2025 analysis: what it says in the present tense is not evidence
 * for March 2025 (review 05, F-5).
 */
function seedFactsBeforeTheSeed(model: Model, markdown: string): string[] {
  const noted = datedStages(markdown);
  const seedStage = noted.findIndex((n) => n.seed);
  if (seedStage < 0) throw new Error("facts.md dates no stage to the seed");
  const out: string[] = [];
  for (let i = -1; i < seedStage; i++) {
    const stageId = i < 0 ? null : model.stages[i]!.id;
    const datedHere = new Set(noted.slice(0, i + 1).flatMap((n) => n.ids));
    for (const s of statementsOf(resolveStage(model, stageId)))
      for (const fact of s.facts)
        if (fact.startsWith("S0-") && !datedHere.has(fact) && !s.ourReading)
          out.push(`${stageId ?? "base"}: ${s.where} cites ${fact}`);
  }
  return out;
}

/**
 * Links a source states, each with the words of its fact in facts.md that state it. Any other
 * relation is our reading and must say so (review 05: the HQ's links to the lines of effort,
 * the coordination cell's link to ceasefire monitoring, F-1).
 */
const SOURCED_LINKS: Record<string, { fact: string; words: string }> = {
  "kyiv-cell-forward-of-hq": { fact: "S0-11", words: "the HQ's forward element" },
  "hq-based-on-cjf": { fact: "S0-16", words: "based on the Franco-British Combined Joint Force" },
  "sea-based-on-mcm": { fact: "S0-8", words: "building on their trilateral Mine Countermeasures" },
  "land-supports-ua-forces": { fact: "S0-5", words: "regenerating Ukraine's forces" },
  "air-supports-ua-air-force": { fact: "S0-6", words: "in support of Ukraine's Air Force" },
};

function unstatedLinksWithoutOurReading(model: Model, rows: FactRow[]): string[] {
  const factText = new Map(rows.map((r) => [r.id, r.text]));
  const out: string[] = [];
  for (const stageId of [null, ...model.stages.map((s) => s.id)])
    for (const r of resolveStage(model, stageId).relations) {
      if (r.ourReading) continue;
      const sourced = SOURCED_LINKS[r.id];
      const stated =
        sourced !== undefined &&
        (r.facts ?? []).includes(sourced.fact) &&
        (factText.get(sourced.fact) ?? "").includes(sourced.words);
      if (!stated) out.push(`${stageId ?? "base"}: relation ${r.id}`);
    }
  return [...new Set(out)];
}

/**
 * Roles and unnamed members counted under MNF-U that rest on no fact naming MNF-U, without
 * saying that the counting is our reading (a declaration about "a multinational force", a
 * "reassurance force": review 05, F-6).
 */
function countedUnderMnfuUnsaid(model: Model, rows: FactRow[]): string[] {
  const namesMnfu = new Set(
    rows.filter((r) => /MNF-U|Multinational Force Ukraine/.test(r.text)).map((r) => r.id),
  );
  const out = new Set<string>();
  for (const stage of model.stages) {
    const resolved = resolveStage(model, stage.id);
    const counted = [
      ...resolved.roles
        .filter((r) => r.in === "mnf-u")
        .map((r) => ({ where: `role ${r.id}`, facts: r.facts ?? [], ourReading: saysOurReading(r.note) })),
      ...resolved.units
        .filter((u) => u.id === "mnf-u" && u.otherContributors)
        .map((u) => ({
          where: "aggregate in mnf-u",
          facts: u.otherContributors!.facts ?? [],
          ourReading: u.otherContributors!.ourReading,
        })),
    ];
    for (const c of counted)
      if (!c.facts.some((f) => namesMnfu.has(f)) && !c.ourReading) out.add(`${stage.id}: ${c.where}`);
  }
  return [...out];
}

/**
 * Units whose place in the tree is our reading but whose name asserts it, by carrying the
 * drawn parent's name ("MNF-U Headquarters" under MNF-U: review 05, F-2).
 */
function namesAssertingOurReading(model: Model): string[] {
  const out = new Set<string>();
  for (const stageId of [null, ...model.stages.map((s) => s.id)]) {
    const resolved = resolveStage(model, stageId);
    const byId = new Map(resolved.units.map((u) => [u.id, u]));
    for (const u of resolved.units) {
      const parent = u.parent ? byId.get(u.parent) : undefined;
      if (!u.ourReading || !parent) continue;
      const own = `${u.name} ${u.shortName}`;
      if (own.includes(parent.name) || own.includes(parent.shortName)) out.add(`unit ${u.id} (“${u.name}”)`);
    }
  }
  return [...out];
}

/** The default model as raw JSON, changed by `change`, then validated: to show a guard can fail. */
function withChange(change: (raw: RawJson) => void): Model {
  const raw = JSON.parse(readFileSync(path.join(repo, "data/mnf-ukraine.json"), "utf8")) as RawJson;
  change(raw);
  const result = validateModel(raw);
  if (!result.ok) throw new Error(`changed model is invalid: ${JSON.stringify(result.problems)}`);
  return result.model;
}

type RawJson = { [key: string]: unknown };

/** The one object with this id anywhere in the raw model (base or any stage's add list). */
function entity(raw: unknown, id: string): RawJson {
  const found: RawJson[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      if ((v as RawJson).id === id && !("set" in (v as RawJson))) found.push(v as RawJson);
      Object.values(v).forEach(walk);
    }
  };
  walk(raw);
  if (found.length !== 1) throw new Error(`expected one entity "${id}", found ${found.length}`);
  return found[0]!;
}

type Check = { says: string; holds: (citing: Statement[]) => boolean };
type Expectation = { statuses: Status[]; assessment: boolean; checks: Check[] };

const some = (says: string, test: (s: Statement) => boolean): Check => ({
  says,
  holds: (list) => list.some(test),
});
const every = (says: string, test: (s: Statement) => boolean): Check => ({
  says,
  holds: (list) => list.every(test),
});

/**
 * facts.md's status words, read exactly: each status, and each qualifier in brackets, means a
 * specific thing in the model. A word or qualifier not listed here fails the test.
 */
const QUALIFIERS: Record<string, Record<string, Check>> = {
  decided: {
    event: some(
      "a decided, dated event claim",
      (s) => s.kind === "event" && s.status === "decided" && /\[dated /.test(s.text),
    ),
    "2020 history": some("a decided statement of the history", (s) => s.status === "decided"),
    "the declarations": some(
      "a decided, dated event claim",
      (s) => s.kind === "event" && s.status === "decided" && /\[dated /.test(s.text),
    ),
  },
  planned: {
    "after a ceasefire": some(
      "a planned statement conditional on a ceasefire",
      (s) => s.status === "planned" && /ceasefire/i.test(s.condition ?? ""),
    ),
    "only if deployed": some(
      "a planned statement conditional on a deployment",
      (s) => s.status === "planned" && /deploy/i.test(s.condition ?? ""),
    ),
    "capability goal": some(
      "a planned capability claim",
      (s) => s.status === "planned" && s.kind === "capability",
    ),
    "the upgrade": some(
      "a planned capability claim",
      (s) => s.status === "planned" && s.kind === "capability",
    ),
    pledges: some(
      "a planned aggregate of unnamed pledging nations",
      (s) => s.status === "planned" && s.kind === "aggregate" && /not named/i.test(s.text),
    ),
    "any deployment": some("a planned contributor role", (s) => s.status === "planned" && s.kind === "role"),
  },
  dropped: {
    "no longer discussed after the meeting": some("a statement saying it was no longer discussed", (s) =>
      /no longer discussed/i.test(s.text),
    ),
  },
  reported: {
    "the seed gives the yearly rotation, S0-10": some("a statement citing S0-10 beside it", (s) =>
      s.facts.includes("S0-10"),
    ),
    "each is a leader's own statement as reported": every(
      "only roles and position claims",
      (s) => s.kind === "role" || s.kind === "position",
    ),
  },
};

function expectationOf(status: string): Expectation {
  if (status === "assessment of the author") return { statuses: [], assessment: true, checks: [] };
  const statuses: Status[] = [];
  const checks: Check[] = [];
  for (const part of status.split(";").map((p) => p.trim())) {
    const m = /^(decided|planned|proposed|dropped|reported)(?: \((.+)\))?$/.exec(part);
    if (!m) throw new Error(`facts.md status "${status}" is not one this test knows`);
    const word = m[1] as Status;
    statuses.push(word);
    if (m[2] !== undefined) {
      const check = QUALIFIERS[word]?.[m[2]];
      if (!check) throw new Error(`facts.md qualifier "${word} (${m[2]})" is not one this test knows`);
      checks.push(check);
    }
  }
  return { statuses, assessment: false, checks };
}

describe.skipIf(!haveFacts)("every fact of shared/facts.md in the default model", () => {
  const markdown = haveFacts ? readFileSync(factsFile, "utf8") : "";
  const rows = haveFacts ? factRows(markdown) : [];
  const model = loadModel();
  const sources = new Map(model.meta.sources.map((s) => [s.id, s]));
  const latest = statementsOf(resolveStage(model, model.stages.at(-1)!.id));
  /**
   * The statuses a statement citing each fact may carry. A decided fact may stand behind a
   * planned statement (a force whose structure is decided is itself planned: facts.md
   * modelling notes), never the reverse. An author's assessment is shown as reported.
   */
  const allowedStatuses = new Map(
    rows.map((row) => {
      const { statuses, assessment } = expectationOf(row.status);
      const allowed = new Set<Status>(assessment ? ["reported"] : statuses);
      if (allowed.has("decided")) allowed.add("planned");
      return [row.id, allowed] as const;
    }),
  );

  it("reads all of S0-1 … S0-20 and P-1 … P-12", () => {
    const ids = rows.map((r) => r.id);
    for (let n = 1; n <= 20; n++) expect(ids).toContain(`S0-${n}`);
    for (let n = 1; n <= 12; n++) expect(ids).toContain(`P-${n}`);
  });

  for (const row of rows) {
    it(`${row.id}: ${row.status}`, () => {
      const expected = expectationOf(row.status);
      const citing = latest.filter((s) => s.facts.includes(row.id));
      expect(
        citing.map((s) => s.where),
        `${row.id} is cited in the latest stage`,
      ).not.toEqual([]);
      if (expected.assessment) {
        // The author's judgement: shown as an assessment, from the analysis that makes it.
        for (const s of citing) {
          expect(s.kind, `${s.where} is an assessment`).toBe("assessment");
          expect(s.status, `${s.where}: not decided, not planned`).toBe("reported");
          expect(
            s.sources.map((id) => sources.get(id)?.grade),
            `${s.where} cites the analysis`,
          ).toEqual(s.sources.map(() => "analysis"));
        }
        return;
      }
      const seen = new Set(citing.map((s) => s.status));
      for (const status of expected.statuses)
        expect(seen, `some statement citing ${row.id} is ${status}`).toContain(status);
      // Exact: nothing citing the fact says more (or other) than facts.md, unless another fact
      // it also cites allows it (a seat cites S0-10, decided, and P-1, reported: it is reported).
      const wrong = citing
        .filter((s) => !s.facts.some((f) => allowedStatuses.get(f)?.has(s.status)))
        .map((s) => `${s.where} is ${s.status}`);
      expect(wrong).toEqual([]);
      for (const check of expected.checks)
        expect(check.holds(citing), `${row.id} needs ${check.says}`).toBe(true);
    });
  }

  it("shows nothing that exists only after a ceasefire or a deployment as decided (facts.md: planned)", () => {
    // "planned: agreed, happens only if a condition is met"; "a force that exists only after a
    // ceasefire is planned, even when its command structure is decided" (modelling notes).
    for (const stageId of [null, ...model.stages.map((s) => s.id)])
      expect(decidedUnderCondition(resolveStage(model, stageId)), `stage ${stageId ?? "base"}`).toEqual([]);
    const january = resolveStage(model, "2026-01");
    expect(january.units.find((u) => u.id === "mnf-u")?.status).toBe("planned");
    expect(january.claims.find((c) => c.id === "structure-finalised")).toMatchObject({
      kind: "event",
      status: "decided",
    });
    for (const nation of ["FR", "GB"])
      expect(january.roles.find((r) => r.nation === nation && r.in === "mnf-u")).toMatchObject({
        role: "contributor",
        status: "planned",
      });
    // Ukraine is the nation MNF-U would support: planned like the force (review 05, F-3).
    expect(january.roles.find((r) => r.id === "ua-supported")).toMatchObject({
      in: "mnf-u",
      status: "planned",
    });
  });

  it("catches a decided role, relation or claim inside the planned force", () => {
    const decidedSupport = withChange((raw) => (entity(raw, "ua-supported").status = "decided"));
    expect(decidedUnderCondition(resolveStage(decidedSupport, "2026-01"))).toContain(
      "role ua-supported in mnf-u",
    );
    const decidedLink = withChange((raw) => (entity(raw, "kyiv-cell-forward-of-hq").status = "decided"));
    expect(decidedUnderCondition(resolveStage(decidedLink, "2025-07"))).toContain(
      "relation kyiv-cell-forward-of-hq",
    );
    const decidedTask = withChange((raw) => (entity(raw, "air-policing").status = "decided"));
    expect(decidedUnderCondition(resolveStage(decidedTask, "2025-07"))).toContain(
      "claim air-policing about loe-air",
    );
    // The HQ is decided (S0-9): its placement under MNF-U is our reading, so it is not conditional.
    expect(conditionalUnits(resolveStage(model, "2026-01")).has("mnf-u-hq")).toBe(false);
  });

  it("cites no seed fact before the seed's stage, except those facts.md dates earlier, unless marked our reading", () => {
    expect(seedFactsBeforeTheSeed(model, markdown)).toEqual([]);
    // In March–April 2025 the coalition weighed options; who led it then, the July seed does not say.
    const march = resolveStage(model, "2025-03");
    expect(march.roles.filter((r) => r.in === "coalition")).toEqual([]);
    expect(
      resolveStage(model, "2025-07").roles.filter((r) => r.in === "coalition" && r.role === "lead"),
    ).toHaveLength(2);
    // The guard fails on the finding it was written for: the France/UK lead back-dated to March 2025.
    const backDated = withChange((raw) => {
      const stages = raw.stages as { add: { roles?: unknown[] } }[];
      const lead = entity(raw, "fr-lead-coalition");
      stages[1]!.add.roles = stages[1]!.add.roles!.filter((r) => r !== lead);
      stages[0]!.add.roles = [lead];
    });
    expect(seedFactsBeforeTheSeed(backDated, markdown)).toContain(
      "2025-03: role fr-lead-coalition cites S0-2",
    );
  });

  it("marks as our reading every relation no source states", () => {
    expect(unstatedLinksWithoutOurReading(model, rows)).toEqual([]);
    // The links review 05 named: the HQ to the lines of effort, the coordination cell to monitoring.
    const latest = resolveStage(model, "2026-01").relations;
    for (const id of [
      "hq-coordinates-land",
      "hq-coordinates-air",
      "hq-coordinates-sea",
      "cell-coordinates-monitoring",
    ])
      expect(latest.find((r) => r.id === id)?.ourReading, id).toMatch(/our reading/);
    const unlabelled = withChange((raw) => delete entity(raw, "cell-coordinates-monitoring").ourReading);
    expect(unstatedLinksWithoutOurReading(unlabelled, rows)).toContain(
      "2026-01: relation cell-coordinates-monitoring",
    );
  });

  it("says it is our reading wherever a role or unnamed members are counted under MNF-U without a fact naming it", () => {
    expect(countedUnderMnfuUnsaid(model, rows)).toEqual([]);
    const unsaid = withChange((raw) => (entity(raw, "fr-declaration").note = "A declaration of intent."));
    expect(countedUnderMnfuUnsaid(unsaid, rows)).toContain("2026-01: role fr-declaration");
  });

  it("gives no unit placed by our reading a name that asserts the placement", () => {
    expect(namesAssertingOurReading(model)).toEqual([]);
    const asserted = withChange((raw) => (entity(raw, "mnf-u-hq").name = "MNF-U Headquarters"));
    expect(namesAssertingOurReading(asserted)).toContain("unit mnf-u-hq (“MNF-U Headquarters”)");
  });

  it("has the stages facts.md dates, in date order, and each fact first appears in its own stage", () => {
    const noted = datedStages(markdown);
    expect(model.stages.map((s) => s.name)).toEqual(noted.map((n) => n.name));
    const dates = model.stages.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
    model.stages
      .slice(1)
      .forEach((s, i) => expect(s.basedOn, `${s.id} builds on the stage before`).toBe(model.stages[i]!.id));
    const citedAt = (stageId: string | null) =>
      new Set(statementsOf(resolveStage(model, stageId)).flatMap((s) => s.facts));
    noted.forEach((note, i) => {
      const stage = model.stages[i]!;
      const here = citedAt(stage.id);
      const before = citedAt(i === 0 ? null : model.stages[i - 1]!.id);
      for (const id of note.ids) {
        expect(here.has(id), `${id} is in the stage "${note.name}"`).toBe(true);
        expect(before.has(id), `${id} is not yet in the stage before "${note.name}"`).toBe(false);
      }
      if (note.seed)
        for (let n = 1; n <= 20; n++) expect(here.has(`S0-${n}`), `S0-${n} is in "${note.name}"`).toBe(true);
    });
  });

  it("states the 4 September 2025 pledge as 26 unnamed nations, planned, with its wire source", () => {
    const september = statementsOf(resolveStage(model, "2025-09")).filter((s) => s.facts.includes("P-11"));
    const aggregate = september.find((s) => s.kind === "aggregate")!;
    expect(aggregate.text).toMatch(/\b26\b/);
    expect(aggregate.text).toMatch(/not named/);
    expect(aggregate.status).toBe("planned");
    expect(sources.get(aggregate.sources[0]!)).toMatchObject({ original: "Associated Press", grade: "wire" });
  });

  it("drops the 700,000 figure and the sources facts.md dropped", () => {
    const text = JSON.stringify(model);
    expect(text).not.toMatch(/700[,.]?000|700k/i);
    for (const gone of ["news.by", "particle.news", "lnginnorthernbc", "interaffairs", "caliber.az"])
      expect(text.toLowerCase()).not.toContain(gone);
  });

  it("keeps the sources' hedges in the description and the story (a fact audit of 29 Nov)", () => {
    const text = JSON.stringify([model.meta.description, model.story]);
    // S0-4: the structure's finalisation is decided; the force is planned.
    expect(text).not.toMatch(/planned command structure/i);
    // S0-9: France and the UK "will set up" the HQ.
    expect(text).not.toMatch(/are setting up/i);
    // S0-6: air policing is to help create the conditions for civil flights, not to make them resume.
    expect(text).not.toMatch(/so that civil (flights|air traffic) can resume/i);
    // P-6: a declaration of intent on deploying, by France, the UK and Ukraine, not an intent to deploy.
    expect(text).not.toMatch(/intent to deploy/i);
    // P-7: a coordination cell of the coalition, the US and Ukraine; no source makes it a monitoring cell.
    expect(text).not.toMatch(/monitoring cell/i);
  });

  it("says in words that a reported fact is reported, wherever a story step states one", () => {
    // The room sees a step's text, not its statements' badges: a reported fact stated as plain
    // fact (Canada's and Poland's positions, P-12, in step 8) would be quoted as settled.
    const reported = new Set(rows.filter((r) => /^reported/.test(r.status)).map((r) => r.id));
    const steps = model.story?.steps ?? [];
    expect(steps.filter((step) => step.facts?.some((f) => reported.has(f))).length).toBeGreaterThan(1);
    steps.forEach((step, i) => {
      if (step.facts?.some((f) => reported.has(f)))
        expect(step.text, `story step ${i + 1}`).toMatch(/\breport/i);
    });
    // The stage's summary, shown above its timeline card and in the summary view, says so too.
    const september = model.stages.find((stage) => factsCitedBy(stage).includes("P-12"))!;
    expect(september.summary).toMatch(/\breported\b[^.]*Canada/i);
  });

  it("grades every source, and gives https addresses exactly as facts.md lists them", () => {
    const addresses = new Set([...markdown.matchAll(/^- [^:\n]+: (https:\/\/\S+)$/gm)].map((m) => m[1]!));
    expect(addresses.size).toBeGreaterThan(10);
    for (const s of model.meta.sources) {
      expect(s.grade, `${s.id} has a grade`).toBeDefined();
      if (s.url) expect(addresses, `${s.id}'s address is one facts.md gives`).toContain(s.url);
    }
    const used = new Set(model.meta.sources.map((s) => s.url).filter(Boolean));
    expect([...addresses].filter((a) => !used.has(a))).toEqual([]);
  });
});
