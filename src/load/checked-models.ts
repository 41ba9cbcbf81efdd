// Models the build has already validated (scripts/checked-at-build.ts), known by their bytes'
// SHA-256: for those the page applies validation's recorded changes to its own parse and needs
// neither the worker nor zod. Every other model is checked in the worker (validation.ts).
import { CHECKED_MODELS } from "virtual:checked-models";
import type { ModelInput } from "./check-text";
import type { Patch } from "./patches";

export type CheckedModel = { sha256: string; byteLength: number; patches: Patch[] };

/** Validation's changes for bytes the build checked, or null (then the worker checks them). */
export async function patchesCheckedAtBuild(
  input: ModelInput,
  checked: readonly CheckedModel[] = CHECKED_MODELS,
): Promise<Patch[] | null> {
  if (typeof input === "string") return null;
  // A digest only where the length matches: other models pay nothing for this shortcut.
  const candidates = checked.filter((model) => model.byteLength === input.byteLength);
  // crypto.subtle exists only in secure contexts (https, localhost): elsewhere the worker checks.
  const subtle = globalThis.crypto?.subtle;
  if (!candidates.length || !subtle) return null;
  let digest: Uint8Array;
  try {
    digest = new Uint8Array(await subtle.digest("SHA-256", input as BufferSource));
  } catch {
    return null; // a shortcut only: if the digest fails, the worker checks the bytes
  }
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return candidates.find((model) => model.sha256 === hex)?.patches ?? null;
}
