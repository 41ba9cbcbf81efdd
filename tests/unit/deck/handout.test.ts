// The handout (issue 10): the story as a PDF, one page per step, written by jsPDF and read back
// from its uncompressed text, as a reader's search would find it.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { playableStory } from "../../../src/model";
import type { Model } from "../../../src/model";
import { validateModel } from "../../../src/model/validate";
import {
  buildStoryDeck,
  buildViewDeck,
  lineHeight,
  sourceEntry,
  sourceLine,
  wrapToWidth,
} from "../../../src/deck/build-deck";
import { A4_LANDSCAPE, LETTER_LANDSCAPE, MIN_PT } from "../../../src/deck/deck";
import type { CardShape } from "../../../src/deck/deck";
import { stylesToEmbed, winAnsi, writePdf } from "../../../src/deck/write-pdf";
import type { EmbeddedFonts } from "../../../src/deck/write-pdf";
import { sourcesById } from "../../../src/state/selectors";
import { pdfText } from "../../pdf-text";

const checked = validateModel(JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8")));
if (!checked.ok) throw new Error("the default model does not validate");
const model: Model = checked.model;

const pdfOf = (page = A4_LANDSCAPE) =>
  Buffer.from(
    writePdf(buildStoryDeck(model, { page, overflow: "shrink", titleOnFirst: true }).deck, "arraybuffer"),
  ).toString("latin1");

describe("the handout", () => {
  it("has one page per step, the model's title on the first, each step's source line on its page, and every source in full at the end", () => {
    const raw = pdfOf();
    expect(raw.startsWith("%PDF-")).toBe(true);
    const steps = playableStory(model)!.steps;
    const pages = raw.split(/\/Type \/Page\b(?!s)/).length - 1;
    const sourcePages = buildStoryDeck(model, {
      page: A4_LANDSCAPE,
      overflow: "shrink",
      titleOnFirst: true,
    }).deck.slides.filter((s) => s.role === "sources").length;
    expect(sourcePages).toBeGreaterThan(0);
    expect(pages).toBe(steps.length + sourcePages);
    // A PDF has no speaker notes: a cut source line sends the reader to the Sources pages.
    expect(raw).not.toContain("in the notes");
    for (const source of model.meta.sources)
      expect(pdfText(raw)).toContain(winAnsi(source.url ?? "no web address").slice(0, 30));
    const text = pdfText(raw);
    expect(text.indexOf(model.meta.title)).toBeLessThan(text.indexOf(steps[0]!.step.title));
    // The source line may wrap: its first words are on the page, once per step.
    for (const { step } of steps)
      expect(text).toContain(winAnsi(sourceLine(step.sources, sourcesById(model))).slice(0, 40));
    expect(text.match(/^Sources: /gm)?.length).toBe(steps.length);
    for (const name of ["Coalition HQ", "Kyiv cell", "Planned", "Dropped"]) expect(text).toContain(name);
  });

  it("prints a view's whole chart with every card's words whole: the seat, its dates, the condition and the lead nations", () => {
    // "This view as PDF" of the January 2026 chart, the HQ selected: the chart shrinks to fit the page.
    const deck = buildViewDeck(
      model,
      {
        title: "Command structure",
        text: "",
        view: "chart",
        stage: "2026-01",
        sources: [],
        select: { unit: "mnf-u-hq" },
      },
      { page: LETTER_LANDSCAPE, overflow: "shrink", titleOnFirst: true },
    );
    expect(deck.slides).toHaveLength(1); // no sources named, so no Sources page
    const cards = deck.slides[0]!.shapes.filter((s): s is CardShape => s.kind === "card");
    const words = (id: string) => cards.find((c) => c.unitId === id)!.paragraphs.map((r) => r.text);
    expect(words("mnf-u-hq")).toEqual(
      expect.arrayContaining(["Headquarters", "Seat: Paris · next London", "dates assumed", "Lead: FR, GB"]),
    );
    expect(words("ground-force-option")).toContain("Option under discussion");
    expect(words("loe-sea").join(" ")).toMatch(
      /^Sea .*Lead: TR \(planned\), RO \(planned\), BG \(planned\)$/,
    );
    for (const card of cards) {
      for (const text of card.paragraphs.map((r) => r.text)) expect(text, card.unitId).not.toMatch(/…/);
      // Shrunk with its card (read up close), the text keeps its room: all its lines inside the card.
      expect(card.paragraphs[0]!.size).toBeLessThanOrEqual(MIN_PT);
      const height = card.paragraphs.reduce(
        (h, r) => h + wrapToWidth(r.text, card.w - 2 * card.pad, r.size, r.bold).length * lineHeight(r.size),
        0,
      );
      expect(height, card.unitId).toBeLessThanOrEqual(card.h - 2 * card.pad + 0.01);
      // The words stand clear of the frame: 1.8 pt or more inside its line, and below and right
      // of its rounded corner (a corner rounder than the inset ran through the first letter).
      expect(card.pad - card.frame.width / 2 / 72, `${card.unitId}: words to frame`).toBeGreaterThanOrEqual(
        0.025,
      );
      expect(card.pad, `${card.unitId}: words inside the corner`).toBeGreaterThanOrEqual(card.radius);
    }
  });

  it("cuts a title too long for the page's header line with an ellipsis, keeping the date", () => {
    const longTitle = {
      ...model,
      meta: { ...model.meta, title: `${"Multinational Force ".repeat(8)}Ukraine` },
    };
    const deck = buildViewDeck(
      longTitle,
      { title: "Command structure", text: "", view: "chart", stage: "2026-01", sources: [] },
      { page: A4_LANDSCAPE, overflow: "shrink", titleOnFirst: true },
    );
    const header = deck.slides[0]!.shapes.find((s) => s.kind === "text")!;
    const text = header.kind === "text" ? header.paragraphs[0]!.text : "";
    expect(text).toMatch(/^Multinational Force .*… · as of 7 January 2026$/);
    expect(wrapToWidth(text, header.w, 14)).toHaveLength(1);
  });

  it("ends a view's page with its own sources in full, where its cut source line sends the reader", () => {
    const sources = sourcesById(model);
    const view = (ids: string[]) =>
      buildViewDeck(
        model,
        { title: "Command structure", text: "", view: "chart", stage: "2026-01", sources: ids },
        { page: A4_LANDSCAPE, overflow: "shrink", titleOnFirst: true },
      );
    const few = [...sources.keys()].slice(0, 3);
    expect(view(few).slides.map((s) => s.role)).toEqual(["step", "sources"]);
    const listed = view(few).slides[1]!.notes.split("\n");
    expect(listed).toEqual(expect.arrayContaining(few.map((id) => sourceEntry(sources.get(id)!))));
    expect(listed).toHaveLength(few.length);
    // Every source of the model: too many for the page's two-line source line.
    const all = view([...sources.keys()]);
    const footer = all.slides[0]!.shapes.flatMap((s) => (s.kind === "text" ? s.paragraphs : [])).at(-1)!.text;
    expect(footer).toMatch(/^Sources: .*… \(in full on the Sources page\)$/);
    const entries = all.slides.filter((s) => s.role === "sources").flatMap((s) => s.notes.split("\n"));
    expect(entries).toHaveLength(sources.size);
  });

  it("comes in A4 and US Letter, landscape", () => {
    const size = (raw: string) =>
      /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/
        .exec(raw)!
        .slice(1)
        .map((n) => Math.round(Number(n)));
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

  describe("with letters Helvetica lacks", () => {
    // The default model's handout needs no font of its own: nothing is downloaded for it.
    it("embeds no font for the default model", () => {
      const { deck } = buildStoryDeck(model, { page: A4_LANDSCAPE, overflow: "shrink", titleOnFirst: true });
      expect(stylesToEmbed(deck)).toEqual([]);
      expect(pdfOf()).not.toContain("/FontFile2");
    });

    // A model of one's own, with Ukrainian, Polish and Greek names on its cards.
    const renamed = structuredClone(model);
    const rename = (id: string, shortName: string) => {
      for (const stage of renamed.stages)
        for (const unit of stage.add?.units ?? []) if (unit.id === id) unit.shortName = shortName;
      for (const unit of renamed.units) if (unit.id === id) unit.shortName = shortName;
    };
    rename("kyiv-cell", "Комірка Київ");
    rename("mnf-u-hq", "Sztab Łódź");
    rename("loe-air", "Αέρας");
    const font = (file: string) =>
      readFileSync(`node_modules/dejavu-fonts-ttf/ttf/${file}.ttf`).toString("latin1");
    const fonts: EmbeddedFonts = {
      normal: font("DejaVuSansCondensed"),
      bold: font("DejaVuSansCondensed-Bold"),
      italic: font("DejaVuSansCondensed-Oblique"),
      bolditalic: font("DejaVuSansCondensed-BoldOblique"),
    };

    it("sets them in the embedded font, every letter as written", () => {
      const { deck } = buildStoryDeck(renamed, {
        page: A4_LANDSCAPE,
        overflow: "shrink",
        titleOnFirst: true,
      });
      const styles = stylesToEmbed(deck);
      expect(styles).toEqual(expect.arrayContaining(["normal", "bold"]));
      const only = Object.fromEntries(styles.map((style) => [style, fonts[style]]));
      const raw = Buffer.from(writePdf(deck, "arraybuffer", only)).toString("latin1");
      expect(raw).toContain("/BaseFont /DejaVuSansCondensed");
      const text = pdfText(raw);
      for (const name of ["Комірка Київ", "Sztab Łódź", "Αέρας", model.meta.title, "Planned"])
        expect(text, name).toContain(name);
      // No letter lost: as many "?" as the default model's handout has (in its web addresses).
      const questionMarks = (t: string) => t.split("?").length - 1;
      expect(questionMarks(text)).toBe(questionMarks(pdfText(pdfOf())));
      expect(text).not.toContain("\uFFFD");
    });

    it("writes a letter the embedded font lacks as ?, not as a blank box", () => {
      const deck = buildStoryDeck(renamed, {
        page: A4_LANDSCAPE,
        overflow: "shrink",
        titleOnFirst: true,
      }).deck;
      const withHan = {
        ...deck,
        slides: [
          {
            ...deck.slides[0]!,
            shapes: [
              {
                kind: "text" as const,
                x: 1,
                y: 1,
                w: 6,
                h: 1,
                paragraphs: [{ text: "Київ 指挥部", size: 14 }],
              },
            ],
          },
        ],
      };
      const unwritten = new Set<string>();
      const text = pdfText(
        Buffer.from(writePdf(withHan, "arraybuffer", { normal: fonts.normal }, unwritten)).toString("latin1"),
      );
      expect(text).toContain("Київ ???");
      // The download's note names them (download.ts).
      expect([...unwritten]).toEqual(["指", "挥", "部"]);
    });
  });
});
