// Walks every fact of the project's fact base (shared/facts.md: S0-1 … S0-20, P-1 … P-12) and
// finds it in the default model with the status facts.md gives, in the stage facts.md dates it
// to. facts.md stands where the two disagree: a new status word, qualifier or stage there makes
// this test fail until the model (and, if need be, this mapping) follows.
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
};

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
    });
  for (const r of resolved.relations)
    out.push({
      where: `relation ${r.id}`,
      status: r.status,
      facts: r.facts ?? [],
      sources: r.sources,
      kind: "relation",
      text: r.note ?? "",
    });
  for (const c of resolved.claims)
    out.push({
      where: `claim ${c.id}`,
      status: c.status,
      facts: c.facts ?? [],
      sources: c.sources,
      kind: c.kind,
      text: c.text + (c.date ? ` [dated ${c.date}]` : ""),
    });
  return out;
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

  it("shows nothing that exists only under a condition as decided, nor a contribution to it (facts.md: planned)", () => {
    // "planned: agreed, happens only if a condition is met"; "a force that exists only after a
    // ceasefire is planned, even when its command structure is decided" (modelling notes).
    for (const stage of model.stages) {
      const resolved = resolveStage(model, stage.id);
      const conditional = new Set(resolved.units.filter((u) => u.condition).map((u) => u.id));
      const decided = [
        ...resolved.units
          .filter((u) => conditional.has(u.id) && u.status === "decided")
          .map((u) => `unit ${u.id}`),
        ...resolved.roles
          .filter((r) => conditional.has(r.in) && r.role === "contributor" && r.status === "decided")
          .map((r) => `role ${r.id}`),
      ];
      expect(decided, `stage ${stage.id}`).toEqual([]);
    }
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
