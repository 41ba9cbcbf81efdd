// JSON Schema for model authors, generated from the zod schema (the only definition).
import { z } from "./zod";
import { CommandModel } from "./schema";

export function commandModelJsonSchema(): string {
  const schema = z.toJSONSchema(CommandModel, { io: "input", target: "draft-2020-12" });
  const documented = {
    ...schema,
    title: "Command Atlas model",
    description:
      "A multinational command structure: units in a tree, relations the tree cannot show, nations' roles, claims and dated stages, each with its status and sources. Generated from src/model/schema.ts by `npm run schema`; do not edit by hand.",
  };
  return JSON.stringify(documented, null, 2) + "\n";
}
