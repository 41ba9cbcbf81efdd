// The one gate every link to a source's address passes: only an https:// address becomes a
// link. Validation already refuses anything else (schema.ts); this keeps a javascript: or data:
// address inert even if a model ever reached the page another way.

/** The address to link to, or null: only absolute https:// addresses are ever linked. */
export function linkableUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
