// The story as a PowerPoint deck (issue 10): built from the default model, written with
// pptxgenjs and read back from the .pptx zip, as PowerPoint would read it.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { playableStory, resolveStage } from "../../../src/model";
import { buildStoryDeck, runsHeight, sourceEntry, MAX_CARDS } from "../../../src/deck/build-deck";
import { MIN_PT, SLIDE_16_9 } from "../../../src/deck/deck";
import type { Deck } from "../../../src/deck/deck";
import { writePptx } from "../../../src/deck/write-pptx";
import { minimalModel, validModel } from "../model/builders";

const model = validModel(JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8")));

/** The text of every <a:t> in an XML part, in order, unescaped. */
const texts = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
  );

async function openPptx(deck: Deck) {
  const zip = await JSZip.loadAsync(await writePptx(deck, "uint8array"));
  const slideFiles = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  const slides = [];
  for (const file of slideFiles) {
    const n = /(\d+)\.xml/.exec(file)![1];
    const xml = await zip.file(file)!.async("string");
    const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async("string");
    const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const notes = notesFile ? texts(await zip.file(`ppt/notesSlides/${notesFile}`)!.async("string")).join("\n") : "";
    slides.push({ xml, text: texts(xml).join("\n"), notes });
  }
  return { zip, slides };
}

describe("the default story as a deck", () => {
  const { deck, problems } = buildStoryDeck(model);
  const steps = playableStory(model)!.steps;

  it("has a title slide, every step (continued where its chart is too big), and the sources", async () => {
    expect(problems).toEqual([]);
    const { slides } = await openPptx(deck);
    expect(slides.length).toBe(deck.slides.length);
    expect(deck.slides[0]!.role).toBe("title");
    expect(slides[0]!.text).toContain(model.meta.title);
    expect(slides[0]!.text).toContain("As of 7 January 2026");
    const stepSlides = deck.slides.filter((s) => s.role === "step");
    // One first slide per step, in the story's order; continued slides only follow their own step.
    expect(stepSlides.filter((s) => !s.part || s.part.n === 1).map((s) => s.step)).toEqual(steps.map((s) => s.index));
    expect(deck.slides.at(-1)!.role).toBe("sources");
    expect(deck.slides.findIndex((s) => s.role === "sources")).toBe(1 + stepSlides.length);
    deck.slides.forEach((slide, i) => {
      if (slide.role === "step") expect(slides[i]!.text).toContain(slide.title);
    });
  });

  it("shows a map step's map beside its words, with who does what in words in its alternative text and notes", async () => {
    const { step, index } = steps.find((s) => s.step.view === "map")!;
    const slide = deck.slides.find((s) => s.step === index)!;
    const pictures = slide.shapes.filter((shape) => shape.kind === "picture");
    expect(pictures).toHaveLength(1);
    const picture = pictures[0]!;
    expect(picture.map.stage).toBe(step.stage);
    // Large (the page's room beside the text column) and clear of every word on the slide.
    expect(picture.w).toBeGreaterThan(SLIDE_16_9.w / 2);
    expect(picture.h).toBeGreaterThan(SLIDE_16_9.h / 2);
    expect(picture.x + picture.w).toBeLessThanOrEqual(SLIDE_16_9.w + 1e-6);
    for (const text of slide.shapes.filter((shape) => shape.kind === "text")) {
      const apart =
        text.x + text.w <= picture.x + 1e-6 ||
        picture.x + picture.w <= text.x + 1e-6 ||
        text.y + text.h <= picture.y + 1e-6 ||
        picture.y + picture.h <= text.y + 1e-6;
      expect(apart, text.paragraphs[0]!.text).toBe(true);
    }
    for (const nation of ["France: lead in Coalition", "Türkiye: contributor in MCM Black Sea (decided); sea lead in Sea (planned)"])
      expect(picture.alt).toContain(nation);
    expect(slide.notes).toContain("Who does what, where:");
    // Written without its drawing (here, outside a browser), the box says in words what the map shows.
    const { slides } = await openPptx({ ...deck, slides: [slide] });
    expect(slides[0]!.text).toContain("Map of the lines of effort, stage 10 July 2025.");
  });

  it("draws each chart step's units as cards with their names in words, never only as a picture", async () => {
    const { slides, zip } = await openPptx(deck);
    expect(Object.keys(zip.files).filter((f) => f.startsWith("ppt/media/") && !zip.files[f]!.dir)).toEqual([]);
    for (const { step, index } of steps.filter((s) => s.step.view === "chart")) {
      const onSlides = deck.slides
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => s.step === index)
        .map(({ i }) => slides[i]!.text)
        .join("\n");
      const units = resolveStage(model, step.stage).units;
      // Every unit of the stage is on the step's slides, each as a rounded rectangle of its own.
      for (const unit of units) expect(onSlides, `${unit.id} in step ${index + 1}`).toContain(unit.shortName.split(" ")[0]);
      const xml = deck.slides.map((s, i) => (s.step === index ? slides[i]!.xml : "")).join("");
      expect(xml.match(/prstGeom prst="roundRect"/g)?.length).toBe(units.length);
    }
    // Status in words on the cards: the HQ is decided, the Kyiv cell planned, the ground force dropped.
    const step4 = deck.slides.findIndex((s) => s.step === steps[3]!.index);
    expect(slides[step4]!.text).toMatch(/Kyiv cell[\s\S]*Planned/);
    expect(slides[step4]!.xml).toContain('prstDash val="dash"');
  });

  it("puts the cards a chart step is about on its first slide, and keeps the July 2025 chart on one slide", () => {
    // Every row of cards was as tall as the tallest card (the HQ's, seven lines): the July chart
    // spilled onto a second slide, and the HQ's and the Kyiv cell's steps showed their own card
    // only on the continued one.
    for (const { step, index } of steps.filter((s) => s.step.view === "chart")) {
      const first = deck.slides.find((s) => s.step === index)!;
      const cards = new Set(first.shapes.flatMap((shape) => (shape.kind === "card" ? [shape.unitId] : [])));
      for (const id of [...(step.zoom ?? []), ...(step.select?.unit ? [step.select.unit] : [])])
        expect(cards.has(id), `${id} on the first slide of step ${index + 1}`).toBe(true);
      if (step.stage === "2025-07")
        expect(deck.slides.filter((s) => s.step === index), `step ${index + 1}`).toHaveLength(1);
    }
    // A row as tall as its own tallest card: the July chart's top row (four lines) is shorter
    // than the HQ's row, and no card's words run past its frame.
    const july = deck.slides.find((s) => s.step === steps.find((x) => x.step.stage === "2025-07")!.index)!;
    const cards = july.shapes.filter((shape) => shape.kind === "card");
    const heights = new Set(cards.map((c) => Math.round(c.h * 100)));
    expect(heights.size).toBeGreaterThan(1);
    for (const card of cards)
      expect(runsHeight(card.paragraphs, card.w - 2 * card.pad), card.unitId).toBeLessThanOrEqual(
        card.h - 2 * card.pad + 1e-6,
      );
  });

  it("puts each step's sources, with grade and address, in its speaker notes", async () => {
    const { slides } = await openPptx(deck);
    for (const { step, index } of steps) {
      const i = deck.slides.findIndex((s) => s.step === index);
      for (const id of step.sources) {
        const source = model.meta.sources.find((s) => s.id === id)!;
        expect(slides[i]!.notes).toContain(sourceEntry(source));
        expect(slides[i]!.notes).toContain(source.url ?? "no web address");
      }
      if (step.notes) expect(slides[i]!.notes).toContain(step.notes);
    }
  });

  it("lists every source of the model, grade and address, on the sources slides", async () => {
    const { slides } = await openPptx(deck);
    const sourceText = deck.slides.map((s, i) => (s.role === "sources" ? slides[i]!.text : "")).join("\n");
    for (const source of model.meta.sources) {
      expect(sourceText).toContain(source.title);
      if (source.url) expect(sourceText).toContain(source.url);
    }
  });

  it("is 16:9 and sets no word below 12 pt", async () => {
    const { zip, slides } = await openPptx(deck);
    const presentation = await zip.file("ppt/presentation.xml")!.async("string");
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
    expect(Number(size[1]) / Number(size[2])).toBeCloseTo(16 / 9, 2);
    const sizes = slides.flatMap((s) => [...s.xml.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100));
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_PT);
    expect(slides.some((s) => s.xml.includes("normAutofit"))).toBe(false);
    for (const slide of deck.slides)
      for (const shape of slide.shapes)
        if (shape.kind !== "line") {
          expect(shape.x).toBeGreaterThanOrEqual(0);
          expect(shape.y).toBeGreaterThanOrEqual(0);
          expect(shape.x + shape.w).toBeLessThanOrEqual(SLIDE_16_9.w + 1e-6);
          expect(shape.y + shape.h).toBeLessThanOrEqual(SLIDE_16_9.h + 1e-6);
        }
  });
});

/** Every word on a deck's cards and text boxes, with its size. */
const runsOf = (deck: Deck) =>
  deck.slides.flatMap((s) => s.shapes.flatMap((shape) => (shape.kind === "line" || shape.kind === "picture" ? [] : shape.paragraphs)));

describe("odd input", () => {
  it("reports a step that points at a missing stage or unit, with its pointer, and keeps the rest", async () => {
    const raw = JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8"));
    raw.story.steps[2].stage = "2030-01";
    raw.story.steps[3].select = { unit: "no-such-unit" };
    const broken = validModel(raw);
    const { deck, problems } = buildStoryDeck(broken);
    expect(problems.map((p) => p.pointer)).toEqual(["/story/steps/2/stage", "/story/steps/3/select/unit"]);
    const shown = deck.slides.filter((s) => s.role === "step" && (!s.part || s.part.n === 1)).map((s) => s.step);
    expect(shown).toEqual([0, 1, 4, 5, 6, 7, 8]);
    const { slides } = await openPptx(deck);
    expect(slides.length).toBe(deck.slides.length);
  });

  it("gives a chart of more than 40 cards the top of its tree and continued slides, at 12 pt or more", () => {
    const raw = minimalModel();
    raw.units = [{ id: "top", name: "Top headquarters", shortName: "Top HQ", kind: "headquarters", status: "decided", description: "The top.", sources: ["src-a"] }];
    for (let b = 0; b < 6; b++) {
      raw.units.push({ id: `branch-${b}`, name: `Branch ${b}`, shortName: `Branch ${b}`, kind: "formation", parent: "top", status: "planned", description: "A branch.", sources: ["src-a"] });
      for (let l = 0; l < 9; l++)
        raw.units.push({ id: `unit-${b}-${l}`, name: `Unit ${b}.${l}`, shortName: `Unit ${b}.${l}`, kind: "task-group", parent: `branch-${b}`, status: l % 3 ? "proposed" : "decided", description: "A unit.", sources: ["src-a"] });
    }
    raw.stages = [{ id: "s1", name: "Stage one", date: "2025-07", summary: "Everything at once.", sources: ["src-a"] }];
    raw.story = { title: "Big", steps: [{ title: "The whole tree", text: "All 61 units.", view: "chart", stage: "s1", sources: ["src-a"] }] };
    const big = validModel(raw);
    const { deck } = buildStoryDeck(big);
    const steps = deck.slides.filter((s) => s.role === "step");
    expect(steps.length).toBeGreaterThan(1);
    expect(steps[0]!.part).toEqual({ n: 1, of: steps.length });
    for (const slide of steps) expect(slide.shapes.filter((s) => s.kind === "card").length).toBeLessThanOrEqual(MAX_CARDS);
    expect(steps.slice(1).every((s) => /\(continued: under .+, \d+ of \d+\)$/.test(s.title))).toBe(true);
    // Every unit is on some slide, once as a card.
    const cards = steps.flatMap((s) => s.shapes.flatMap((shape) => (shape.kind === "card" ? [shape.unitId] : [])));
    expect(new Set(cards).size).toBe(61);
    expect(Math.min(...runsOf(deck).map((r) => r.size))).toBeGreaterThanOrEqual(MIN_PT);
  });

  it("keeps right-to-left and very long names inside their cards, the full name in the notes", () => {
    const raw = minimalModel();
    const long = "Combined Multinational Joint Interagency Logistics Support and Coordination Headquarters Element";
    raw.units = [
      { id: "top", name: "قيادة التحالف المتعددة الجنسيات", shortName: "قيادة التحالف", kind: "headquarters", status: "decided", description: "Right to left.", sources: ["src-a"] },
      // The longest short name the schema allows, as one word: it cannot break between words.
      { id: "long", name: long, shortName: "Interagencylogisticscell", kind: "support-element", parent: "top", status: "planned", description: "Long.", sources: ["src-a"] },
    ];
    raw.stages = [{ id: "s1", name: "Stage one", date: "2025-07", summary: "Two units.", sources: ["src-a"] }];
    raw.story = { title: "Odd names", steps: [{ title: "Names", text: "Two names.", view: "chart", stage: "s1", sources: ["src-a"] }] };
    const { deck } = buildStoryDeck(validModel(raw));
    const slide = deck.slides.find((s) => s.role === "step")!;
    const cards = slide.shapes.filter((s) => s.kind === "card");
    const rtl = cards.find((c) => c.unitId === "top")!;
    expect(rtl.rtl).toBe(true);
    expect(rtl.paragraphs[0]!.text).toBe("قيادة التحالف");
    const longCard = cards.find((c) => c.unitId === "long")!;
    // At most two lines of name, each within the card's width at 12 pt (Arial: ~0.55 em a bold letter).
    const nameRuns = longCard.paragraphs.filter((p) => p.bold && p.color === "14181F");
    expect(nameRuns.length).toBeLessThanOrEqual(2);
    for (const run of nameRuns) expect(run.text.length * run.size * 0.55).toBeLessThanOrEqual((longCard.w - 0.1) * 72);
    expect(nameRuns.at(-1)!.text.endsWith("…")).toBe(true);
    expect(slide.notes).toContain(long);
  });
});

describe("a very deep chain of units", () => {
  it("stops after a dozen slides and says, on the slide and in the notes, how many units it left out", () => {
    const raw = minimalModel();
    raw.units = Array.from({ length: 400 }, (_, i) => ({
      id: `u-${i}`,
      name: `Unit ${i}`,
      shortName: `Unit ${i}`,
      kind: "formation",
      status: "decided",
      description: "A link in a long chain.",
      sources: ["src-a"],
      ...(i ? { parent: `u-${i - 1}` } : {}),
    }));
    raw.stages = [{ id: "s1", name: "Stage one", date: "2025-07", summary: "A chain.", sources: ["src-a"] }];
    raw.story = { title: "Deep", steps: [{ title: "The chain", text: "400 levels.", view: "chart", stage: "s1", sources: ["src-a"] }] };
    const { deck } = buildStoryDeck(validModel(raw));
    const steps = deck.slides.filter((s) => s.role === "step");
    expect(steps.length).toBe(12);
    const drawn = steps.flatMap((s) => s.shapes.filter((x) => x.kind === "card")).length;
    const last = steps.at(-1)!;
    const note = `${400 - drawn} more units of this stage are not drawn`;
    expect(last.notes).toContain(note);
    expect(runsOf({ ...deck, slides: [last] }).map((r) => r.text).join(" ")).toContain(note);
  });
});
