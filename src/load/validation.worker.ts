// The validation worker: checks model files off the page's main thread, so the app starts and
// draws its shell while a model is parsed and validated, and the first load carries no zod.
// Messages in: { id, input, byteLength? } (a file's bytes or text), or { id, url } (a model on
// this site, which the worker downloads itself, so its checks start the moment the file has
// arrived, not when the page's busy main thread gets round to it). Out: for a download, first
// { id, bytes } (a copy, which the page parses while the worker checks its own) or
// { id, fetchFailed } (the page then downloads it and says why); then { id, result }, where a
// valid model's result carries only what validation changed in it (patches.ts), not the model.
import { checkModelPatches } from "./check-text";
import type { ModelInput, PatchedValidation } from "./check-text";
import { sizeProblem } from "./limits";

export type ValidationRequest =
  { id: number; input: ModelInput; byteLength?: number } | { id: number; url: string };
export type ValidationReply =
  | { id: number; result: PatchedValidation }
  | { id: number; bytes: ArrayBuffer }
  | { id: number; fetchFailed: true };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidationRequest>) => void) | null;
  postMessage: (reply: ValidationReply) => void;
};

// A blocked eval or load in here would go unnoticed (workers log no CSP report of their own):
// say so where developers and the page check (scripts/check-page.ts) look.
self.addEventListener("securitypolicyviolation", (event) =>
  console.error(
    `Content Security Policy: ${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} in the validation worker`,
  ),
);

function check(id: number, input: ModelInput, byteLength?: number): void {
  let result: PatchedValidation;
  try {
    result = checkModelPatches(input, byteLength);
  } catch (error) {
    // The checks collect problems and never throw; if they ever do, say so rather than hang.
    result = {
      ok: false,
      problems: [
        { pointer: "", message: `The model could not be checked: ${String(error)}. Please report this.` },
      ],
    };
  }
  scope.postMessage({ id, result });
}

/** The file's bytes, or null for anything the page should report in its own words (queries.ts). */
async function download(url: string): Promise<ArrayBuffer | null> {
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok || sizeProblem(Number(response.headers.get("content-length") ?? "0"))) return null;
    return await response.arrayBuffer();
  } catch {
    return null;
  }
}

scope.onmessage = ({ data }) => {
  if (!("url" in data)) return check(data.id, data.input, data.byteLength);
  void download(data.url).then((bytes) => {
    if (!bytes) return scope.postMessage({ id: data.id, fetchFailed: true });
    scope.postMessage({ id: data.id, bytes }); // copied, not transferred: both sides need them
    check(data.id, bytes);
  });
};
