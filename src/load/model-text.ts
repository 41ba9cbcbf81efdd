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

/**
 * What a message calls the model an error is about: a file's name as picked, an address's file
 * name as its author wrote it ("mój błąd.json", not "m%C3%B3j%20b%C5%82%C4%85d.json"), or for an
 * address that names no file (data:, javascript:) the kind of address.
 */
export function originName(origin: string): string {
  const scheme = /^(data|javascript|vbscript|blob|about|file):/i.exec(origin)?.[1];
  if (scheme) return `The ${scheme.toLowerCase()}: address`;
  // A file's name is shown as picked ("report #2.json" is a name, not an address).
  if (!/^https?:\/\//i.test(origin)) return origin.split("/").pop() || origin;
  try {
    const url = new URL(origin);
    const tail = url.pathname.split("/").filter(Boolean).pop();
    return tail ? decodeURIComponent(tail) : url.host;
  } catch {
    return origin; // not an address after all, or a name with a stray "%"
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
