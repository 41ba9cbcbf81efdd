// Validation off the main thread: one module Web Worker, started with the app so its script
// (zod and the checks) loads while React mounts. Where there is no Worker (jsdom in tests, very
// old browsers) or it fails to start, the same checks load into the page instead. Either way the
// caller gets a validated model or every problem with its pointer; nothing unvalidated is shown.
import type { Validation } from "../model/validate";
import type { ModelInput } from "./check-text";
import type { ValidationReply, ValidationRequest } from "./validation.worker";

type Pending = { input: ModelInput; byteLength?: number; resolve: (result: Validation) => void };

let worker: Worker | null = null;
let workerFailed = typeof Worker === "undefined";
let nextId = 1;
const pending = new Map<number, Pending>();

function inPage(input: ModelInput, byteLength?: number): Promise<Validation> {
  return import("./check-text").then(({ checkModelText }) => checkModelText(input, byteLength));
}

function getWorker(): Worker | null {
  if (worker || workerFailed) return worker;
  try {
    worker = new Worker(new URL("./validation.worker.ts", import.meta.url), {
      type: "module",
      name: "model-validation",
    });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<ValidationReply>) => {
    const request = pending.get(data.id);
    pending.delete(data.id);
    request?.resolve(data.result);
  };
  // A worker that cannot load (blocked, missing file) is given up; its requests run in the page.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    workerFailed = true;
    const waiting = [...pending.values()];
    pending.clear();
    for (const request of waiting) void inPage(request.input, request.byteLength).then(request.resolve);
  };
  return worker;
}

/** Starts the worker early, so its script has loaded by the time the first model arrives. */
export function startValidation(): void {
  getWorker();
}

/** Checks a model file's bytes (or text): a valid model, or every problem with its JSON pointer. */
export function validateModelInput(input: ModelInput, byteLength?: number): Promise<Validation> {
  const target = getWorker();
  if (!target) return inPage(input, byteLength);
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { input, byteLength, resolve });
    // The bytes are copied, not transferred, so the page still has them if the worker fails.
    target.postMessage({ id, input, byteLength } satisfies ValidationRequest);
  });
}
