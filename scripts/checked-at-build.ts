// The default model is checked when the site is built, not on every visit: this Vite plugin
// validates each model in data/ (the same checks as the validation worker) and gives the app
// their SHA-256 digests and the few changes validation makes (zod's defaults), as the virtual
// module "virtual:checked-models". A page whose model has one of those digests skips the worker,
// so the default page and the embed never download zod (issue 09's first-load budget); any
// other bytes, even one changed, are checked in the worker as before. A model in data/ that
// fails its checks is left out (and the build says so): the app then shows its problems.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tsImport } from "tsx/esm/api";
import type { Plugin } from "vite";
import type { CheckedModel } from "../src/load/checked-models.ts";

// The app's own checks, loaded when the plugin runs rather than bundled into Vite's config.
type Checks = typeof import("../src/load/check-text.ts");
const loadChecks = () => tsImport("../src/load/check-text.ts", import.meta.url) as Promise<Checks>;

const VIRTUAL_ID = "virtual:checked-models";
const RESOLVED_ID = "\0" + VIRTUAL_ID;

/** A model file's digest and validation changes, or its problems when it fails the checks. */
export async function checkAtBuild(
  bytes: Uint8Array,
): Promise<{ checked: CheckedModel } | { problems: string[] }> {
  const result = (await loadChecks()).checkModelPatches(bytes);
  if (!result.ok) return { problems: result.problems.map((p) => `${p.pointer || "/"}: ${p.message}`) };
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { checked: { sha256, byteLength: bytes.byteLength, patches: result.patches } };
}

export function checkedModels(dataDir: string): Plugin {
  return {
    name: "command-atlas:checked-models",
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return;
      const checked: CheckedModel[] = [];
      for (const name of readdirSync(dataDir).filter((f) => f.endsWith(".json"))) {
        const path = join(dataDir, name);
        this.addWatchFile(path);
        const outcome = await checkAtBuild(new Uint8Array(readFileSync(path)));
        if ("checked" in outcome) checked.push(outcome.checked);
        else
          this.warn(
            `data/${name} fails its checks, so visitors' browsers will check it and show its problems:\n  ${outcome.problems.slice(0, 5).join("\n  ")}`,
          );
      }
      return `export const CHECKED_MODELS = ${JSON.stringify(checked)};`;
    },
  };
}
