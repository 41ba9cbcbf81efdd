// The built app as the browser suite sees it: dist/ at /, tests/fixtures/ at /fixtures/, nothing
// else, on 127.0.0.1 only, with the security headers `vite preview` and hosts send (scripts/csp.ts):
// the journeys run under the policy as a reader gets it, Trusted Types and frame-ancestors included.
// Playwright's webServer starts it (playwright.config.ts); run it by hand with
// `E2E_PORT=4400 npx tsx tests/e2e/serve.ts` to look at what the tests look at.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { securityHeaders } from "../../scripts/csp";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
// E2E_DIST serves another build (a second run sharing this checkout must not clobber dist/).
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(root, "dist");
export const FIXTURES = join(root, "tests", "fixtures");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/** Answers one path: a file under dist/ or tests/fixtures/, else 404 (never a path outside them). */
export function createAppServer(): Server {
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const [dir, rel] = path.startsWith("/fixtures/")
      ? [FIXTURES, path.slice("/fixtures/".length)]
      : [DIST, path.slice(1) || "index.html"];
    const file = normalize(join(dir, rel));
    for (const [name, value] of Object.entries(securityHeaders(path))) response.setHeader(name, value);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.E2E_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error("Set E2E_PORT to the port to serve on.");
  if (!existsSync(join(DIST, "index.html")))
    throw new Error(`No build at ${DIST}: run \`npm run build\` first.`);
  createAppServer().listen(port, "127.0.0.1");
}
