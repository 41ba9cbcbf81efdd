// The validation worker: checks model files off the page's main thread, so the app starts and
// draws its shell while a model is parsed and validated, and the first load carries no zod.
// Messages: { id, input, byteLength? } in; { id, result } out, where a valid model's result
// carries only what validation changed in it (patches.ts), not the model itself.
import { checkModelPatches } from "./check-text";
import type { ModelInput, PatchedValidation } from "./check-text";

export type ValidationRequest = { id: number; input: ModelInput; byteLength?: number };
export type ValidationReply = { id: number; result: PatchedValidation };

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

scope.onmessage = ({ data: { id, input, byteLength } }) => {
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
};
