// Stages resolve in order and diff field by field.
import { readFileSync } from "node:fs";
import path from "node:path";
import { diffStages, resolveStage } from "../../../src/model/stages";
import type { Model } from "../../../src/model/types";
import { minimalModel, stage, validModel } from "./builders";
import { seatDate } from "../../../src/layout/rotation";

const defaultModel = validModel(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../data/mnf-ukraine.json"), "utf8")),
);

describe("diffStages on the default model", () => {
  it("adds ceasefire monitoring, the monitoring cell and the military hubs from 2025-07 to 2026-01", () => {
    const ids = diffStages(defaultModel, "2025-07", "2026-01").units.added.map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining(["ceasefire-monitoring", "monitoring-cell", "military-hubs"]));
    expect(ids).not.toContain("mnf-u-hq");
  });

  it("shows the ground-force option going from proposed to dropped between 2025-03 and 2025-07", () => {
    const change = diffStages(defaultModel, "2025-03", "2025-07").units.changed.find(
      (c) => c.key === "ground-force-option",
    );
    expect(change?.fields).toContainEqual({ field: "status", before: "proposed", after: "dropped" });
  });
});

describe("stage removals", () => {
  it("removes the entity from the stage and reports it as removed in the diff", () => {
    const raw = minimalModel();
    raw.stages.push(stage("s1", { remove: ["cell"] }));
    const model = validModel(raw);
    expect(resolveStage(model, null).units.map((u) => u.id)).toEqual(["hq", "cell"]);
    expect(resolveStage(model, "s1").units.map((u) => u.id)).toEqual(["hq"]);
    expect(diffStages(model, null, "s1").units.removed.map((u) => u.id)).toEqual(["cell"]);
  });

  it("keeps a removal in later stages built on it", () => {
    const raw = minimalModel();
    raw.stages.push(stage("s1", { remove: ["cell"] }), stage("s2", { basedOn: "s1" }));
    const model = validModel(raw);
    expect(resolveStage(model, "s2").units.map((u) => u.id)).toEqual(["hq"]);
  });
});

describe("seatDate", () => {
  const model = {
    meta: { asOf: "2026-01-07" },
    stages: [
      { id: "a", date: "2025-07-10" },
      { id: "b", date: "2027-03" },
    ],
  } as unknown as Model;
  it("is the stage's date, so a stage shows the seat of its own time", () => {
    expect(seatDate(model, "a")).toBe("2025-07-10");
  });
  it("never goes past the model's as-of date, nor falls back to today", () => {
    expect(seatDate(model, "b")).toBe("2026-01-07");
    expect(seatDate(model, null)).toBe("2026-01-07");
  });
});
