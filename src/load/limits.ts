// Limits that keep a bad or huge file from freezing the browser. Over a limit, the user gets
// a message saying which limit and what to do; nothing already on screen is lost.
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
