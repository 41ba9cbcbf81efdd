// A model file's path to the screen: its bytes are checked (size, JSON syntax, unit count, schema,
// integrity) by the same function in the worker and, where there is no Worker, in the page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkModelPatches, checkModelText } from "../../../src/load/check-text";
import { validateModelInput } from "../../../src/load/validation";
import { MAX_MODEL_BYTES, MAX_MODEL_UNITS } from "../../../src/load/limits";
import { MAX_UNBROKEN_RUN } from "../../../src/load/unbroken-runs";
import { minimalModel } from "../model/builders";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures");
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe("checkModelText", () => {
  it("accepts a valid model given as bytes or as text, with the same result", () => {
    const text = JSON.stringify(minimalModel());
    const fromBytes = checkModelText(bytesOf(text).buffer);
    expect(fromBytes.ok).toBe(true);
    expect(fromBytes).toEqual(checkModelText(text));
    // zod's defaults are applied: the worker hands over the model the app expects.
    if (fromBytes.ok) expect(fromBytes.model.units[0]!.domains).toEqual([]);
  });

  it("refuses a file over the size limit before reading it, saying the limit", () => {
    const result = checkModelText("{}", MAX_MODEL_BYTES + 1);
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ pointer: "" })] });
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/at most 5\.0 MB/);
  });

  it("names the line and column of a JSON syntax error", () => {
    const result = checkModelText(readFileSync(path.join(fixtures, "broken-syntax.json")));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain("line 6, column 5");
  });

  it("refuses more units than the limit, pointing at /units", () => {
    const model = minimalModel();
    model.units = Array.from({ length: MAX_MODEL_UNITS + 1 }, (_, i) => ({ id: `u${i}` }));
    const result = checkModelText(JSON.stringify(model));
    expect(result.ok ? [] : result.problems.map((p) => p.pointer)).toEqual(["/units"]);
  });

  it("refuses a text with a run too long to lay out, pointing at each such text", () => {
    const model = minimalModel();
    model.units[0]!.description = `Starts well, then ${"A".repeat(30_000)} and ends.`;
    model.meta.sources[0]!.title = "x".repeat(MAX_UNBROKEN_RUN + 1);
    const result = checkModelText(JSON.stringify(model));
    expect(result.ok ? [] : result.problems.map((p) => p.pointer)).toEqual([
      "/meta/sources/0/title",
      "/units/0/description",
    ]);
    if (!result.ok) {
      expect(result.problems[1]!.message).toMatch(
        /30,000 characters in a row with no space or hyphen to break a line at; at most 1,000/,
      );
      expect(result.problems[1]!.message).toMatch(/Put spaces in it/);
    }
  });

  it("refuses a field whose name is such a run, pointing at its object and reading nothing under it", () => {
    const model = minimalModel() as unknown as { units: Record<string, unknown>[] };
    model.units[1]![`x${"K".repeat(5_000)}`] = { note: "A".repeat(2_000) };
    const result = checkModelText(JSON.stringify(model));
    expect(result.ok ? [] : result.problems.map((p) => p.pointer)).toEqual(["/units/1"]);
    if (!result.ok)
      expect(result.problems[0]!.message).toMatch(/^A field's name has 5,001 characters in a row/);
  });

  it("accepts long texts that lines can break: words, hyphens, Chinese, a run at the limit", () => {
    const model = minimalModel();
    model.units[0]!.description = "Word ".repeat(20_000);
    model.units[0]!.name = "Abcdefghi-".repeat(3_000);
    model.meta.description = "中文名字测试".repeat(5_000);
    model.meta.title = "M".repeat(MAX_UNBROKEN_RUN);
    expect(checkModelText(JSON.stringify(model)).ok).toBe(true);
  });

  it("lists every defect of a broken model with its pointer", () => {
    const result = checkModelText(readFileSync(path.join(fixtures, "ten-defects.json")));
    expect(result.ok ? 0 : result.problems.length).toBe(10);
  });
});

describe("validateModelInput without a Worker (as in jsdom)", () => {
  it("checks in the page and gives the same answer as the worker's function", async () => {
    expect(typeof Worker).toBe("undefined");
    const text = readFileSync(path.join(fixtures, "ten-defects.json"), "utf8");
    expect(await validateModelInput(bytesOf(text).buffer)).toEqual(checkModelText(text));
    const valid = JSON.stringify(minimalModel());
    expect(await validateModelInput(valid)).toEqual(checkModelText(valid));
  });
});

describe("validateModelInput with a Worker", () => {
  // A fresh module each time: it decides whether a Worker exists when first loaded.
  beforeEach(() => vi.resetModules());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /**
   * A stand-in for the browser's Worker: answers as validation.worker.ts does, or fails to start.
   * A download ({ id, url }) is of `files[url]`: its bytes, then the result; no such file, fetchFailed.
   */
  function fakeWorker(behaviour: "answers" | "fails", files: Record<string, string> = {}) {
    const started: unknown[] = [];
    class FakeWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      onerror: ((event: { preventDefault: () => void }) => void) | null = null;
      constructor(url: URL, options: unknown) {
        started.push({ url: String(url), options });
      }
      postMessage(message: { id: number; input: string; byteLength?: number } | { id: number; url: string }) {
        const { id } = message;
        setTimeout(() => {
          if (behaviour === "fails") return this.onerror?.({ preventDefault: () => undefined });
          if (!("url" in message))
            return this.onmessage?.({
              data: { id, result: checkModelPatches(message.input, message.byteLength) },
            });
          const file = files[message.url];
          if (file === undefined) return this.onmessage?.({ data: { id, fetchFailed: true } });
          const bytes = bytesOf(file).buffer;
          this.onmessage?.({ data: { id, bytes } });
          this.onmessage?.({ data: { id, result: checkModelPatches(bytes) } });
        }, 10 - id);
      }
      terminate() {}
    }
    vi.stubGlobal("Worker", FakeWorker);
    return started;
  }

  it("starts one module worker and routes each answer to its own request", async () => {
    const started = fakeWorker("answers");
    const { validateModelInput: validate } = await import("../../../src/load/validation");
    const valid = JSON.stringify(minimalModel());
    const broken = readFileSync(path.join(fixtures, "ten-defects.json"), "utf8");
    // The second answer arrives first; each promise still gets its own result.
    const [a, b] = await Promise.all([validate(valid), validate(broken)]);
    // The page rebuilds zod's exact output from its own parse and the worker's patches.
    expect(a).toEqual(checkModelText(valid));
    expect(b.ok ? 0 : b.problems.length).toBe(10);
    expect(started).toEqual([
      {
        url: expect.stringMatching(/validation\.worker/),
        options: expect.objectContaining({ type: "module" }),
      },
    ]);
  });

  it("checks in the page when the worker cannot start, and keeps doing so", async () => {
    const started = fakeWorker("fails");
    const { validateModelInput: validate } = await import("../../../src/load/validation");
    const broken = readFileSync(path.join(fixtures, "ten-defects.json"), "utf8");
    const first = await validate(broken);
    expect(first.ok ? 0 : first.problems.length).toBe(10);
    expect((await validate(JSON.stringify(minimalModel()))).ok).toBe(true);
    expect(started).toHaveLength(1); // given up after its error, not started again
  });

  it("downloads a model in the worker: the page hears when it has arrived and gets the validated model", async () => {
    const valid = JSON.stringify(minimalModel());
    const broken = readFileSync(path.join(fixtures, "ten-defects.json"), "utf8");
    fakeWorker("answers", { "/valid.json": valid, "/broken.json": broken });
    const { fetchAndValidate } = await import("../../../src/load/validation");
    const arrived: string[] = [];
    const [a, b] = await Promise.all([
      fetchAndValidate("/valid.json", () => arrived.push("valid")),
      fetchAndValidate("/broken.json", () => arrived.push("broken")),
    ]);
    expect(a).toEqual(checkModelText(valid));
    expect(b && !b.ok ? b.problems.length : 0).toBe(10);
    expect(arrived.sort()).toEqual(["broken", "valid"]);
  });

  it("leaves the download to the page (null) when the worker cannot fetch the file or cannot start", async () => {
    fakeWorker("answers");
    const { fetchAndValidate } = await import("../../../src/load/validation");
    expect(await fetchAndValidate("/missing.json", () => undefined)).toBeNull();
    vi.resetModules();
    fakeWorker("fails", { "/valid.json": JSON.stringify(minimalModel()) });
    const { fetchAndValidate: withBrokenWorker } = await import("../../../src/load/validation");
    expect(await withBrokenWorker("/valid.json", () => undefined)).toBeNull();
  });

  it("takes over the worker public/page-start.js started, with its answers so far, and joins its download", async () => {
    const valid = JSON.stringify(minimalModel());
    const started = fakeWorker("answers", { "/other.json": valid });
    // As page-start.js leaves it: a worker asked for /other.json (request 0) whose file has arrived.
    const early = new (globalThis.Worker as unknown as new (url: string, options: object) => Worker)(
      "early",
      {},
    );
    const bytes = bytesOf(valid).buffer;
    const page: Pick<Window, "commandAtlasEarlyValidation"> = {
      commandAtlasEarlyValidation: {
        worker: early,
        url: "/other.json",
        messages: [{ id: 0, bytes }],
        failed: false,
      },
    };
    vi.stubGlobal("window", page);
    const { fetchAndValidate, startValidation } = await import("../../../src/load/validation");
    startValidation();
    expect(page.commandAtlasEarlyValidation, "taken over").toBeUndefined();
    let fetched = 0;
    const answer = fetchAndValidate("/other.json", () => fetched++);
    expect(fetched, "its file had already arrived").toBe(1);
    // The worker's verdict comes after the app took it over.
    early.onmessage!({ data: { id: 0, result: checkModelPatches(bytes) } } as MessageEvent);
    expect(await answer).toEqual(checkModelText(valid));
    expect(started, "no second worker").toHaveLength(1);
  });
});
