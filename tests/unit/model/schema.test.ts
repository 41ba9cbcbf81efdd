// The JSON Schema shipped for model authors must be the one the zod schema generates.
import { readFileSync } from "node:fs";
import path from "node:path";
import { commandModelJsonSchema } from "../../../src/model/json-schema";

const file = path.resolve(import.meta.dirname, "../../../data/schema/command-model.schema.json");

describe("data/schema/command-model.schema.json", () => {
  it("equals the schema generated from src/model/schema.ts", () => {
    const onDisk = readFileSync(file, "utf8");
    expect(onDisk, "data/schema/command-model.schema.json is stale: run `npm run schema`").toBe(
      commandModelJsonSchema(),
    );
  });
});
