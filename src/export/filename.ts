// File names that say what and when: "mnf-u-chart-2026-01.svg". The model's short name comes
// from its title (the abbreviation in brackets when it has one), then the view, then the stage.
export type ExportSubject = "chart" | "map" | "matrix";
export type ExportFormat = "svg" | "png" | "social" | "csv";

/** Latin letters that no accent-stripping turns plain: "Siły" → "sily", not "si-y". */
const PLAIN_LATIN: Record<string, string> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ħ: "h",
  ı: "i",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
};

/**
 * Lower-case words joined by hyphens: accents dropped from Latin letters, other scripts kept as
 * they are ("Σχέδιο" → "σχεδιο", "联合部队" stays), as every current system takes them in a file name.
 */
export function slug(text: string, maxLength = 40): string {
  return (
    [
      ...text
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .normalize("NFC") // puts Korean syllables back together
        .toLowerCase()
        .replace(/[łøđħıßæœþ]/g, (letter) => PLAIN_LATIN[letter]!)
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-+|-+$/g, ""),
    ]
      .slice(0, maxLength) // by letter, never half a letter
      .join("")
      .replace(/-+$/g, "") || "model"
  );
}

/** "Multinational Force Ukraine (MNF-U)" → "mnf-u"; a title without one → its first words. */
export function modelSlug(title: string): string {
  const abbreviation = /\(([^()]{2,20})\)\s*$/.exec(title)?.[1];
  return slug(abbreviation ?? title.split(/\s+/).slice(0, 4).join(" "));
}

export function exportFileName(input: {
  modelTitle: string;
  subject: ExportSubject;
  /** The stage's id, or the model's "as of" date for a model without stages. */
  when: string;
  format: ExportFormat;
}): string {
  const base = `${modelSlug(input.modelTitle)}-${input.subject}-${slug(input.when, 24)}`;
  if (input.format === "social") return `${base}-social.png`;
  return `${base}.${input.format}`;
}
