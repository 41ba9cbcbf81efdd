// One path from text to a shown model, for every way a model arrives (URL, file, drop).
import { parseModelText } from "../model";
import type { Model, Problem } from "../model";
import { jsonSyntaxProblem, validateModel } from "../model/validate";
import { sizeProblem, unitCountProblem } from "./limits";

/** Thrown by loaders so react-query keeps it as the query's error, with every problem. */
export class ModelLoadError extends Error {
  constructor(
    readonly origin: string,
    readonly problems: Problem[],
  ) {
    super(`${origin}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    this.name = "ModelLoadError";
  }
}

export function modelFromText(text: string, origin: string, byteLength = new Blob([text]).size): Model {
  const tooBig = sizeProblem(byteLength);
  if (tooBig) throw new ModelLoadError(origin, [tooBig]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ModelLoadError(origin, [jsonSyntaxProblem(text, error)]);
  }
  const tooMany = unitCountProblem(raw);
  if (tooMany) throw new ModelLoadError(origin, [tooMany]);
  const result = validateModel(raw);
  if (!result.ok) throw new ModelLoadError(origin, result.problems);
  return result.model;
}

// Re-exported for callers that only have text and want no limits (tests, scripts).
export { parseModelText };
