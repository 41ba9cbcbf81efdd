// The validation worker sends only what zod changed in a valid model (its defaults); the page
// applies that to its own parse. The model on screen must be exactly zod's output.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { CommandModel } from "../../../src/model/schema";
import { applyPatches, patchesBetween } from "../../../src/load/patches";
import { synthModel } from "../../../bench/synth";
import { minimalModel } from "../model/builders";

function minimalModelWithoutDefaults() {
  const { roles: _r, relations: _rel, claims: _c, stages: _s, ...rest } = minimalModel();
  return rest;
}

const defaultModel = readFileSync(path.resolve(import.meta.dirname, "../../../data/mnf-ukraine.json"), "utf8");

describe("patches between a parsed model and zod's output", () => {
  it.each([
    ["the default model", defaultModel],
    ["a synthetic 500-unit model", JSON.stringify(synthModel(500, 7))],
    ["a model that leaves out every field with a default", JSON.stringify(minimalModelWithoutDefaults())],
  ])("rebuild zod's output exactly for %s", (_, text) => {
    const output = CommandModel.parse(JSON.parse(text));
    const patches = patchesBetween(JSON.parse(text), output);
    expect(applyPatches(JSON.parse(text), patches)).toStrictEqual(output);
  });

  it("carry zod's defaults: collections and a unit's domains", () => {
    const raw = minimalModelWithoutDefaults();
    const paths = patchesBetween(raw, CommandModel.parse(raw)).map((p) => p.path.join("/"));
    expect(paths.sort()).toEqual(["claims", "relations", "roles", "stages", "units/0/domains", "units/1/domains"]);
  });

  it("turn any JSON value into any other", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const rebuilt = applyPatches(structuredClone(a), patchesBetween(a, b));
        expect(rebuilt).toStrictEqual(b);
      }),
      { numRuns: 300 },
    );
  });

  it("keep a key named __proto__ as the object's own data, as JSON.parse does", () => {
    const a = JSON.parse('{"x": {}}');
    const b = JSON.parse('{"x": {"__proto__": {"polluted": true}}}');
    const rebuilt = applyPatches<{ x: object }>(a, patchesBetween(a, b));
    expect(Object.hasOwn(rebuilt.x, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
