// The code a journalist pastes: the iframe newsrooms already use (shared/embed-conventions.md)
// and our height script. Pure, so the Embed dialog and its tests write the same code.

/** Escapes text for a double-quoted HTML attribute. */
export function attribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export type EmbedCodeInput = {
  /** Read by screen readers before they enter the frame. */
  title: string;
  /** The embed page's absolute address, with the state's parameters. */
  src: string;
  /** embed.js on the same site as the embed page. */
  scriptSrc: string;
  /** Close to the real content height, so the article does not jump when the frame reports it. */
  height: number;
};

export function embedCode({ title, src, scriptSrc, height }: EmbedCodeInput): string {
  return (
    `<iframe title="${attribute(title)}" src="${attribute(src)}" scrolling="no" ` +
    `style="width: 0; min-width: 100%; border: none;" height="${Math.max(200, Math.round(height))}" ` +
    `loading="lazy"></iframe>\n` +
    `<script src="${attribute(scriptSrc)}" async></script>`
  );
}

/** "Multinational Force Ukraine (MNF-U): org chart, January 2026 (Command Atlas)". */
export function embedTitle(modelTitle: string, viewName: string, stageName: string | null): string {
  return `${modelTitle}: ${viewName}${stageName ? `, ${stageName}` : ""} (Command Atlas)`;
}

/** A first guess at the height before the preview has measured it, per view. */
export const ESTIMATED_HEIGHT: Record<"chart" | "map" | "matrix" | "summary" | "sources", number> = {
  chart: 800,
  map: 1400,
  matrix: 1000,
  summary: 1000,
  sources: 3000,
};
