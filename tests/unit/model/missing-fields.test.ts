// A missing field is named as missing, whatever its type: found by the loader's property tests,
// where a unit without "status" used to read '"undefined" is not allowed here'.
import { validateModel } from "../../../src/model/validate";
import { minimalModel } from "./builders";

describe("a missing required field", () => {
  it("is named as missing, with the values it may take, for a word-list field such as status", () => {
    const model = minimalModel();
    delete model.units[1]!.status;
    const result = validateModel(model);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        pointer: "/units/1/status",
        message:
          'The required field "status" is missing. Add it (one of: decided, planned, proposed, dropped, reported).',
      },
    ]);
  });

  it("is named as missing for the format line of an empty file", () => {
    const result = validateModel({});
    expect(result.ok ? [] : result.problems.find((p) => p.pointer === "/format")?.message).toBe(
      'The required field "format" is missing. Add it (one of: command-atlas/1).',
    );
  });
});
