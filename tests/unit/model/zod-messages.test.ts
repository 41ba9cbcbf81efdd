// Where our own words do not replace zod's (a too-short or too-long text, a wrong type or an
// unknown field in a stage's update), the author reads zod's message: in English, word for word
// as before the schemas moved to zod/mini, which loads no locale unless told (src/model/zod.ts).
import { validateModel } from "../../../src/model/validate";
import { minimalModel } from "./builders";

describe("zod's own messages", () => {
  it("name a too-short or too-long text in words", () => {
    const model = minimalModel();
    model.units[0]!.name = "";
    model.story = {
      title: "Walk-through",
      steps: [{ title: "x".repeat(81), text: "Text", view: "chart", stage: "base", sources: ["src-a"] }],
    };
    const result = validateModel(model);
    expect(result.ok ? [] : result.problems).toEqual([
      { pointer: "/units/0/name", message: "Too small: expected string to have >=1 characters." },
      { pointer: "/story/steps/0/title", message: "Too big: expected string to have <=80 characters." },
    ]);
  });

  it("say what is wrong with each field a stage's update sets, naming the target", () => {
    const model = minimalModel();
    model.stages = [
      {
        id: "later",
        name: "Later",
        date: "2025-08",
        summary: "The cell moves.",
        sources: ["src-a"],
        update: [{ id: "cell", set: { description: "", colour: "red", shortName: 5, status: "maybe" } }],
      },
    ];
    const result = validateModel(model);
    // In the file's order: the update's own problem (a key it may not set), then its fields'.
    expect(result.ok ? [] : result.problems).toEqual([
      { pointer: "/stages/0/update/0/set", message: 'Unrecognized key: "colour" (updating unit "cell").' },
      {
        pointer: "/stages/0/update/0/set/description",
        message: 'Too small: expected string to have >=1 characters (updating unit "cell").',
      },
      {
        pointer: "/stages/0/update/0/set/shortName",
        message: 'Invalid input: expected string, received number (updating unit "cell").',
      },
      {
        pointer: "/stages/0/update/0/set/status",
        message:
          'Invalid option: expected one of "decided"|"planned"|"proposed"|"dropped"|"reported" (updating unit "cell").',
      },
    ]);
  });
});
