// The default model is checked when the site is built (scripts/checked-at-build.ts): a page
// whose model has exactly those bytes shows zod's output without the worker; any other bytes,
// even one changed, go to the worker as before.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CHECKED_MODELS } from "virtual:checked-models";
import { checkAtBuild } from "../../../scripts/checked-at-build";
import { checkModelText } from "../../../src/load/check-text";
import { patchesCheckedAtBuild } from "../../../src/load/checked-models";
import { applyPatches } from "../../../src/load/patches";
import type { Model } from "../../../src/model";
import { minimalModel } from "../model/builders";

const root = path.resolve(import.meta.dirname, "../../..");
const defaultBytes = () => new Uint8Array(readFileSync(path.join(root, "data", "mnf-ukraine.json")));

describe("models checked at build", () => {
  it("covers the default model, and its recorded changes rebuild exactly what validation gives", async () => {
    const bytes = defaultBytes();
    const patches = await patchesCheckedAtBuild(bytes);
    expect(patches).not.toBeNull();
    const validated = checkModelText(bytes);
    expect(validated.ok).toBe(true);
    const shown = applyPatches<Model>(JSON.parse(new TextDecoder().decode(bytes)), patches!);
    if (validated.ok) expect(shown).toEqual(validated.model);
  });

  it("does not cover the default model with one character changed: the worker checks those bytes", async () => {
    const text = new TextDecoder().decode(defaultBytes());
    // Same length, one letter different: the digest, not the size, decides.
    const changed = new TextEncoder().encode(text.replace('"format"', '"formaT"'));
    expect(changed.byteLength).toBe(defaultBytes().byteLength);
    expect(await patchesCheckedAtBuild(changed)).toBeNull();
    expect(checkModelText(changed).ok).toBe(false); // …and they would fail their checks
  });

  it("never takes text (a picked file) as checked", async () => {
    expect(await patchesCheckedAtBuild(new TextDecoder().decode(defaultBytes()))).toBeNull();
  });

  it("leaves out a model that fails its checks, with its problems for the build to print", async () => {
    const broken = minimalModel() as unknown as Record<string, unknown>;
    delete broken.meta;
    const outcome = await checkAtBuild(new TextEncoder().encode(JSON.stringify(broken)));
    expect(outcome).toEqual({
      problems: expect.arrayContaining([expect.stringMatching(/^\/meta: .*"meta" is missing/)]),
    });
  });

  it("gives the app one entry per model in data/, with its size and SHA-256", async () => {
    const outcome = await checkAtBuild(defaultBytes());
    expect("checked" in outcome && outcome.checked).toEqual(CHECKED_MODELS[0]);
    expect(CHECKED_MODELS).toHaveLength(1);
  });
});

describe("validateModelInput for bytes checked at build", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("starts no worker for the default model, and one for any other", async () => {
    const started: string[] = [];
    vi.stubGlobal(
      "Worker",
      class {
        onmessage: ((event: { data: unknown }) => void) | null = null;
        constructor(url: URL) {
          started.push(String(url));
        }
        postMessage({ id, input }: { id: number; input: Uint8Array }) {
          const result = checkModelText(input);
          setTimeout(() => this.onmessage?.({ data: { id, result: result.ok ? { ok: true, patches: [] } : result } }));
        }
        terminate() {}
      },
    );
    vi.resetModules();
    const { validateModelInput } = await import("../../../src/load/validation");
    const result = await validateModelInput(defaultBytes());
    expect(result.ok && result.model.meta.title).toMatch(/Multinational Force Ukraine/);
    expect(started).toEqual([]);
    await validateModelInput(new TextEncoder().encode(JSON.stringify(minimalModel())));
    expect(started).toEqual([expect.stringMatching(/validation\.worker/)]);
  });
});

describe("a digest that fails", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("falls back to the worker's checks instead of failing the load", async () => {
    vi.stubGlobal("crypto", {
      subtle: { digest: () => Promise.reject(new TypeError("not an ArrayBuffer of this realm")) },
    });
    expect(await patchesCheckedAtBuild(defaultBytes())).toBeNull();
  });
});
