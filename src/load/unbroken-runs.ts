// A text run too long to lay out: checked with the model (check-text.ts, in the validation
// worker), apart from limits.ts, which the app's first load carries.
import { toPointer } from "../lib/json-pointer";
import type { Problem } from "../model";

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
      const run = unbrokenRun(value);
      if (run)
        problems.push({ pointer: pointerOf(step), message: unbrokenRunMessage(run.length, "This text") });
    } else if (typeof value === "object" && value !== null) {
      const entries = Object.entries(value);
      // A field's name is text too: an unknown one is quoted in its problem. Its problem points at
      // the object, and nothing under it is read (its pointers would carry the name).
      const nameRun = Array.isArray(value)
        ? undefined
        : entries.map(([name]) => unbrokenRun(name)).find(Boolean);
      if (nameRun) {
        problems.push({
          pointer: pointerOf(step),
          message: unbrokenRunMessage(nameRun.length, "A field's name"),
        });
        continue;
      }
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

/** The text's first run too long to lay out, if it has one. */
function unbrokenRun(text: string): string | undefined {
  return text.length > MAX_UNBROKEN_RUN ? UNBROKEN_RUN.exec(text)?.[0] : undefined;
}

function unbrokenRunMessage(length: number, what: string): string {
  return `${what} has ${length.toLocaleString("en")} characters in a row with no space or hyphen to break a line at; at most ${MAX_UNBROKEN_RUN.toLocaleString("en")} are allowed, as a longer run cannot be laid out in a line quickly. Put spaces in it, or shorten it.`;
}
