// A card's name in at most two lines, broken between words: at the name's large size a long
// short name ("Ukraine's Air Force") needs two lines rather than an ellipsis.

/** Characters per line at the card's name size: a conservative average for bold sans type. */
export const NAME_CHARS_PER_LINE = 13;

export function nameLines(name: string, perLine = NAME_CHARS_PER_LINE): string[] {
  if (name.length <= perLine) return [name];
  const words = name.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= perLine || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const [first = "", ...rest] = lines.map((l) => truncate(l, perLine));
  if (!rest.length) return [first];
  return [first, truncate(rest.join(" "), perLine)];
}

/** Shortens at a word where it can, so the words left are whole words a voice user can say. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const lastSpace = text.lastIndexOf(" ", max - 1);
  return (lastSpace > 0 ? text.slice(0, lastSpace) : text.slice(0, max - 1)) + "…";
}
