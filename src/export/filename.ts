// File names that say what and when: "mnf-u-chart-2026-01.svg". The model's short name comes
// from its title (the abbreviation in brackets when it has one), then the view, then the stage.
export type ExportSubject = "chart" | "map" | "matrix";
export type ExportFormat = "svg" | "png" | "social" | "csv";

export function slug(text: string, maxLength = 40): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, maxLength)
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
