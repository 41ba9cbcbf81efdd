// The built app (dist/) served by `vite preview` on 127.0.0.1 and a free port, with the headers
// vite.config.ts adds (the security policy): what the page check and the Lighthouse audit load.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { preview } from "vite";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Serves `outDir` (the build's folder, dist/ unless a build was told otherwise). */
export async function startPreview(
  outDir = join(root, "dist"),
): Promise<{ base: string; close: () => Promise<void> }> {
  if (!existsSync(join(outDir, "index.html")))
    throw new Error(`No build in ${outDir}: run \`vite build\` first.`);
  // Port 0: the system picks a free port, so parallel checkouts never collide.
  const server = await preview({
    root,
    build: { outDir },
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("vite preview did not start");
  return { base: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
