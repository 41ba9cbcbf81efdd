// One test per integrity rule and per kind of shape problem: each names the exact JSON pointer
// to fix and a message that tells the author what to do.
import { validateModel } from "../../../src/model/validate";
import type { Problem } from "../../../src/model/types";
import { minimalModel, seat, stage } from "./builders";
import type { RawModel } from "./builders";

function problemsOf(raw: unknown): Problem[] {
  const result = validateModel(raw);
  return result.ok ? [] : result.problems;
}

/** Asserts the model has exactly these problem pointers, and returns the problems. */
function expectPointers(raw: unknown, pointers: string[]): Problem[] {
  const problems = problemsOf(raw);
  expect(problems.map((p) => p.pointer).sort()).toEqual([...pointers].sort());
  return problems;
}

/** Asserts exactly one problem, at `pointer`, whose message matches every pattern. */
function expectOnly(raw: unknown, pointer: string, ...patterns: RegExp[]): Problem {
  const [problem] = expectPointers(raw, [pointer]);
  for (const pattern of patterns) expect(problem!.message).toMatch(pattern);
  return problem!;
}

const role = (extra: Record<string, unknown> = {}) => ({
  id: "fr-lead",
  nation: "FR",
  role: "lead",
  in: "hq",
  status: "decided",
  sources: ["src-a"],
  ...extra,
});
const relation = (extra: Record<string, unknown> = {}) => ({
  id: "hq-commands-cell",
  kind: "commands",
  from: "hq",
  to: "cell",
  status: "decided",
  sources: ["src-a"],
  ...extra,
});
const unit = (m: RawModel, i: number) => m.units[i]!;

describe("the minimal builder", () => {
  it("produces a model with no problems", () => {
    expect(validateModel(minimalModel())).toMatchObject({ ok: true });
  });

  it("returns a fresh object on each call", () => {
    const a = minimalModel();
    unit(a, 0).name = "changed";
    expect(unit(minimalModel(), 0).name).toBe("Headquarters");
  });
});

describe("integrity rules", () => {
  it("reports a duplicate id at the second definition's id and asks to rename one", () => {
    const m = minimalModel();
    m.units.push({ ...unit(m, 0) });
    expectOnly(m, "/units/2/id", /already defined at \/units\/0/, /rename one/);
  });

  it("reports an id re-added by a stage at the stage's add pointer", () => {
    const m = minimalModel();
    m.stages.push(stage("s1", { add: { units: [{ ...unit(m, 0) }] } }));
    expectOnly(m, "/stages/0/add/units/0/id", /"hq" is already defined at \/units\/0/, /rename one/);
  });

  it("reports an unknown parent at the unit's parent field", () => {
    const m = minimalModel();
    unit(m, 1).parent = "ghost";
    expectOnly(m, "/units/1/parent", /No unit "ghost"/, /Name an existing unit as parent, or omit parent/);
  });

  it("reports a broken reference in the base once, not again for every stage that keeps it", () => {
    const m = minimalModel();
    unit(m, 1).parent = "ghost";
    m.stages.push(stage("s1"), stage("s2", { basedOn: "s1" }));
    expectOnly(m, "/units/1/parent", /No unit "ghost" exists in the base/);
  });

  it("reports a reference broken only by a stage's removal, naming that stage", () => {
    const m = minimalModel();
    m.stages.push(stage("s1", { remove: ["hq"] }));
    expectOnly(m, "/units/1/parent", /No unit "hq" exists in stage "s1"/);
  });

  it("reports an unknown place at the unit's place field", () => {
    const m = minimalModel();
    unit(m, 0).place = "nowhere";
    expectOnly(m, "/units/0/place", /No place "nowhere"/, /Add it to places or correct the id/);
  });

  it("reports an unknown source at the citation's index", () => {
    const m = minimalModel();
    unit(m, 0).sources = ["ghost-source"];
    expectOnly(m, "/units/0/sources/0", /"ghost-source" is not in meta.sources/, /Add it there or cite/);
  });

  it("reports a role whose nation is unknown at the role's nation field", () => {
    const m = minimalModel();
    m.roles.push(role({ nation: "DE" }));
    expectOnly(m, "/roles/0/nation", /No nation "DE"/, /Add it to nations or correct the code/);
  });

  it("reports a relation to an unknown unit at the relation's end", () => {
    const m = minimalModel();
    m.relations.push(relation({ to: "ghost" }));
    expectOnly(m, "/relations/0/to", /No unit "ghost"/, /Name an existing unit id/);
  });

  it("reports a relation from a unit to itself at its 'to' field", () => {
    const m = minimalModel();
    m.relations.push(relation({ to: "hq" }));
    expectOnly(m, "/relations/0/to", /to itself/, /Name two different units/);
  });

  it("reports a parent cycle at the parent field of every unit in the loop", () => {
    const m = minimalModel();
    unit(m, 0).parent = "cell";
    const problems = expectPointers(m, ["/units/0/parent", "/units/1/parent"]);
    for (const p of problems) expect(p.message).toMatch(/its own ancestor.*Break the loop/);
  });

  it("reports a stage based on an unknown stage at its basedOn field", () => {
    const m = minimalModel();
    m.stages.push(stage("s1"), stage("s2", { basedOn: "ghost" }));
    expectOnly(m, "/stages/1/basedOn", /Stage "ghost" does not exist/, /Name one of the model's stage ids/);
  });

  it("reports a stage cycle at the basedOn of every stage in the loop", () => {
    const m = minimalModel();
    m.stages.push(stage("s1", { basedOn: "s2" }), stage("s2", { basedOn: "s1" }));
    const problems = expectPointers(m, ["/stages/0/basedOn", "/stages/1/basedOn"]);
    for (const p of problems) expect(p.message).toMatch(/builds on itself.*Break the loop/);
  });

  it("reports an update of an unknown id at the update's id", () => {
    const m = minimalModel();
    m.stages.push(stage("s1", { update: [{ id: "ghost", set: { status: "dropped" } }] }));
    expectOnly(m, "/stages/0/update/0/id", /nothing with id "ghost" to update/, /Check the id/);
  });

  it("reports an update with a value the target's schema rejects at the updated field", () => {
    const m = minimalModel();
    m.stages.push(stage("s1", { update: [{ id: "cell", set: { status: "maybe" } }] }));
    expectOnly(m, "/stages/0/update/0/set/status", /updating unit "cell"/);
  });

  it("reports a removal of an unknown id at the removal's index", () => {
    const m = minimalModel();
    m.stages.push(stage("s1", { remove: ["ghost"] }));
    expectOnly(m, "/stages/0/remove/0", /nothing with id "ghost" to remove/, /Check the id/);
  });

  it("reports overlapping rotation seats at the later seat's 'from'", () => {
    const m = minimalModel();
    delete unit(m, 0).place;
    unit(m, 0).rotation = { rule: "yearly", seats: [seat("2025-01", "2026-01"), seat("2025-06", "2027-01")] };
    expectOnly(
      m,
      "/units/0/rotation/seats/1/from",
      /overlaps the one at \/rotation\/seats\/0/,
      /start it when the other ends/,
    );
  });

  it("reports a seat whose 'until' is not after its 'from' at its 'until'", () => {
    const m = minimalModel();
    delete unit(m, 0).place;
    unit(m, 0).rotation = { rule: "yearly", seats: [seat("2026-01", "2026-01")] };
    expectOnly(m, "/units/0/rotation/seats/0/until", /Make "until" later than "from"/);
  });

  it("reports a latitude of 91 at the place's lat", () => {
    const m = minimalModel();
    m.places[0]!.lat = 91;
    expectOnly(m, "/places/0/lat", /Latitude 91 is out of range/, /from -90 to 90/);
  });

  it("reports a longitude of -200 at the place's lon", () => {
    const m = minimalModel();
    m.places[0]!.lon = -200;
    expectOnly(m, "/places/0/lon", /Longitude -200 is out of range/, /from -180 to 180/);
  });

  it("reports an impossible calendar date at the source's date", () => {
    const m = minimalModel();
    m.meta.sources[0]!.date = "2025-02-30";
    expectOnly(m, "/meta/sources/0/date", /"2025-02-30" is not a real calendar date/, /valid month and day/);
  });

  it("reports a unit whose placement is 'our reading' but which has no parent, at its ourReading", () => {
    const m = minimalModel();
    unit(m, 0).ourReading = "No source places it.";
    expectOnly(m, "/units/0/ourReading", /no parent/, /Give it a parent, or remove ourReading/);
    // Under a parent, the same field explains the placement and is fine.
    const ok = minimalModel();
    unit(ok, 1).ourReading = "The source calls it the HQ's cell; the tree places it so.";
    expect(problemsOf(ok)).toEqual([]);
  });

  it("reports an unknown default stage at meta.defaultStage", () => {
    const m = minimalModel();
    m.stages.push(stage("s1"));
    m.meta.defaultStage = "ghost";
    expectOnly(m, "/meta/defaultStage", /Stage "ghost" does not exist/, /Name one of the model's stage ids/);
  });
});

describe("shape problems", () => {
  it("reports a missing required field at that field, saying it is missing", () => {
    const m = minimalModel();
    delete unit(m, 0).name;
    expectOnly(m, "/units/0/name", /missing/, /Add it/);
  });

  it("reports an unknown field at its object and asks to remove it", () => {
    const m = minimalModel();
    unit(m, 0).colour = "red";
    expectOnly(m, "/units/0", /Unknown field "colour"/, /Remove it or check the spelling/);
  });

  it("reports a status outside the enum at the status field, listing the allowed values", () => {
    const m = minimalModel();
    unit(m, 1).status = "maybe";
    expectOnly(
      m,
      "/units/1/status",
      /"maybe" is not allowed/,
      /Use one of: decided, planned, proposed, dropped, reported/,
    );
  });

  it("accepts a source with a grade and an original outlet, and one without a grade", () => {
    const m = minimalModel();
    m.meta.sources.push({
      id: "src-b",
      title: "Carried copy",
      publisher: "Local News",
      original: "Reuters",
      grade: "wire",
      date: "2025-07-10",
    });
    expect(problemsOf(m)).toEqual([]);
  });

  it("reports a grade outside the five at the source's grade, listing them", () => {
    const m = minimalModel();
    m.meta.sources[0]!.grade = "blog";
    expectOnly(
      m,
      "/meta/sources/0/grade",
      /"blog" is not allowed/,
      /Use one of: official, wire, press, analysis, aggregator/,
    );
  });

  it("reports an http:// source address at its url, asking for https", () => {
    const m = minimalModel();
    m.meta.sources[0]!.url = "http://example.org/a";
    // Citations of the malformed source are not reported again as unknown sources.
    expectOnly(m, "/meta/sources/0/url", /https:\/\//);
  });
});
