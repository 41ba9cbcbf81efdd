// Loading models with react-query: one key factory, one fetcher per kind of source.
import type { Model } from "../model";
import { ModelLoadError, modelFromText, modelOf } from "./model-text";
import { sizeProblem } from "./limits";
import { fetchAndValidate, startValidation } from "./validation";
// Vite copies the default model into the build and gives its address, so it loads like any other.
import DEFAULT_MODEL_URL from "../../data/mnf-ukraine.json?url";

export { DEFAULT_MODEL_URL };

/** Where a model comes from: an address on this site, or a file the user picked (never uploaded). */
export type ModelSource =
  | { kind: "url"; url: string }
  | { kind: "file"; key: string; name: string }
  /** A ?model= value we will not load (another site); loading it reports why. */
  | { kind: "refused"; param: string; message: string };

export const modelKeys = {
  all: ["model"] as const,
  bySource: (source: ModelSource) =>
    source.kind === "file"
      ? (["model", "file", source.key] as const)
      : (["model", source.kind, source.kind === "url" ? source.url : source.param] as const),
};

/**
 * Resolves a ?model= value against the page. Only this site's own models are loaded: a model
 * from elsewhere could be anything, and journalists' embeds must make no third-party requests.
 */
export function resolveModelUrl(param: string, pageUrl: string): { url: string } | { refused: string } {
  let resolved: URL;
  try {
    // A "#" in the value is part of the file's name (the link had "%23"): a fragment is never fetched.
    resolved = new URL(param.replace(/#/g, "%23"), pageUrl);
  } catch {
    return {
      refused: `"${param}" is not a valid address. Use a path on this site, e.g. ?model=./data/my-model.json.`,
    };
  }
  // javascript:, data: and the like have no site at all ("null"): say what they are instead.
  if (resolved.protocol !== "http:" && resolved.protocol !== "https:")
    return {
      refused: `Only models from this site can be loaded, by a path such as ?model=./data/my-model.json; a "${resolved.protocol}" address is not one. Copy the file to this site, or open it with "Open file…".`,
    };
  if (resolved.origin !== new URL(pageUrl).origin)
    return {
      refused: `Only models from this site can be loaded; "${resolved.origin}" is another site. Copy the file to this site, or open it with "Open file…".`,
    };
  return { url: resolved.href };
}

/** Whether an address is the default model's, resolved against the page's (if it has one). */
function isDefaultModel(url: string, pageUrl = globalThis.location?.href): boolean {
  try {
    return url === new URL(DEFAULT_MODEL_URL, pageUrl).href;
  } catch {
    return false;
  }
}

export async function fetchModel(url: string, signal?: AbortSignal): Promise<Model> {
  // Any model but the default (checked at build: checked-models.ts) is downloaded and checked by
  // the validation worker, where there is one; if it cannot download it, the page does, below,
  // and says why.
  if (!isDefaultModel(url)) {
    const checked = await fetchAndValidate(url, () => performance.mark("model:fetched"));
    if (checked) return modelOf(checked, url);
  }
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: "same-origin" });
  } catch {
    throw new ModelLoadError(url, [
      { pointer: "", message: `Could not reach ${url}. Check your connection and the address.` },
    ]);
  }
  if (!response.ok)
    throw new ModelLoadError(url, [
      {
        pointer: "",
        message: `The server answered ${response.status} for ${url}. Check the path in ?model=.`,
      },
    ]);
  const declared = Number(response.headers.get("content-length") ?? "0");
  const early = sizeProblem(declared);
  if (early) throw new ModelLoadError(url, [early]);
  // Bytes, not text: a copy goes to the validation worker, and the page decodes and parses its
  // own copy while the worker checks (validation.ts).
  const bytes = await response.arrayBuffer();
  performance.mark("model:fetched");
  return modelFromText(bytes, url);
}

/** Files picked or dropped, read locally; the query function looks them up by key. */
const pickedFiles = new Map<string, File>();
let fileCounter = 0;

export function registerFile(file: File): ModelSource {
  const key = `${++fileCounter}:${file.name}`;
  pickedFiles.set(key, file);
  return { kind: "file", key, name: file.name };
}

export async function readPickedFile(key: string): Promise<Model> {
  const file = pickedFiles.get(key);
  if (!file)
    throw new ModelLoadError(key, [
      { pointer: "", message: "The file is no longer available. Open it again." },
    ]);
  const tooBig = sizeProblem(file.size);
  if (tooBig) throw new ModelLoadError(file.name, [tooBig]);
  if (!/\.json$/i.test(file.name) && file.type !== "application/json")
    throw new ModelLoadError(file.name, [
      {
        pointer: "",
        message: `"${file.name}" is not a .json file. Choose a Command Atlas model saved as JSON.`,
      },
    ]);
  return modelFromText(await file.text(), file.name, file.size);
}

/** Loads started before the app's script had loaded (startEarlyLoad), taken once by loadModel. */
const earlyLoads = new Map<string, Promise<Model>>();
const sourceKey = (source: ModelSource) => JSON.stringify(modelKeys.bySource(source));

/**
 * Starts downloading and validating the model a page address asks for (?model=, else the
 * default), and the validation worker where that model needs it, before React and the views
 * have loaded; the app's first query for it takes this
 * load over instead of starting another.
 */
export function startEarlyLoad(pageUrl: string): void {
  const param = new URL(pageUrl).searchParams.get("model") || null;
  const source = sourceFromParam(param, pageUrl);
  if (source.kind !== "url") return;
  // The default model was checked when the site was built (checked-models.ts): its page needs no
  // worker and never downloads the worker's script. Any other model's worker starts now.
  if (!isDefaultModel(source.url, pageUrl)) startValidation();
  const load = loadModel(source);
  // Its failure is reported by the query that takes it over, not as an unhandled rejection.
  load.catch(() => undefined);
  earlyLoads.set(sourceKey(source), load);
}

export async function loadModel(source: ModelSource, signal?: AbortSignal): Promise<Model> {
  const early = earlyLoads.get(sourceKey(source));
  if (early) {
    earlyLoads.delete(sourceKey(source));
    return early;
  }
  if (source.kind === "refused")
    throw new ModelLoadError(source.param, [{ pointer: "", message: source.message }]);
  return source.kind === "url" ? fetchModel(source.url, signal) : readPickedFile(source.key);
}

/** The source a ?model= value asks for: the default model when absent. */
export function sourceFromParam(param: string | null, pageUrl: string): ModelSource {
  if (!param) return { kind: "url", url: new URL(DEFAULT_MODEL_URL, pageUrl).href };
  const resolved = resolveModelUrl(param, pageUrl);
  return "url" in resolved
    ? { kind: "url", url: resolved.url }
    : { kind: "refused", param, message: resolved.refused };
}
