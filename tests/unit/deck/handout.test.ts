// The handout (issue 10): the story as a PDF, one page per step, written by jsPDF and read back
// from its uncompressed text, as a reader's search would find it.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { playableStory } from "../../../src/model";
import type { Model } from "../../../src/model";
import { validateModel } from "../../../src/model/validate";
import { buildStoryDeck, sourceLine } from "../../../src/deck/build-deck";
import { A4_LANDSCAPE, LETTER_LANDSCAPE } from "../../../src/deck/deck";
import { winAnsi, writePdf } from "../../../src/deck/write-pdf";
import { sourcesById } from "../../../src/state/selectors";

const checked = validateModel(JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8")));
if (!checked.ok) throw new Error("the default model does not validate");
const model: Model = checked.model;

const pdfOf = (page = A4_LANDSCAPE) =>
  Buffer.from(writePdf(buildStoryDeck(model, { page, overflow: "shrink", titleOnFirst: true }).deck, "arraybuffer")).toString("latin1");
const shownText = (raw: string) =>
  [...raw.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)].map((m) => m[1]!.replace(/\\([()\\])/g, "$1")).join("\n");

describe("the handout", () => {
  it("has one page per step, the model's title on the first, and each step's source line on its page", () => {
    const raw = pdfOf();
    expect(raw.startsWith("%PDF-")).toBe(true);
    const steps = playableStory(model)!.steps;
    const pages = raw.split(/\/Type \/Page\b(?!s)/).length - 1;
    expect(pages).toBe(steps.length);
    const text = shownText(raw);
    expect(text.indexOf(model.meta.title)).toBeLessThan(text.indexOf(steps[0]!.step.title));
    // The source line may wrap: its first words are on the page, once per step.
    for (const { step } of steps) expect(text).toContain(winAnsi(sourceLine(step.sources, sourcesById(model))).slice(0, 40));
    expect(text.match(/^Sources: /gm)?.length).toBe(steps.length);
    for (const name of ["Coalition HQ", "Kyiv cell", "Planned", "Dropped"]) expect(text).toContain(name);
  });

  it("comes in A4 and US Letter, landscape", () => {
    const size = (raw: string) => /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(raw)!.slice(1).map((n) => Math.round(Number(n)));
    expect(size(pdfOf(A4_LANDSCAPE))).toEqual([842, 595]);
    expect(size(pdfOf(LETTER_LANDSCAPE))).toEqual([792, 612]);
  });

  it("writes letters outside Helvetica's set as ? rather than as wrong letters", () => {
    expect(winAnsi("Türkiye – “MNF-U” → قيادة")).toBe("Türkiye – “MNF-U” -> ?????");
    expect(winAnsi("Київ")).toBe("????");
  });

  it("writes Latin letters outside Helvetica's set without their accent, so the name can still be read", () => {
    expect(winAnsi("Łódź, Constanța, Ādaži, Şırnak, Győr, Đakovo, Brno–Řečkovice")).toBe(
      "Lódz, Constanta, Adaži, Sirnak, Gyor, Dakovo, Brno–Reckovice",
    );
    // Letters Helvetica has keep their accent, whether the file wrote them composed or not.
    expect(winAnsi("Türkiye, Tu\u0308rkiye, Française")).toBe("Türkiye, Türkiye, Française");
    // A mark on a letter of another script is dropped with it, not printed as a second "?".
    expect(winAnsi("й")).toBe("?");
  });
});
