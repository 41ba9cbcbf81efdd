// Schema (zod) issues as problems an author can act on: the field, what was found, what to write.
import type { z } from "./zod";
import type { Problem } from "./types";
import { toPointer } from "../lib/json-pointer";

/**
 * A schema issue in the author's words, at its pointer below `base` (a stage update checks its
 * `set` on its own: base is that set's pointer). The issue needs its input (zod's reportInput).
 */
export function shapeProblem(issue: z.core.$ZodIssue, base = ""): Problem {
  const pointer = base + toPointer(issue.path);
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
      // An object or list where a word belongs: named, not turned into text (which can throw).
      if (typeof issue.input === "object" && issue.input !== null)
        return {
          pointer,
          message: `Expected one of: ${issue.values.map(String).join(", ")} here, found ${describe(issue.input)}. Change the value.`,
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
