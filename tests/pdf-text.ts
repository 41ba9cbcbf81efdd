// The words a PDF shows, read back from jsPDF's uncompressed output as a reader's search finds
// them: Helvetica's "(…) Tj" strings as written, an embedded font's "<…> Tj" glyph numbers
// through that font's ToUnicode map (write-pdf.ts embeds one for letters Helvetica lacks).

/** Each font resource's glyph-to-letter map, by its name on the page ("F15"). */
function toUnicodeMaps(raw: string): Map<string, Map<string, string>> {
  const objects = new Map<string, string>();
  for (const m of raw.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) objects.set(m[1]!, m[2]!);
  const maps = new Map<string, Map<string, string>>();
  for (const [, name, id] of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const cmapId = /\/ToUnicode (\d+) 0 R/.exec(objects.get(id!) ?? "")?.[1];
    const cmap = cmapId ? objects.get(cmapId) : undefined;
    if (!cmap) continue;
    const glyphs = new Map<string, string>();
    for (const [, glyph, code] of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4,})>/gi))
      glyphs.set(
        glyph!.toLowerCase(),
        String.fromCharCode(...code!.match(/.{4}/g)!.map((h) => parseInt(h, 16))),
      );
    maps.set(name!, glyphs);
  }
  return maps;
}

/** The strings a PDF's pages show, one per text operator, in the order written. */
export function pdfText(raw: string): string {
  const maps = toUnicodeMaps(raw);
  const shown: string[] = [];
  let font = "";
  for (const m of raw.matchAll(/\/(F\d+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\)\s*Tj|<([0-9a-f]*)>\s*Tj/gi)) {
    if (m[1]) font = m[1];
    else if (m[2] !== undefined) shown.push(m[2].replace(/\\([()\\])/g, "$1"));
    else {
      const glyphs = maps.get(font);
      shown.push((m[3]!.toLowerCase().match(/.{4}/g) ?? []).map((g) => glyphs?.get(g) ?? "\uFFFD").join(""));
    }
  }
  return shown.join("\n");
}
