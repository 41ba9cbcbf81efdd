// Compare mode's model: which pair of stages to compare, what differs between them (each
// difference a statement with its own sources), the union both are drawn from, and the marks.
import { readFileSync } from "node:fs";
import path from "node:path";
import { compareStages, comparePairFor, resolveStage, stagesByDate } from "../../../src/model/stages";
import type { Difference } from "../../../src/model/stages";
import { minimalModel, stage, validModel } from "./builders";

const defaultModel = validModel(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../data/mnf-ukraine.json"), "utf8")),
);

const find = (list: readonly Difference[], kind: Difference["kind"], key: string) =>
  list.find((d) => d.kind === kind && d.key === key);

describe("comparePairFor", () => {
  it("takes a valid pair as asked", () => {
    expect(comparePairFor(defaultModel, "2025-03..2026-01")).toEqual({
      pair: { from: "2025-03", to: "2026-01" },
      problem: null,
    });
  });

  it("puts a pair in date order, so that added always means later", () => {
    expect(comparePairFor(defaultModel, "2026-01..2025-07").pair).toEqual({ from: "2025-07", to: "2026-01" });
  });

  it("compares a stage asked twice with the stage before it, and says why", () => {
    expect(comparePairFor(defaultModel, "2025-09..2025-09")).toEqual({
      pair: { from: "2025-07", to: "2025-09" },
      problem: { kind: "identical", id: "2025-09" },
    });
    // The first stage has no stage before it: it is compared with the next one.
    expect(comparePairFor(defaultModel, "2025-03..2025-03").pair).toEqual({ from: "2025-03", to: "2025-07" });
  });

  it("keeps the known stage of a pair with one unknown stage", () => {
    expect(comparePairFor(defaultModel, "1999-01..2025-07")).toEqual({
      pair: { from: "2025-03", to: "2025-07" },
      problem: { kind: "unknown", ids: ["1999-01"] },
    });
  });

  it("falls back to the default stage and the one before it for two unknown stages or no pair at all", () => {
    const expected = { from: "2025-09", to: "2026-01" };
    expect(comparePairFor(defaultModel, "x..y")).toEqual({
      pair: expected,
      problem: { kind: "unknown", ids: ["x", "y"] },
    });
    expect(comparePairFor(defaultModel, "2025-07")).toEqual({
      pair: expected,
      problem: { kind: "malformed", text: "2025-07" },
    });
    expect(comparePairFor(defaultModel, "").pair).toEqual(expected);
  });

  it("has no pair for a model with one stage", () => {
    const raw = minimalModel();
    raw.stages.push(stage("only"));
    expect(comparePairFor(validModel(raw), "only..only")).toEqual({
      pair: null,
      problem: { kind: "one-stage" },
    });
  });

  it("orders stages by date, whatever their order in the file", () => {
    const raw = minimalModel();
    raw.stages.push(stage("late", { date: "2026-01" }), stage("early", { date: "2025-01" }));
    expect(stagesByDate(validModel(raw)).map((s) => s.id)).toEqual(["early", "late"]);
  });
});

describe("compareStages on the default model", () => {
  it("March–April 2025 → 10 July 2025: the ground-force option and the enforcement mandate are dropped, each with its source", () => {
    const { differences } = compareStages(defaultModel, { from: "2025-03", to: "2025-07" });
    const option = find(differences, "unit", "ground-force-option");
    expect(option).toMatchObject({ change: "status", since: "2025-07", sources: ["osw-2025-07"] });
    expect(option?.before).toMatchObject({ status: "proposed" });
    expect(option?.after).toMatchObject({ status: "dropped" });
    const mandate = find(differences, "claim", "enforcement-mandate");
    expect(mandate).toMatchObject({ change: "status", sources: ["osw-2025-07"] });
    expect(mandate?.after).toMatchObject({ status: "dropped" });
  });

  it("March–April 2025 → 10 July 2025: the HQ, the Kyiv cell and the three lines of effort are added, each sourced", () => {
    const { differences } = compareStages(defaultModel, { from: "2025-03", to: "2025-07" });
    for (const id of ["mnf-u-hq", "kyiv-cell", "loe-land", "loe-air", "loe-sea"]) {
      const d = find(differences, "unit", id);
      expect(d, id).toMatchObject({ change: "added", since: "2025-07" });
      expect(d!.sources.length, id).toBeGreaterThan(0);
    }
    expect(find(differences, "unit", "kyiv-cell")?.after).toMatchObject({ status: "planned" });
  });

  it("10 July 2025 → January 2026: the September 2025 pledges and the January 2026 additions, each tagged with its stage", () => {
    const { differences } = compareStages(defaultModel, { from: "2025-07", to: "2026-01" });
    const pledge = find(differences, "claim", "reassurance-pledge");
    expect(pledge).toMatchObject({ change: "added", since: "2025-09", sources: ["ap-pgcitizen-2025-09-04"] });
    expect(pledge?.after).toMatchObject({ status: "planned" });
    const pledged = find(differences, "aggregate", "mnf-u/otherContributors");
    expect(pledged).toMatchObject({ change: "added", since: "2025-09", subjects: ["mnf-u"] });
    expect(pledged?.after).toMatchObject({ status: "planned", total: "26 of the coalition's 35 countries" });
    const france = find(differences, "role", "fr-declaration");
    expect(france).toMatchObject({ change: "added", since: "2026-01", subjects: ["FR", "mnf-u"] });
    expect(france?.after).toMatchObject({ role: "contributor", status: "planned" });
    expect(france?.sources).toContain("president-ua-2026-01-06");
    for (const id of ["ceasefire-monitoring", "monitoring-cell", "military-hubs"])
      expect(find(differences, "unit", id), id).toMatchObject({ change: "added", since: "2026-01" });
  });

  it("March–April 2025 → January 2026: a unit new in the pair brings its own sourced parts, each listed", () => {
    const { differences } = compareStages(defaultModel, { from: "2025-03", to: "2026-01" });
    // MNF-U is new in the pair; the 26 pledging nations (4 September 2025) are a statement of their own.
    expect(find(differences, "unit", "mnf-u")).toMatchObject({ change: "added" });
    const pledged = find(differences, "aggregate", "mnf-u/otherContributors");
    expect(pledged).toMatchObject({
      change: "added",
      since: "2025-09",
      sources: ["ap-pgcitizen-2025-09-04"],
    });
    // The HQ's seats rest on Reuters as well as the unit's own source: they are listed with it.
    expect(find(differences, "seats", "mnf-u-hq/rotation")?.sources).toContain("reuters-dunya-2025-07-10");
    expect(find(differences, "commander", "kyiv-cell/commander")).toMatchObject({ change: "added" });
  });

  it("names both stages of an item added in one and reworded in a later one", () => {
    const { differences } = compareStages(defaultModel, { from: "2025-03", to: "2026-01" });
    // The coalition's unnamed members: added on 10 July 2025, given January 2026's words and source.
    const members = find(differences, "aggregate", "coalition/otherContributors");
    expect(members).toMatchObject({ change: "added", since: "2025-07", changedAgain: "2026-01" });
    expect(members?.sources).toContain("president-ua-2026-01-06");
    // Added once and never changed after: one stage only.
    expect(find(differences, "claim", "paris-summit")).toMatchObject({
      since: "2026-01",
      changedAgain: null,
    });
    expect(find(differences, "claim", "meeting-2025-07-10")).toMatchObject({
      since: "2025-07",
      changedAgain: null,
    });
  });

  it("gives every difference at least one source", () => {
    for (const pair of [
      { from: "2025-03", to: "2025-07" },
      { from: "2025-07", to: "2026-01" },
      { from: "2025-03", to: "2026-01" },
    ]) {
      for (const d of compareStages(defaultModel, pair).differences)
        expect(d.sources.length, `${d.kind} ${d.key}`).toBeGreaterThan(0);
    }
  });

  it("marks units and nations: added, changed in role, unchanged", () => {
    const { marks } = compareStages(defaultModel, { from: "2025-07", to: "2026-01" });
    expect(marks.units.get("monitoring-cell")?.change).toBe("added");
    expect(marks.units.get("mnf-u")?.change).toBe("role"); // France and the UK become planned contributors
    expect(marks.units.get("kyiv-cell")?.change).toBe("unchanged");
    expect(marks.nations.get("PL")?.change).toBe("added"); // its first role: logistics lead
    expect(marks.nations.get("FR")?.change).toBe("role");
    expect(marks.nations.get("CA")?.change).toBe("changed"); // statements only, no role
    expect(marks.nations.get("TR")?.change).toBe("unchanged");
    expect(marks.statements.get("fr-declaration")).toMatchObject({ change: "added", statusAfter: "planned" });
    expect(marks.statements.get("tr-sea-lead")).toMatchObject({
      change: "unchanged",
      statusBefore: "planned",
    });
  });

  it("marks a status change with both statuses", () => {
    const { marks } = compareStages(defaultModel, { from: "2025-03", to: "2025-07" });
    expect(marks.units.get("ground-force-option")).toMatchObject({
      change: "status",
      statusBefore: "proposed",
      statusAfter: "dropped",
    });
  });
});

describe("compareStages on removals and replaced roles", () => {
  function model() {
    const raw = minimalModel();
    raw.nations.push({ code: "GB", name: "United Kingdom" });
    raw.units.push({
      id: "team",
      name: "Team",
      shortName: "Team",
      parent: "cell",
      kind: "support-element",
      status: "proposed",
      sources: ["src-a"],
      description: "A team under the cell.",
    });
    raw.roles.push(
      { id: "fr-lead", nation: "FR", role: "lead", in: "hq", status: "decided", sources: ["src-a"] },
      { id: "gb-member", nation: "GB", role: "member", in: "cell", status: "planned", sources: ["src-a"] },
    );
    raw.stages.push(
      stage("s1", { date: "2025-01" }),
      stage("s2", {
        basedOn: "s1",
        date: "2025-06",
        remove: ["team", "gb-member"],
        add: {
          roles: [
            {
              id: "fr-contributor",
              nation: "FR",
              role: "contributor",
              in: "hq",
              status: "planned",
              sources: ["src-a"],
            },
          ],
        },
      }),
    );
    // The French lead is replaced by a contributor role: a change of role, not one removal and one addition.
    (raw.stages[1]!.remove as string[]).push("fr-lead");
    return validModel(raw);
  }

  it("shows a removed unit in the union, under its old parent, marked removed", () => {
    const comparison = compareStages(model(), { from: "s1", to: "s2" });
    expect(resolveStage(model(), "s2").units.map((u) => u.id)).not.toContain("team");
    const team = comparison.union.units.find((u) => u.id === "team");
    expect(team?.parent).toBe("cell");
    expect(comparison.union.units.map((u) => u.id)).toEqual(["hq", "cell", "team"]);
    expect(comparison.marks.units.get("team")).toMatchObject({
      change: "removed",
      statusBefore: "proposed",
      statusAfter: null,
    });
    expect(find(comparison.differences, "unit", "team")).toMatchObject({
      change: "removed",
      sources: ["src-a"],
    });
  });

  it("reads a nation's role replaced in the same unit as one change of role", () => {
    const { differences, union, marks } = compareStages(model(), { from: "s1", to: "s2" });
    const france = differences.filter((d) => d.kind === "role" && d.subjects.includes("FR"));
    expect(france).toHaveLength(1);
    expect(france[0]).toMatchObject({ change: "role", key: "fr-contributor" });
    expect(france[0]!.before).toMatchObject({ role: "lead", status: "decided" });
    expect(union.roles.map((r) => r.id)).not.toContain("fr-lead");
    expect(marks.nations.get("FR")?.change).toBe("role");
    // The UK's only role is gone: the nation is marked removed, its role kept as a ghost.
    expect(marks.nations.get("GB")?.change).toBe("removed");
    expect(marks.statements.get("gb-member")?.change).toBe("removed");
  });
});

describe("dropped options", () => {
  it("stay in every later stage of the default model, still dropped", () => {
    const ordered = stagesByDate(defaultModel);
    ordered.forEach((s, i) => {
      const resolved = resolveStage(defaultModel, s.id);
      const dropped = [
        ...resolved.units,
        ...resolved.claims,
        ...resolved.roles,
        ...resolved.relations,
      ].filter((e) => e.status === "dropped");
      for (const later of ordered.slice(i + 1)) {
        const next = resolveStage(defaultModel, later.id);
        const all = [...next.units, ...next.claims, ...next.roles, ...next.relations];
        for (const item of dropped)
          expect(all.find((e) => e.id === item.id)?.status, `${item.id} in ${later.id}`).toBe("dropped");
      }
    });
  });

  it("are the ground-force option and the enforcement mandate, dropped from 10 July 2025 on", () => {
    for (const id of ["2025-07", "2025-09", "2026-01"]) {
      const resolved = resolveStage(defaultModel, id);
      expect(resolved.units.find((u) => u.id === "ground-force-option")?.status, id).toBe("dropped");
      expect(resolved.claims.find((c) => c.id === "enforcement-mandate")?.status, id).toBe("dropped");
    }
  });
});
