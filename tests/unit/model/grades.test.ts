// Source grades: which source is strongest, when a statement is weakly sourced, how a carried
// story is cited, and what the "hide weakly sourced" filter takes out of a stage.
import {
  citationLabel,
  fullCitation,
  gradeRank,
  gradeWords,
  isWeaklySourced,
  sourcesByStrength,
  strongestGrade,
  weaklySourcedStatements,
  withoutWeaklySourced,
} from "../../../src/model/grades";
import { resolveStage } from "../../../src/model/stages";
import { validateModel } from "../../../src/model/validate";
import type { Grade, Model, Source } from "../../../src/model/types";
import { minimalModel } from "./builders";

const source = (id: string, grade?: Grade, extra: Partial<Source> = {}): Source => ({
  id,
  title: `Title ${id}`,
  publisher: `Publisher ${id}`,
  date: "2025-07-10",
  ...(grade ? { grade } : {}),
  ...extra,
});
const lookup = (...list: Source[]) => new Map(list.map((s) => [s.id, s]));

const sources = lookup(
  source("gov", "official"),
  source("agency", "wire"),
  source("paper", "press"),
  source("think", "analysis"),
  source("agg1", "aggregator"),
  source("agg2", "aggregator"),
  source("plain"),
);

describe("grade order", () => {
  it("runs official, wire, press, analysis, aggregator, then not graded", () => {
    const ranks = (["official", "wire", "press", "analysis", "aggregator", undefined] as const).map(
      gradeRank,
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(6);
  });
});

describe("strongestGrade", () => {
  it("is the strongest grade among a statement's sources, whatever their order", () => {
    expect(strongestGrade(["agg1", "think", "agency"], sources)).toBe("wire");
    expect(strongestGrade(["agg1", "gov"], sources)).toBe("official");
    expect(strongestGrade(["agg1", "agg2"], sources)).toBe("aggregator");
  });

  it("is null when no source is graded (a model without grades still loads)", () => {
    expect(strongestGrade(["plain"], sources)).toBeNull();
    expect(strongestGrade(["unknown"], sources)).toBeNull();
  });
});

describe("isWeaklySourced", () => {
  it("is true when every source is an aggregator", () => {
    expect(isWeaklySourced(["agg1"], sources)).toBe(true);
    expect(isWeaklySourced(["agg1", "agg2"], sources)).toBe(true);
  });

  it("is false as soon as one source is stronger: the strongest decides", () => {
    expect(isWeaklySourced(["agg1", "paper"], sources)).toBe(false);
    expect(isWeaklySourced(["agg1", "think"], sources)).toBe(false);
  });

  it("is false beside an ungraded or unknown source, and for no source at all", () => {
    expect(isWeaklySourced(["agg1", "plain"], sources)).toBe(false);
    expect(isWeaklySourced(["agg1", "unknown"], sources)).toBe(false);
    expect(isWeaklySourced([], sources)).toBe(false);
  });
});

describe("sourcesByStrength", () => {
  it("puts the strongest first and keeps the others, in their order among equals", () => {
    expect(sourcesByStrength(["agg2", "plain", "think", "agg1", "gov"], sources)).toEqual([
      "gov",
      "think",
      "agg2",
      "agg1",
      "plain",
    ]);
  });
});

describe("citations", () => {
  it("names a carrier as such: “Reuters, as carried by Dunya News”", () => {
    const carried = source("dunya", "wire", { original: "Reuters", publisher: "Dunya News" });
    expect(citationLabel(carried)).toBe("Reuters, as carried by Dunya News, 10 July 2025");
    expect(fullCitation(carried)).toBe("“Title dunya”, Reuters, as carried by Dunya News, 10 July 2025");
  });

  it("leads with the author when there is one, else the publisher's short name, at the date's precision", () => {
    expect(citationLabel(source("osw", "analysis", { author: "Justyna Gotkowska", date: "2025-07" }))).toBe(
      "Justyna Gotkowska, July 2025",
    );
    expect(
      citationLabel(
        source("p", "press", { publisher: "OSW Centre for Eastern Studies, Warsaw", date: "2020" }),
      ),
    ).toBe("OSW Centre for Eastern Studies, 2020");
  });

  it("says “not graded” for a source without a grade", () => {
    expect(gradeWords(sources.get("plain"))).toBe("not graded");
    expect(gradeWords(sources.get("agency"))).toBe("wire");
  });
});

describe("weakly sourced statements of a stage", () => {
  function model(): Model {
    const raw = minimalModel();
    raw.meta.sources.push({
      id: "agg",
      title: "Rewrite",
      publisher: "Aggregator",
      grade: "aggregator",
      date: "2025-07",
    });
    raw.meta.sources[0]!.grade = "press";
    raw.units[1]!.sources = ["agg"];
    raw.units[0]!.otherContributors = { label: "Others, not named", status: "reported", sources: ["agg"] };
    raw.roles.push(
      { id: "weak-role", nation: "FR", role: "lead", in: "hq", status: "reported", sources: ["agg"] },
      {
        id: "mixed-role",
        nation: "FR",
        role: "contributor",
        in: "cell",
        status: "reported",
        sources: ["agg", "src-a"],
      },
    );
    raw.relations.push({
      id: "weak-link",
      kind: "supports",
      from: "cell",
      to: "hq",
      status: "reported",
      sources: ["agg"],
    });
    raw.claims.push(
      {
        id: "weak-claim",
        about: "hq",
        kind: "fact",
        text: "Said by one aggregator.",
        status: "reported",
        sources: ["agg"],
      },
      {
        id: "good-claim",
        about: "hq",
        kind: "fact",
        text: "Said by the press.",
        status: "reported",
        sources: ["src-a"],
      },
    );
    const result = validateModel(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.model;
  }

  it("lists every kind of statement that rests on aggregators alone, and nothing else", () => {
    const m = model();
    const byId = new Map(m.meta.sources.map((s) => [s.id, s]));
    const weak = weaklySourcedStatements(resolveStage(m, null), byId).map((s) => `${s.kind}:${s.id}`);
    expect(weak.sort()).toEqual(
      [
        "aggregate:hq/otherContributors",
        "claim:weak-claim",
        "relation:weak-link",
        "role:weak-role",
        "unit:cell",
      ].sort(),
    );
  });

  it("hides weak roles, relations, claims and aggregates, keeps every unit, and counts what it hid", () => {
    const m = model();
    const byId = new Map(m.meta.sources.map((s) => [s.id, s]));
    const resolved = resolveStage(m, null);
    const { resolved: shown, hidden } = withoutWeaklySourced(resolved, byId);
    expect(shown.units.map((u) => u.id)).toEqual(["hq", "cell"]);
    expect(shown.units[0]!.otherContributors).toBeUndefined();
    expect(shown.roles.map((r) => r.id)).toEqual(["mixed-role"]);
    expect(shown.relations).toEqual([]);
    expect(shown.claims.map((c) => c.id)).toEqual(["good-claim"]);
    expect(hidden.map((s) => s.id).sort()).toEqual([
      "hq/otherContributors",
      "weak-claim",
      "weak-link",
      "weak-role",
    ]);
    // The full stage is untouched.
    expect(resolved.claims).toHaveLength(2);
  });
});
