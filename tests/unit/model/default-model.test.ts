// The default model (data/mnf-ukraine.json) is valid, traceable to the fact base, and says
// what the sources say about the key units.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateModel } from "../../../src/model/validate";
import { resolveStage } from "../../../src/model/stages";
import { COLLECTIONS } from "../../../src/model/schema";
import type { Model } from "../../../src/model/types";

const repo = path.resolve(import.meta.dirname, "../../..");
const raw: unknown = JSON.parse(readFileSync(path.join(repo, "data/mnf-ukraine.json"), "utf8"));
const factsFile = path.resolve(repo, "../shared/facts.md");

function loadModel(): Model {
  const result = validateModel(raw);
  if (!result.ok) throw new Error(`default model is invalid: ${JSON.stringify(result.problems, null, 2)}`);
  return result.model;
}

/** Every string in any `facts` array anywhere in the model, stages included. */
function citedFacts(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedFacts(v, into);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (k === "facts" && Array.isArray(v)) for (const f of v) if (typeof f === "string") into.add(f);
      citedFacts(v, into);
    }
  return into;
}

describe("the default model", () => {
  it("validates with no problems", () => {
    const result = validateModel(raw);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("cites every fact id of shared/facts.md in some facts array", () => {
    if (!existsSync(factsFile)) {
      console.warn(`skipped: ${factsFile} not found`);
      return;
    }
    const ids = [...readFileSync(factsFile, "utf8").matchAll(/^\|\s*((?:S0|P)-\d+)\s*\|/gm)].map(
      (m) => m[1]!,
    );
    expect(ids.length).toBeGreaterThan(0);
    const cited = citedFacts(raw);
    expect(ids.filter((id) => !cited.has(id))).toEqual([]);
  });

  it("has the Kyiv cell planned, conditional on deployment, under an unnamed British two-star general", () => {
    const model = loadModel();
    const cell = resolveStage(model, "2025-07").units.find((u) => u.id === "kyiv-cell");
    expect(cell).toBeDefined();
    expect(cell!.status).toBe("planned");
    expect(cell!.condition).toMatch(/deploy/);
    expect(cell!.commander?.rank).toBe("Two-star general");
    expect(cell!.commander?.nationality).toBe("GB");
    expect(cell!.commander).not.toHaveProperty("name");
  });

  it("seats the headquarters in Paris first, then London, alternating yearly without gaps", () => {
    const model = loadModel();
    const hq = resolveStage(model, "2025-07").units.find((u) => u.id === "mnf-u-hq");
    const seats = hq!.rotation!.seats;
    expect(seats.map((s) => s.place).slice(0, 2)).toEqual(["paris", "london"]);
    seats.forEach((seat, i) => {
      if (i === 0) return;
      expect(seat.place).not.toBe(seats[i - 1]!.place);
      expect(seat.from).toBe(seats[i - 1]!.until);
    });
  });

  it("has the ground-force option proposed in 2025-03 and dropped in 2025-07", () => {
    const model = loadModel();
    const status = (stageId: string) =>
      resolveStage(model, stageId).units.find((u) => u.id === "ground-force-option")?.status;
    expect(status("2025-03")).toBe("proposed");
    expect(status("2025-07")).toBe("dropped");
  });

  it("names no file of ours to the reader: its words say 'the fact base', not facts.md", () => {
    // A source's note read "facts.md gives no address or day": a student cannot know that file.
    const { $schema: _schema, ...shown } = raw as Record<string, unknown>;
    expect(JSON.stringify(shown)).not.toMatch(/facts\.md|seed\//);
  });

  it("gives every unit, role, relation and claim at least one known source in every stage", () => {
    const model = loadModel();
    const known = new Set(model.meta.sources.map((s) => s.id));
    const unsourced: string[] = [];
    for (const stageId of [null, ...model.stages.map((s) => s.id)]) {
      const resolved = resolveStage(model, stageId);
      for (const c of COLLECTIONS) {
        if (c === "places" || c === "nations") continue;
        for (const e of resolved[c] as { id: string; sources: string[] }[])
          if (e.sources.length === 0 || e.sources.some((s) => !known.has(s)))
            unsourced.push(`${stageId ?? "base"}:${c}/${e.id}`);
      }
    }
    expect(unsourced).toEqual([]);
  });
});
