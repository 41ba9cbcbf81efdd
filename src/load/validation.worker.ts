// The validation worker: checks model files off the page's main thread, so the app starts and
// draws its shell while a model is parsed and validated, and the first load carries no zod.
// Messages: { id, input, byteLength? } in, { id, result } out (result: a valid model or its problems).
import { checkModelText } from "./check-text";
import type { ModelInput } from "./check-text";
import type { Validation } from "../model/validate";

export type ValidationRequest = { id: number; input: ModelInput; byteLength?: number };
export type ValidationReply = { id: number; result: Validation };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidationRequest>) => void) | null;
  postMessage: (reply: ValidationReply) => void;
};

scope.onmessage = ({ data: { id, input, byteLength } }) => {
  let result: Validation;
  try {
    result = checkModelText(input, byteLength);
  } catch (error) {
    // The checks collect problems and never throw; if they ever do, say so rather than hang.
    result = {
      ok: false,
      problems: [{ pointer: "", message: `The model could not be checked: ${String(error)}. Please report this.` }],
    };
  }
  scope.postMessage({ id, result });
};
