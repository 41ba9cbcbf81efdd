// From text or parsed JSON to a trusted model, or to the full list of problems with pointers.
import type { z } from "./zod";
import { CommandModel } from "./schema";
import { checkLocatedIntegrity } from "./integrity";
import { locateModel } from "./located";
import { salvageModel } from "./salvage";
import type { Model, Problem } from "./types";
import { lineAndColumn, toPointer } from "../lib/json-pointer";

export type Validation = { ok: true; model: Model } | { ok: false; problems: Problem[] };

/** Parses JSON text; a syntax error names its line and column. */
export function parseModelText(text: string): Validation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error)] };
  }
  return validateModel(raw);
}

export function jsonSyntaxProblem(text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  const at = lineCol
    ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
    : lineAndColumn(text, position ? Number(position[1]) : text.length);
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "");
  return {
    pointer: "",
    message: `The file is not valid JSON: ${reason} at line ${at.line}, column ${at.column}. Fix the syntax there (a missing comma, quote or bracket is the usual cause).`,
  };
}

/** Shape problems (zod) and integrity problems together, so the author sees every one at once. */
export function validateModel(raw: unknown): Validation {
  // The happy path first, lean: a valid model needs no per-entity re-parse and no issue inputs.
  const valid = CommandModel.safeParse(raw);
  if (valid.success) {
    const problems = checkLocatedIntegrity(locateModel(valid.data));
    return problems.length ? { ok: false, problems } : { ok: true, model: valid.data };
  }
  // reportInput: zod 4 leaves issue.input out otherwise, and messages quote the offending value.
  const parsed = CommandModel.safeParse(raw, { reportInput: true });
  const shape = parsed.success ? [] : parsed.error.issues.map(shapeProblem);
  const salvaged = salvageModel(raw);
  const integrity = salvaged ? checkLocatedIntegrity(salvaged) : [];
  return { ok: false, problems: [...shape, ...integrity] };
}

function shapeProblem(issue: z.core.$ZodIssue): Problem {
  const pointer = toPointer(issue.path);
  const field = issue.path.at(-1);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined)
        return {
          pointer,
          message: `The required field "${String(field)}" is missing. Add it (expected ${issue.expected}).`,
        };
      return {
        pointer,
        message: `Expected ${issue.expected} here, found ${describe(issue.input)}. Change the value's type.`,
      };
    case "unrecognized_keys":
      return {
        pointer,
        message: `Unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}. Remove ${issue.keys.length > 1 ? "them" : "it"} or check the spelling against the JSON Schema.`,
      };
    case "invalid_value":
      // A missing word-list field (status, kind, format) arrives here, not as invalid_type.
      if (issue.input === undefined)
        return {
          pointer,
          message: `The required field "${String(field)}" is missing. Add it (one of: ${issue.values.map(String).join(", ")}).`,
        };
      return {
        pointer,
        message: `"${String(issue.input)}" is not allowed here. Use one of: ${issue.values.map(String).join(", ")}.`,
      };
    default:
      return { pointer, message: `${issue.message}.`.replace(/\.\.$/, ".") };
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text "${value.length > 30 ? value.slice(0, 30) + "…" : value}"`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
