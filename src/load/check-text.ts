// From a model file's bytes (or text) to a validated model or every problem with its pointer:
// the size limit, JSON syntax, the unit-count and text-run limits, then the schema and integrity
// checks.
// Runs in the validation worker (validation.worker.ts), or in the page where there is no worker.
import type { Problem } from "../model";
import { jsonSyntaxProblem, validateModel } from "../model/validate";
import type { Validation } from "../model/validate";
import { sizeProblem, unitCountProblem } from "./limits";
import { unbrokenRunProblems } from "./unbroken-runs";
import { patchesBetween } from "./patches";
import type { Patch } from "./patches";

/** A model file's content: its bytes as read from the network or disk, or text already decoded. */
export type ModelInput = string | ArrayBuffer | Uint8Array;

type Failed = { ok: false; problems: Problem[] };
const failed = (problem: Problem): Failed => ({ ok: false, problems: [problem] });

/** The file parsed, or the problems that stop it: the size limit, JSON syntax, the unit-count and text-run limits. */
export function readModelInput(input: ModelInput, byteLength?: number): { ok: true; raw: unknown } | Failed {
  const bytes =
    typeof input === "string" ? (byteLength ?? new TextEncoder().encode(input).length) : input.byteLength;
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
  const tooLong = unbrokenRunProblems(raw);
  if (tooLong.length > 0) return { ok: false, problems: tooLong };
  return { ok: true, raw };
}

export function checkModelText(input: ModelInput, byteLength?: number): Validation {
  const read = readModelInput(input, byteLength);
  return read.ok ? validateModel(read.raw) : read;
}

/** The worker's answer: for a valid model only what validation changed in it (see patches.ts). */
export type PatchedValidation = { ok: true; patches: Patch[] } | { ok: false; problems: Problem[] };

export function checkModelPatches(input: ModelInput, byteLength?: number): PatchedValidation {
  const read = readModelInput(input, byteLength);
  if (!read.ok) return read;
  const result = validateModel(read.raw);
  return result.ok ? { ok: true, patches: patchesBetween(read.raw, result.model) } : result;
}
