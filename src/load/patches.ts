// What validation changed in a model: zod's output is the parsed file plus its defaults (a unit
// without "domains" gets domains: []). The validation worker sends the page only these changes,
// as paths and values, and the page applies them to its own parse of the same bytes: the model
// on screen is exactly zod's output, without copying a whole large model between threads
// (measured at 10,000 units: ~100 ms of structured clone, most of it on the page's thread).
export type Patch =
  { path: (string | number)[]; value: unknown } | { path: (string | number)[]; remove: true };

const isContainer = (v: unknown): v is Record<string | number, unknown> =>
  typeof v === "object" && v !== null;

/** The changes that turn `input` into `output` (values zod kept as they were are not walked). */
export function patchesBetween(input: unknown, output: unknown): Patch[] {
  const patches: Patch[] = [];
  // An explicit stack, not recursion: a model's free-form values may nest deeply.
  const stack: { a: unknown; b: unknown; path: (string | number)[] }[] = [{ a: input, b: output, path: [] }];
  while (stack.length) {
    const { a, b, path } = stack.pop()!;
    if (Object.is(a, b)) continue;
    if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) {
      patches.push({ path, value: b });
      continue;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
      patches.push({ path, value: b });
      continue;
    }
    for (const key of Object.keys(b)) {
      const k = Array.isArray(b) ? Number(key) : key;
      if (Object.hasOwn(a, key)) stack.push({ a: a[key], b: b[key], path: [...path, k] });
      else patches.push({ path: [...path, k], value: b[key] });
    }
    if (!Array.isArray(a))
      for (const key of Object.keys(a))
        if (!Object.hasOwn(b, key)) patches.push({ path: [...path, key], remove: true });
  }
  return patches;
}

/** Applies patchesBetween's changes to (a parse of) the same input, in place; returns the result. */
export function applyPatches<T>(input: unknown, patches: readonly Patch[]): T {
  let root = input;
  for (const patch of patches) {
    if (patch.path.length === 0) {
      if (!("remove" in patch)) root = patch.value;
      continue;
    }
    let target = root as Record<string | number, unknown>;
    for (const key of patch.path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    const last = patch.path[patch.path.length - 1]!;
    if ("remove" in patch) delete target[last];
    // defineProperty, so a key such as "__proto__" is an own property, as JSON.parse makes it.
    else
      Object.defineProperty(target, last, {
        value: patch.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return root as T;
}
