// One validateModel call reports every defect of a model, each at its own pointer
// (fixture and list: tests/fixtures/README.md).
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateModel } from "../../../src/model/validate";

const fixture = path.resolve(import.meta.dirname, "../../fixtures/ten-defects.json");

const EXPECTED = [
  "/units/2/name", // missing unit name
  "/claims/0/status", // status not in the enum
  "/stages/2/add/units/1/parent", // unknown parent
  "/stages/1/add/units/1/rotation/seats/1/from", // overlapping rotation seat
  "/places/3/lat", // latitude out of range
  "/meta/sources/0/date", // impossible calendar date
  "/claims/1/sources/0", // unknown source id
  "/stages/2/add/claims/0/id", // duplicate id
  "/units/1/parent", // parent cycle
  "/stages/2/add/relations/0/to", // unknown relation end
];

describe("a model with ten defects", () => {
  const result = validateModel(JSON.parse(readFileSync(fixture, "utf8")));
  const problems = result.ok ? [] : result.problems;

  it("is rejected", () => {
    expect(result.ok).toBe(false);
  });

  it("reports exactly the ten defects, each at its pointer, in one call", () => {
    expect(problems.map((p) => p.pointer).sort()).toEqual([...EXPECTED].sort());
    expect(problems).toHaveLength(10);
  });

  it("gives every problem a message that names a fix", () => {
    for (const p of problems)
      expect(p.message, p.pointer).toMatch(/\b(Add|Use|Name|Make|start it|rename|Break)\b/);
  });
});
