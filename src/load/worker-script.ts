// The app's one Trusted Types policy. The pages enforce Trusted Types (scripts/csp.ts:
// require-trusted-types-for 'script'), so no string reaches a script sink: the app writes no
// markup from strings (React, textContent and createElementNS do that). Starting a worker is the
// exception: `new Worker(url)` takes only a TrustedScriptURL, and only a policy can make one.
// This policy makes exactly one: the validation worker's file, as the build named it.
import workerFile from "./validation.worker.ts?worker&url";

/** Listed, alone, in the policy's trusted-types directive (scripts/csp.ts). */
const POLICY_NAME = "atlas-worker";

// The browser's Trusted Types API, as far as we use it (TypeScript's DOM types lack it).
type ScriptUrlPolicy = { createScriptURL(input: string): object };
type TrustedTypesApi = {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
};

/** The worker's file, resolved: the only URL the policy passes. */
export const VALIDATION_WORKER_URL = new URL(workerFile, import.meta.url).href;

let policy: ScriptUrlPolicy | null | undefined;

function workerPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const api = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;
  try {
    policy =
      api?.createPolicy(POLICY_NAME, {
        createScriptURL(input) {
          if (input !== VALIDATION_WORKER_URL)
            throw new TypeError(`${POLICY_NAME} passes only the validation worker's file`);
          return input;
        },
      }) ?? null;
  } catch {
    // A policy whose name the page's CSP does not list: new Worker then refuses the plain
    // string, and validation.ts checks models in the page instead.
    policy = null;
  }
  return policy;
}

/**
 * The validation worker's script as `new Worker()` takes it: a TrustedScriptURL where the browser
 * has Trusted Types, the plain URL where it has none (there no sink asks for one).
 */
export function validationWorkerScript(): string | URL {
  // A TrustedScriptURL is not a string to TypeScript's DOM types, but is what Worker wants.
  return (
    (workerPolicy()?.createScriptURL(VALIDATION_WORKER_URL) as string | undefined) ?? VALIDATION_WORKER_URL
  );
}
