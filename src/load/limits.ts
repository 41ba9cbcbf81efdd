// Limits that keep a bad or huge file from freezing the browser. Over a limit, the user gets
// a message saying which limit and what to do; nothing already on screen is lost.
import { toPointer } from "../lib/json-pointer";
import type { Problem } from "../model";

export const MAX_MODEL_BYTES = 5 * 1024 * 1024;
export const MAX_MODEL_UNITS = 20_000;

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

export function sizeProblem(bytes: number): Problem | null {
  if (bytes <= MAX_MODEL_BYTES) return null;
  return {
    pointer: "",
    message: `The file is ${megabytes(bytes)} MB; models may be at most ${megabytes(MAX_MODEL_BYTES)} MB. Split it or remove unused entries.`,
  };
}

/** Counts units in raw JSON (base and every stage addition) before the full check runs. */
export function unitCountProblem(raw: unknown): Problem | null {
  if (typeof raw !== "object" || raw === null) return null;
  const record = raw as { units?: unknown; stages?: unknown };
  let count = Array.isArray(record.units) ? record.units.length : 0;
  if (Array.isArray(record.stages)) {
    for (const stage of record.stages) {
      const added = (stage as { add?: { units?: unknown } } | null)?.add?.units;
      if (Array.isArray(added)) count += added.length;
    }
  }
  if (count <= MAX_MODEL_UNITS) return null;
  return {
    pointer: "/units",
    message: `The model has ${count.toLocaleString("en")} units; at most ${MAX_MODEL_UNITS.toLocaleString("en")} are supported. Split it into smaller models.`,
  };
}

/**
 * The longest run of characters a line cannot break inside (no space, no hyphen, no CJK letter,
 * each of which lets a line break). Chromium lays such a run out in time that grows with its
 * square: 30,000 letters froze the details panel for 6 s, 100,000 for 23 s. No name or sentence
 * comes near this; a long address in a source is about 150.
 */
export const MAX_UNBROKEN_RUN = 1000;
const UNBROKEN_RUN = new RegExp(
  `[^\\s\\-\\u2010-\\u2015\\p{Ideographic}\\p{Script=Hiragana}\\p{Script=Katakana}]{${MAX_UNBROKEN_RUN + 1},}`,
  "u",
);
/** Enough for the author to see the pattern; a file of such text would otherwise list thousands. */
const MAX_RUN_PROBLEMS = 20;

/** Every text in raw JSON with a run too long to lay out (see MAX_UNBROKEN_RUN), by pointer. */
export function unbrokenRunProblems(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  // Iterative, and pointers built only for a hit: a valid model may be 10,000 levels deep.
  type Step = { value: unknown; parent: Step | null; key: string };
  const pending: Step[] = [{ value: raw, parent: null, key: "" }];
  while (pending.length > 0 && problems.length < MAX_RUN_PROBLEMS) {
    const step = pending.pop()!;
    const { value } = step;
    if (typeof value === "string") {
      const run = value.length > MAX_UNBROKEN_RUN ? UNBROKEN_RUN.exec(value) : null;
      if (run) problems.push({ pointer: pointerOf(step), message: unbrokenRunMessage(run[0].length) });
    } else if (typeof value === "object" && value !== null) {
      const entries = Object.entries(value);
      // Pushed last to first, so problems come out in file order.
      for (let i = entries.length - 1; i >= 0; i--) {
        pending.push({ value: entries[i]![1], parent: step, key: entries[i]![0] });
      }
    }
  }
  return problems;

  function pointerOf(step: Step): string {
    const keys: string[] = [];
    for (let s: Step | null = step; s?.parent; s = s.parent) keys.push(s.key);
    return toPointer(keys.reverse());
  }
}

function unbrokenRunMessage(length: number): string {
  return `This text has ${length.toLocaleString("en")} characters in a row with no space; at most ${MAX_UNBROKEN_RUN.toLocaleString("en")} are allowed, as a longer run cannot be laid out in a line quickly. Put spaces in it, or shorten it.`;
}
