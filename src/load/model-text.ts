// One path from a file's content to a shown model, for every way a model arrives (URL, file,
// drop): checked in the validation worker (validation.ts), never shown before it passes.
import type { Model, Problem } from "../model";
import type { Validation } from "../model/validate";
import type { ModelInput } from "./check-text";
import { validateModelInput } from "./validation";

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

/** A model file's bytes (or text) to a validated model; throws ModelLoadError with every problem. */
export async function modelFromText(input: ModelInput, origin: string, byteLength?: number): Promise<Model> {
  return modelOf(await validateModelInput(input, byteLength), origin);
}

/** A validation's model; throws ModelLoadError with every problem. */
export function modelOf(result: Validation, origin: string): Model {
  performance.mark("model:validated");
  if (!result.ok) throw new ModelLoadError(origin, result.problems);
  return result.model;
}
