// Validation off the main thread: one module Web Worker, started with the app (unless the page's
// model was checked at build, checked-models.ts) so its script (zod and the checks) loads while
// React mounts; for ?model=, public/page-start.js has started it before the app's script
// arrived, and the app takes it over. A model on this site is downloaded by the worker itself
// (fetchAndValidate), so its checks start as soon as it arrives. Where there is no Worker (jsdom
// in tests, very old browsers) or it fails to start, the same checks load into the page instead.
// Either way the caller gets a validated model or every problem with its pointer; nothing
// unvalidated is shown.
import type { Model } from "../model";
import type { Validation } from "../model/validate";
import type { ModelInput } from "./check-text";
import { patchesCheckedAtBuild } from "./checked-models";
import { applyPatches } from "./patches";
import type { ValidationReply, ValidationRequest } from "./validation.worker";
import { validationWorkerScript } from "./worker-script";

type Pending = {
  /** The page's own parse of the same bytes, made while the worker checks them. */
  parsed?: unknown;
  /** The model's bytes, for checking in the page if the worker fails. */
  input?: ModelInput;
  byteLength?: number;
  /** A download: the bytes have arrived (the page may show "fetched"). */
  onBytes?: () => void;
  /** The answer; null when the worker could not download the file or failed before it had it. */
  resolve: (result: Validation | null) => void;
};

/** What public/page-start.js started before the app's script had arrived: a worker downloading ?model=. */
type EarlyValidation = { worker: Worker; url: string; messages: ValidationReply[]; failed: boolean };
declare global {
  interface Window {
    commandAtlasEarlyValidation?: EarlyValidation;
  }
}

let worker: Worker | null = null;
let workerFailed = typeof Worker === "undefined";
/** Request 0: page-start.js's download and check, until fetchAndValidate asks for that model. */
let early: { url: string; request: Pending; answer: Promise<Validation | null> } | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function inPage(input: ModelInput, byteLength?: number): Promise<Validation> {
  return import("./check-text").then(({ checkModelText }) => checkModelText(input, byteLength));
}

function parseHere(input: ModelInput): unknown {
  try {
    return JSON.parse(typeof input === "string" ? input : new TextDecoder().decode(input));
  } catch {
    return undefined; // the worker reports why
  }
}

function getWorker(): Worker | null {
  if (worker || workerFailed) return worker;
  const started = globalThis.window?.commandAtlasEarlyValidation;
  if (started) delete window.commandAtlasEarlyValidation;
  try {
    // Through the Trusted Types policy: the pages refuse a plain string here (worker-script.ts).
    worker =
      started && !started.failed
        ? started.worker
        : new Worker(validationWorkerScript(), { type: "module", name: "model-validation" });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.onmessage = ({ data }) => receive(data);
  // A worker that cannot load (blocked, missing file) is given up; its requests run in the page.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    workerFailed = true;
    const waiting = [...pending.values()];
    pending.clear();
    for (const request of waiting)
      if (request.input === undefined) request.resolve(null);
      else void inPage(request.input, request.byteLength).then(request.resolve);
  };
  // page-start.js's request becomes request 0, and what the worker has said so far is heard now.
  if (started && !started.failed) {
    const [request, answer] = register(0, {});
    early = { url: started.url, request, answer };
    for (const message of started.messages) receive(message);
  }
  return worker;
}

function receive(data: ValidationReply): void {
  const request = pending.get(data.id);
  if (!request) return;
  if ("bytes" in data) {
    request.input = data.bytes;
    request.onBytes?.();
    request.parsed = parseHere(data.bytes);
    return;
  }
  pending.delete(data.id);
  if ("fetchFailed" in data) return request.resolve(null);
  const { result } = data;
  if (!result.ok) return request.resolve(result);
  // Valid: zod's output is the page's own parse with the worker's patches (its defaults).
  if (request.parsed === undefined)
    return void inPage(request.input!, request.byteLength).then(request.resolve);
  request.resolve({ ok: true, model: applyPatches<Model>(request.parsed, result.patches) });
}

/** Starts the worker early, so its script has loaded by the time the first model arrives. */
export function startValidation(): void {
  getWorker();
}

/** Checks a model file's bytes (or text): a valid model, or every problem with its JSON pointer. */
export async function validateModelInput(input: ModelInput, byteLength?: number): Promise<Validation> {
  const checkedAtBuild = await patchesCheckedAtBuild(input);
  const parsed = checkedAtBuild && parseHere(input);
  if (checkedAtBuild && parsed !== undefined)
    return { ok: true, model: applyPatches<Model>(parsed, checkedAtBuild) };
  const target = getWorker();
  if (!target) return inPage(input, byteLength);
  const [request, answer] = ask(target, { input, byteLength }, (id) => ({ id, input, byteLength }));
  // While the worker checks, the page parses the same bytes (instead of receiving a copy).
  request.parsed = parseHere(input);
  // Never null: the page has the bytes, so a failed worker's request is checked in the page.
  return (await answer)!;
}

/**
 * Downloads a model on this site in the worker and checks it there, with the page parsing the
 * copy the worker sends as soon as the file has arrived. Null when there is no worker or it could
 * not download the file: the caller then downloads it itself (and reports any failure).
 */
export function fetchAndValidate(url: string, onFetched: () => void): Promise<Validation | null> {
  const target = getWorker();
  if (early?.url === url) {
    // Asked for by page-start.js already: join that download rather than start another.
    const { request, answer } = early;
    early = null;
    if (request.input !== undefined) onFetched();
    else request.onBytes = onFetched;
    return answer;
  }
  if (!target) return Promise.resolve(null);
  return ask(target, { onBytes: onFetched }, (id) => ({ id, url }))[1];
}

function register(id: number, request: Omit<Pending, "resolve">): [Pending, Promise<Validation | null>] {
  const entry: Pending = { ...request, resolve: () => undefined };
  const answer = new Promise<Validation | null>((resolve) => (entry.resolve = resolve));
  pending.set(id, entry);
  return [entry, answer];
}

function ask(
  target: Worker,
  request: Omit<Pending, "resolve">,
  message: (id: number) => ValidationRequest,
): [Pending, Promise<Validation | null>] {
  const id = nextId++;
  const registered = register(id, request);
  // Bytes are copied, not transferred, so the page still has them if the worker fails.
  target.postMessage(message(id));
  return registered;
}
