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
  // An explicit stack, not recursion (a model's free-form values may nest deeply), holding
  // containers only, each with a link to its parent: a path is built only for a change.
  type Frame = {
    a: Record<string, unknown>;
    b: Record<string, unknown>;
    key: string | number;
    up: Frame | null;
  };
  const pathOf = (frame: Frame | null, last?: string | number) => {
    const path: (string | number)[] = last === undefined ? [] : [last];
    for (let f = frame; f && f.up; f = f.up) path.push(f.key);
    return path.reverse();
  };
  const sameKind = (a: unknown, b: unknown) =>
    isContainer(a) &&
    isContainer(b) &&
    Array.isArray(a) === Array.isArray(b) &&
    (!Array.isArray(a) || a.length === (b as unknown as unknown[]).length);
  if (Object.is(input, output)) return patches;
  if (!sameKind(input, output)) return [{ path: [], value: output }];
  const stack: Frame[] = [
    { a: input as Record<string, unknown>, b: output as Record<string, unknown>, key: "", up: null },
  ];
  while (stack.length) {
    const frame = stack.pop()!;
    const { a, b } = frame;
    const isArray = Array.isArray(b);
    for (const key of Object.keys(b)) {
      const k = isArray ? Number(key) : key;
      if (!Object.hasOwn(a, key)) {
        patches.push({ path: pathOf(frame, k), value: b[key] });
        continue;
      }
      const va = a[key];
      const vb = b[key];
      if (Object.is(va, vb)) continue;
      if (sameKind(va, vb))
        stack.push({ a: va as Record<string, unknown>, b: vb as Record<string, unknown>, key: k, up: frame });
      else patches.push({ path: pathOf(frame, k), value: vb });
    }
    if (!isArray)
      for (const key of Object.keys(a))
        if (!Object.hasOwn(b, key)) patches.push({ path: pathOf(frame, key), remove: true });
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
