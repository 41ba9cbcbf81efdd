// RFC 6901 JSON pointers: how every problem tells the author where to look.
export function toPointer(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return "";
  return "/" + path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

export function childPointer(base: string, ...keys: PropertyKey[]): string {
  return base + toPointer(keys);
}

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where a pointer leads in a parsed document, as the position of each step among its siblings
 * (an object's keys keep their order in the file): comparing these puts pointers in file order.
 * A step the document does not have (a missing field) comes after every sibling it does have.
 */
function positionsOf(root: unknown, pointer: string): number[] {
  const steps = pointer === "" ? [] : pointer.slice(1).split("/");
  const positions: number[] = [];
  let at: unknown = root;
  for (const raw of steps) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(at)) {
      const index = Number(key);
      positions.push(Number.isInteger(index) && index >= 0 ? index : Number.MAX_SAFE_INTEGER);
      at = at[index];
    } else if (at !== null && typeof at === "object") {
      const index = Object.keys(at).indexOf(key);
      positions.push(index < 0 ? Number.MAX_SAFE_INTEGER : index);
      at = (at as Record<string, unknown>)[key];
    } else positions.push(Number.MAX_SAFE_INTEGER);
  }
  return positions;
}

/** Items with pointers into `root`, in the order the file has them (equal places keep theirs). */
export function inFileOrder<T extends { pointer: string }>(root: unknown, items: readonly T[]): T[] {
  const keyed = items.map((item) => ({ item, at: positionsOf(root, item.pointer) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.min(a.at.length, b.at.length); i++)
      if (a.at[i] !== b.at[i]) return a.at[i]! - b.at[i]!;
    return a.at.length - b.at.length;
  });
  return keyed.map((k) => k.item);
}
