// From a model file's bytes (or text) to a validated model or every problem with its pointer:
// the size limit, JSON syntax, the unit-count limit, then the schema and integrity checks.
// Runs in the validation worker (validation.worker.ts), or in the page where there is no worker.
import { z } from "zod";
import type { Problem } from "../model";
import { jsonSyntaxProblem, validateModel } from "../model/validate";
import type { Validation } from "../model/validate";
import { sizeProblem, unitCountProblem } from "./limits";

// zod compiles fast validators with new Function() when it may; the app's Content Security Policy
// forbids eval, so say so up front instead of letting zod probe (a blocked probe is a CSP report).
z.config({ jitless: true });

/** A model file's content: its bytes as read from the network or disk, or text already decoded. */
export type ModelInput = string | ArrayBuffer | Uint8Array;

const failed = (problem: Problem): Validation => ({ ok: false, problems: [problem] });

export function checkModelText(input: ModelInput, byteLength?: number): Validation {
  const bytes = typeof input === "string" ? (byteLength ?? new TextEncoder().encode(input).length) : input.byteLength;
  const tooBig = sizeProblem(bytes);
  if (tooBig) return failed(tooBig);
  const text = typeof input === "string" ? input : new TextDecoder().decode(input);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return failed(jsonSyntaxProblem(text, error));
  }
  const tooMany = unitCountProblem(raw);
  if (tooMany) return failed(tooMany);
  return validateModel(raw);
}
