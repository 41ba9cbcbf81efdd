// The nations × lines of effort matrix: every named nation, every role in exactly one cell,
// the unnamed members as an aggregate, and sorting that keeps empty cells last.
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateModel } from "../../../src/model/validate";
import { resolveStage } from "../../../src/model/stages";
import { indexModel } from "../../../src/state/selectors";
import { buildMatrix, sortMatrixRows } from "../../../src/layout/map-matrix";

const repo = path.resolve(import.meta.dirname, "../../..");
const result = validateModel(JSON.parse(readFileSync(path.join(repo, "data/mnf-ukraine.json"), "utf8")));
if (!result.ok) throw new Error("default model is invalid");
const model = result.model;

describe("buildMatrix", () => {
  for (const stage of model.stages.map((s) => s.id)) {
    it(`lists every named nation and places each role of stage ${stage} in exactly one cell`, () => {
      const resolved = resolveStage(model, stage);
      const matrix = buildMatrix(resolved, indexModel(resolved));
      expect(matrix.rows.map((r) => r.code).sort()).toEqual(resolved.nations.map((n) => n.code).sort());
      const inCells = matrix.rows.flatMap((r) => r.cells.flat().map((role) => role.id)).sort();
      expect(inCells).toEqual(resolved.roles.map((r) => r.id).sort());
      for (const role of resolved.roles) expect(role.sources.length).toBeGreaterThan(0);
    });
  }

  it("has the HQ, land, air, sea and monitoring as columns in January 2026", () => {
    const resolved = resolveStage(model, "2026-01");
    const ids = buildMatrix(resolved, indexModel(resolved)).columns.map((c) => c.unit.id);
    for (const id of ["mnf-u-hq", "loe-land", "loe-air", "loe-sea", "ceasefire-monitoring", "kyiv-cell", "mcm-black-sea"]) expect(ids).toContain(id);
  });

  it("states the unnamed members as an aggregate in the coalition's column", () => {
    const resolved = resolveStage(model, "2025-07");
    const matrix = buildMatrix(resolved, indexModel(resolved));
    const coalition = matrix.columns.findIndex((c) => c.unit.id === "coalition");
    expect(matrix.aggregates[coalition]?.total).toMatch(/more than 30/);
  });

  it("sorts by a column's strongest role and keeps nations without one at the bottom both ways", () => {
    const resolved = resolveStage(model, "2025-07");
    const matrix = buildMatrix(resolved, indexModel(resolved));
    const sea = matrix.columns.findIndex((c) => c.unit.id === "loe-sea");
    for (const direction of ["ascending", "descending"] as const) {
      const rows = sortMatrixRows(matrix.rows, { by: sea, direction });
      const filled = rows.map((r) => r.cells[sea]!.length > 0);
      expect(filled.indexOf(false)).toBe(filled.filter(Boolean).length);
    }
    expect(sortMatrixRows(matrix.rows, { by: "name", direction: "descending" })[0]!.name).toBe("United States");
  });
});
