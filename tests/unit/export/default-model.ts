// The default model at a stage, resolved and indexed as the views see it, for export tests.
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateModel } from "../../../src/model/validate";
import { resolveStage } from "../../../src/model/stages";
import { indexModel, sourcesById } from "../../../src/state/selectors";

const repo = path.resolve(import.meta.dirname, "../../..");
const result = validateModel(JSON.parse(readFileSync(path.join(repo, "data/mnf-ukraine.json"), "utf8")));
if (!result.ok) throw new Error("default model is invalid");
export const model = result.model;

export function shownAt(stageId: string) {
  const resolved = resolveStage(model, stageId);
  return { model, stageId, resolved, index: indexModel(resolved), sources: sourcesById(model), hiddenWeak: [] };
}
