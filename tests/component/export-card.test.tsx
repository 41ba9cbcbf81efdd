// @vitest-environment jsdom
// An exported chart's card says what the card on screen says, in the same places: the words come
// from cardWords and the symbol's box from symbolSize on both, whether or not milsymbol has loaded.
import { describe, expect, it } from "vitest";
import { layoutTree } from "../../src/layout/tree";
import { isWeaklySourced } from "../../src/model";
import { chartPicture } from "../../src/export/chart-svg";
import { cardDecorations } from "../../src/views/chart/card-decorations";
import type { ChartPictureInput } from "../../src/export/chart-svg";
import { paletteFor } from "../../src/export/palette";
import { renderCard } from "./render-card";
import { symbolSize, unitSidc } from "../../src/symbols/sidc";
import { shownAt } from "../unit/export/default-model";

const shown = shownAt("2026-01");
const layout = layoutTree(
  shown.index.roots,
  shown.index.children,
  new Set(shown.index.children.keys()),
  "top-down",
);
const decorations = cardDecorations(layout, shown.model, shown.stageId, shown.index, null);
const isWeak = (unit: Parameters<ChartPictureInput["isWeak"]>[0]) =>
  isWeaklySourced(unit.sources, shown.sources);

function picture(symbol: ChartPictureInput["symbol"]) {
  const svg = chartPicture({
    layout,
    index: shown.index,
    relations: shown.resolved.relations,
    hiddenRelations: new Set(),
    decorations,
    isWeak,
    symbol,
    flag: () => null,
    palette: paletteFor("light"),
  }).svg;
  return new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${svg}</svg>`,
    "image/svg+xml",
  );
}

/** A card group in the picture, found by its title (the unit's full name and status). */
function pictureCard(doc: Document, unitName: string) {
  const title = [...doc.querySelectorAll("g > title")].find((t) =>
    t.textContent?.startsWith(`${unitName}: `),
  );
  return title!.parentElement!;
}

/** The words a card draws, top to bottom, and the x of its name (the toggle's − and + aside). */
function wordsOf(group: Element) {
  const texts = [...group.querySelectorAll("text")].filter((t) => !/^[+−]$/.test(t.textContent ?? ""));
  return { words: texts.map((t) => t.textContent), nameX: Number(texts[0]!.getAttribute("x")) };
}

function screenCard(card: (typeof layout.cards)[number]) {
  const { container } = renderCard(card, {
    leadNations: decorations.flags.get(card.id) ?? [],
    seat: decorations.seats.get(card.id) ?? null,
    weak: isWeak(card.unit),
  });
  return container.querySelector("g.chart-card")!;
}

describe("an exported chart card", () => {
  const withSymbols = picture(() => "data:image/svg+xml,%3Csvg/%3E");
  const withoutSymbols = picture(() => null);

  it("draws the same words as the card on screen, for every card of the default model", () => {
    for (const card of layout.cards) {
      const screen = wordsOf(screenCard(card));
      expect(wordsOf(pictureCard(withSymbols, card.unit.name)).words, card.id).toEqual(screen.words);
    }
    // The seat, a weak sourcing and a condition are among them.
    const all = layout.cards.flatMap((card) => wordsOf(pictureCard(withSymbols, card.unit.name)).words);
    expect(all).toContain("Seat: Paris · next London");
  });

  it("puts the name beside a symbol box as wide as symbolSize says, as the screen does, symbol or not", () => {
    for (const card of layout.cards) {
      const size = symbolSize(unitSidc(card.unit));
      // UnitCard: a symbol box 36 px high, the name 18 px to its right.
      const expected = (size.width / size.height) * 36 + 18;
      expect(wordsOf(screenCard(card)).nameX).toBeCloseTo(expected);
      expect(wordsOf(pictureCard(withSymbols, card.unit.name)).nameX, card.id).toBeCloseTo(expected);
      expect(wordsOf(pictureCard(withoutSymbols, card.unit.name)).nameX, card.id).toBeCloseTo(expected);
      const image = pictureCard(withSymbols, card.unit.name).querySelector("image");
      expect(Number(image?.getAttribute("width"))).toBeCloseTo(expected - 18);
    }
  });
});
