// Which room a page opens, decided from its address alone: the start-up script needs the answer
// before it loads anything else, so this module imports nothing.

/** Embed mode: the embed page (embed.html), or the app's own page with ?embed=1 (same-origin use). */
export function isEmbedUrl(href: string): boolean {
  const url = new URL(href);
  return /(^|\/)embed\.html$/.test(url.pathname) || url.searchParams.get("embed") === "1";
}

/**
 * An address with no query (or only an empty one) opens the default model's first view: the one
 * the build's snapshot shows. Any query at all is another view (public/page-start.js, same rule).
 */
export function isDefaultView(search: string): boolean {
  return new URLSearchParams(search).size === 0;
}
