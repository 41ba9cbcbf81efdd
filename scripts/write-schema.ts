// `npm run schema`: writes the JSON Schema that model authors' editors use, generated from
// the zod schema so the two can never disagree. A unit test fails when the file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { commandModelJsonSchema } from "../src/model/json-schema";

const target = fileURLToPath(new URL("../data/schema/command-model.schema.json", import.meta.url));
writeFileSync(target, commandModelJsonSchema());
console.log(`wrote ${target}`);
