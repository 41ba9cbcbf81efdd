// The Content Security Policy and the other security headers, defined once. Used by the build
// (a <meta> tag in every page, and dist/_headers for Netlify and Cloudflare Pages), by `vite
// preview` (real HTTP headers), by `npm run headers` (the README's nginx and Apache blocks) and
// by the browser check (tests/trust/). Why each directive is there: README, "Security headers".

/** Everything the app loads comes from its own origin; nothing runs that is not a file of ours. */
export const DIRECTIVES: readonly [string, string][] = [
  // Anything not named below: this origin only.
  ["default-src", "'self'"],
  // Scripts only from our files: no inline scripts, no eval (zod runs jitless for this).
  ["script-src", "'self'"],
  // Stylesheets from our files only. React's style={…} writes through the CSSOM
  // (element.style), which CSP does not govern, so no 'unsafe-inline' is needed.
  ["style-src", "'self'"],
  // Unit symbols and flags are data: URLs drawn in the page.
  ["img-src", "'self' data:"],
  // Models, the world atlas and lazy chunks come from this site only.
  ["connect-src", "'self'"],
  // The validation worker is a file of ours.
  ["worker-src", "'self'"],
  // No plugins, no <base> rewriting our relative URLs, no forms posting anywhere.
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
  // Trusted Types: no string reaches a script sink (innerHTML, DOMParser, script.src, new
  // Worker…); such a sink refuses it and the browser reports it. Honoured in the <meta> tag too.
  ["require-trusted-types-for", "'script'"],
  // The one policy the app creates: it passes the validation worker's URL and nothing else
  // (src/load/worker-script.ts), since new Worker(url) is such a sink. Any other name is refused.
  ["trusted-types", "atlas-worker"],
];

/** The embed page may be framed by any site; every other page by none. */
export const EMBED_PAGE = "embed.html";

export function isEmbedPath(pathname: string): boolean {
  const path = pathname.split(/[?#]/)[0]!;
  return path.endsWith(`/${EMBED_PAGE}`) || path === EMBED_PAGE || path.endsWith("/embed");
}

const join = (directives: readonly [string, string][]) => directives.map(([k, v]) => `${k} ${v}`).join("; ");

/** The policy for the <meta> tag: frame-ancestors is ignored there (and warned about), so it is left out. */
export const META_POLICY = join(DIRECTIVES);

/** The policy sent as a header for a page or file at `pathname`. */
export function contentSecurityPolicy(pathname: string): string {
  return join([...DIRECTIVES, ["frame-ancestors", isEmbedPath(pathname) ? "*" : "'none'"]]);
}

/** Every security header for a response at `pathname`. */
export function securityHeaders(pathname: string): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(pathname),
    // Files are what their Content-Type says, never sniffed into scripts.
    "X-Content-Type-Options": "nosniff",
    // Readers' addresses do not leak to the sites our sources link to.
    "Referrer-Policy": "no-referrer",
    // Other windows cannot script ours through window.opener.
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}

/**
 * Netlify and Cloudflare Pages (`_headers` in the published folder). Each path matches one rule
 * only, because the two hosts differ in how they combine a header set by several rules.
 */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n");
  return (
    [
      "# Security headers for Command Atlas, generated from scripts/csp.ts by the build.\n" +
        "# If the app lives in a subfolder, prefix each path with it.",
      block("/", securityHeaders("/")),
      block("/index.html", securityHeaders("/index.html")),
      block(`/${EMBED_PAGE}`, securityHeaders(`/${EMBED_PAGE}`)),
      // The validation worker's own policy comes from its response headers.
      block("/assets/*", securityHeaders("/assets/")),
    ].join("\n\n") + "\n"
  );
}

export function nginxConfig(): string {
  const lines = (headers: Record<string, string>, indent: string) =>
    Object.entries(headers).map(([k, v]) => `${indent}add_header ${k} "${v}" always;`);
  return [
    "# Inside the server { } block that serves the built app (dist/).",
    `location ~ /${EMBED_PAGE.replace(".", "\\.")}$ {`,
    ...lines(securityHeaders(`/${EMBED_PAGE}`), "  "),
    "}",
    "location / {",
    ...lines(securityHeaders("/"), "  "),
    "}",
  ].join("\n");
}

export function apacheConfig(): string {
  const lines = (headers: Record<string, string>, indent: string) =>
    Object.entries(headers).map(([k, v]) => `${indent}Header always set ${k} "${v}"`);
  return [
    "# .htaccess in the folder that holds the built app (needs mod_headers).",
    ...lines(securityHeaders("/"), ""),
    `<Files "${EMBED_PAGE}">`,
    `  Header always set Content-Security-Policy "${contentSecurityPolicy(`/${EMBED_PAGE}`)}"`,
    "</Files>",
  ].join("\n");
}

const START = "<!-- headers:start (written by npm run headers) -->";
const END = "<!-- headers:end -->";

/** The README's block of host configurations, between its markers. */
export function readmeHeadersSection(): string {
  return [
    START,
    "Netlify and Cloudflare Pages read `_headers` from the published folder; the build writes it",
    "into `dist/`:",
    "",
    "```",
    headersFile().trimEnd(),
    "```",
    "",
    "nginx:",
    "",
    "```nginx",
    nginxConfig(),
    "```",
    "",
    "Apache:",
    "",
    "```apache",
    apacheConfig(),
    "```",
    END,
  ].join("\n");
}

/** README text with its headers block replaced by the current one. */
export function withHeadersSection(readme: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error("README.md has no headers markers");
  return readme.slice(0, from) + readmeHeadersSection() + readme.slice(to + END.length);
}
