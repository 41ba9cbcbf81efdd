// Shared by the property tests: run counts, the seed to replay, and the loader's promise.
//
// fast-check prints the seed and path of a failing run; replay it with
//   FUZZ_SEED=<seed> npx vitest run tests/unit/fuzz
// FUZZ_RUNS=10 runs every property ten times as often (the suite keeps them small for 2 cores).
import fc from "fast-check";
import type { Problem } from "../../../src/model";
import type { Validation } from "../../../src/model/validate";

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const scale = Number(process.env.FUZZ_RUNS ?? 1);

/** Parameters for fc.assert: `numRuns` scaled by FUZZ_RUNS, the seed from FUZZ_SEED if set. */
export const runs = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns: Math.max(1, Math.round(numRuns * scale)),
  ...(seed === undefined ? {} : { seed }),
});

/** Follows an RFC 6901 pointer; `found: false` when a step is missing (with the parent that was reached). */
export function resolvePointer(
  root: unknown,
  pointer: string,
): { found: boolean; parent: unknown; last: string } {
  if (pointer === "") return { found: true, parent: undefined, last: "" };
  if (!pointer.startsWith("/")) return { found: false, parent: undefined, last: pointer };
  const keys = pointer
    .slice(1)
    .split("/")
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let current: unknown = root;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const container = typeof current === "object" && current !== null;
    if (!container || !Object.hasOwn(current as object, key)) {
      const isLast = i === keys.length - 1;
      return { found: false, parent: isLast && container ? current : undefined, last: key };
    }
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, parent: undefined, last: keys.at(-1)! };
}

/**
 * A problem's pointer leads the author into their file: it is "", or it resolves in the input,
 * or it names a missing field of an object that is there (and the message says which).
 */
export function pointerLeadsIntoInput(raw: unknown, problem: Problem): boolean {
  const { found, parent, last } = resolvePointer(raw, problem.pointer);
  if (found) return true;
  return typeof parent === "object" && parent !== null && problem.message.includes(`"${last}"`);
}

/** The loader's promise, whatever it was given: a valid model, or problems that each point into the input. */
export function expectModelOrPointedProblems(raw: unknown, result: Validation): void {
  if (result.ok) return;
  if (result.problems.length === 0) throw new Error("rejected with an empty list of problems");
  for (const problem of result.problems) {
    if (typeof problem.pointer !== "string" || typeof problem.message !== "string" || !problem.message)
      throw new Error(`malformed problem ${JSON.stringify(problem)}`);
    if (!pointerLeadsIntoInput(raw, problem))
      throw new Error(
        `pointer ${JSON.stringify(problem.pointer)} does not lead into the input: ${problem.message}`,
      );
  }
}
