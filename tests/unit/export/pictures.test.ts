// @vitest-environment jsdom
// The chart, map and matrix pictures come from the screen's own layout functions: every card the
// screen lays out, every nation the matrix lists, the map's labels; and the file names say what and when.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CARD, layoutTree } from "../../../src/layout/tree";
import { buildMatrix } from "../../../src/layout/map-matrix";
import { mapLayers } from "../../../src/layout/map-scene";
import { prepareAtlas, MAP_DOMAINS } from "../../../src/layout/map";
import { seatDate } from "../../../src/layout/rotation";
import { isWeaklySourced } from "../../../src/model";
import { chartLegend, chartPicture } from "../../../src/export/chart-svg";
import { cardDecorations } from "../../../src/views/chart/card-decorations";
import type { ChartPictureInput } from "../../../src/export/chart-svg";
import { mapLegend, mapPicture } from "../../../src/export/map-svg";
import { matrixLegend, matrixPicture } from "../../../src/export/matrix-svg";
import { matrixCsv, csvField } from "../../../src/export/csv";
import { exportFileName, modelSlug } from "../../../src/export/filename";
import { pngDimensions, pngPixelSize } from "../../../src/export/png";
import { paletteFor } from "../../../src/export/palette";
import { cardWords } from "../../../src/views/chart/UnitCard";
import { el } from "../../../src/export/svg";
import { shownAt } from "./default-model";
import { exportedModel } from "../../../src/export/export-file";
import { shownModelOf } from "../../../src/views/app/shown-model";
import { removalModel, validModel } from "../model/builders";

const palette = paletteFor("light");
const shown = shownAt("2026-01");
const parse = (svgFragment: string) => {
  const doc = new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${svgFragment}</svg>`,
    "image/svg+xml",
  );
  expect(doc.querySelector("parsererror")).toBeNull();
  return doc;
};

function chartInput(expanded: Set<string>, patch: Partial<ChartPictureInput> = {}): ChartPictureInput {
  const layout = layoutTree(shown.index.roots, shown.index.children, expanded, "top-down");
  return {
    layout,
    index: shown.index,
    relations: shown.resolved.relations,
    hiddenRelations: new Set(),
    decorations: cardDecorations(layout, shown.model, shown.stageId, shown.index, null),
    isWeak: (unit) => isWeaklySourced(unit.sources, shown.sources),
    symbol: () => "data:image/svg+xml,%3Csvg/%3E",
    flag: () => null,
    palette,
    ...patch,
  };
}

describe("chartPicture", () => {
  const all = new Set(shown.index.children.keys());

  it("draws every card the screen lays out, with its name and status in words", () => {
    const input = chartInput(all);
    const doc = parse(chartPicture(input).svg);
    const words = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    // The card's own words on screen (cardWords), shortened the same way.
    for (const card of input.layout.cards) expect(words).toContain(cardWords(card.unit, null).name);
    expect(words.filter((w) => w === "Planned").length).toBe(
      input.layout.cards.filter((c) => c.unit.status === "planned").length,
    );
    expect(words).toContain("Seat: Paris · next London");
  });

  it("sets a right-to-left name from its card's right, as the screen does", () => {
    const rtl = shownModelOf(
      validModel(JSON.parse(readFileSync("tests/fixtures/hostile/rtl-names.json", "utf8"))),
      {
        stage: null,
        hideWeak: false,
        statuses: [],
        compare: null,
      },
    );
    const layout = layoutTree(
      rtl.index.roots,
      rtl.index.children,
      new Set(rtl.index.children.keys()),
      "top-down",
    );
    const doc = parse(
      chartPicture(
        chartInput(new Set(), {
          layout,
          index: rtl.index,
          relations: [],
          decorations: cardDecorations(layout, rtl.model, rtl.stageId, rtl.index, null),
        }),
      ).svg,
    );
    const name = (words: string) =>
      [...doc.querySelectorAll("text")].find((t) => t.textContent?.includes(words))!;
    const arabic = name("مقر");
    expect(arabic.getAttribute("direction")).toBe("rtl");
    // Its start (the right end, in right-to-left text) at the right of the card, not beside the symbol.
    expect(Number(arabic.getAttribute("x"))).toBeGreaterThan(CARD.w / 2);
    // A left-to-right name keeps its place beside the symbol.
    const latin = name("evil");
    expect(latin.getAttribute("direction")).toBeNull();
    expect(Number(latin.getAttribute("x"))).toBeLessThan(CARD.w / 2);
  });

  it("shows only the open branches, and marks a closed one with +", () => {
    const top = new Set(shown.index.roots.map((u) => u.id));
    const input = chartInput(top);
    const doc = parse(chartPicture(input).svg);
    const cardGroups = [...doc.querySelectorAll("g[transform] > title")].filter((t) =>
      /: (Decided|Planned|Proposed|Dropped|Reported)$/.test(t.textContent ?? ""),
    );
    expect(cardGroups.length).toBe(input.layout.cards.length);
    expect([...doc.querySelectorAll("text")].some((t) => t.textContent === "+")).toBe(true);
  });

  it("leaves out relation kinds switched off on screen, in the picture and its key", () => {
    const kind = shown.resolved.relations[0]!.kind;
    const shownKinds = chartLegend(chartInput(all)).map((i) => i.label);
    const hidden = chartInput(all, { hiddenRelations: new Set([kind]) });
    const labels = chartLegend(hidden).map((i) => i.label);
    expect(shownKinds.length).toBeGreaterThan(labels.length);
    expect(chartPicture(hidden).svg.match(/<path[^>]*marker-end/g)?.length ?? 0).toBe(
      shown.resolved.relations.filter((r) => r.kind !== kind).length,
    );
  });

  it("keys the frames by status and the hollow lines of our reading", () => {
    const labels = chartLegend(chartInput(all)).map((i) => i.label);
    expect(labels).toContain("Part of (tree)");
    expect(labels).toContain("Planned (frame)");
    expect(labels.some((l) => l.startsWith("Hollow line: our reading"))).toBe(true);
  });
});

describe("mapPicture", () => {
  const topology = JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, "../../../node_modules/world-atlas/countries-50m.json"),
      "utf8",
    ),
  );
  const atlas = prepareAtlas(topology);
  const input = {
    atlas,
    layers: mapLayers(shown.resolved, shown.index, null, seatDate(shown.model, shown.stageId)),
    width: 1200,
    height: 820,
    domains: new Set(MAP_DOMAINS),
    palette,
  };

  it("draws the screen's scene at the picture's size: Ukraine, the ports, the notional lane, clipped to its frame", () => {
    const piece = mapPicture(input);
    expect([piece.width, piece.height]).toEqual([1200, 820]);
    const doc = parse(piece.svg);
    const words = [...doc.querySelectorAll("text, tspan")].map((t) => t.textContent).join(" ");
    for (const word of ["Ukraine", "Odesa", "Paris", "London", "not an official route"])
      expect(words).toContain(word);
    expect(doc.querySelector("clipPath rect")?.getAttribute("width")).toBe("1200");
  });

  it("keys every role it colours, with the nations, and the notional lines", () => {
    const labels = mapLegend(input).map((i) => i.label);
    expect(labels).toContain("Lead: France, United Kingdom");
    expect(labels).toContain("Sea lane: notional, not an official route");
    // The United States' colour is nowhere on the picture: its key says why.
    expect(labels).toContain("Monitoring lead: United States (off this map)");
  });
});

describe("matrixPicture and matrixCsv", () => {
  const matrix = buildMatrix(shown.resolved, shown.index);

  it("the picture has a row per named nation and the unnamed members", () => {
    const doc = parse(matrixPicture(matrix, palette).svg);
    const words = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    for (const nation of shown.resolved.nations) expect(words).toContain(nation.name);
    expect(words).toContain("Members not named in");
    expect(matrixLegend(matrix, palette).map((i) => i.label)).toContain("Planned");
  });

  it("the CSV has a header and one row per nation, roles in words and sources with grades", () => {
    const csv = matrixCsv(matrix, shown.sources);
    expect(csv.startsWith("\uFEFFNation,ISO code,")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines.length).toBe(1 + shown.resolved.nations.length);
    const france = lines.find((l) => l.startsWith("France,FR,"))!;
    expect(france).toContain("Lead (decided)");
    expect(france).toMatch(/\((official|wire|press|analysis|aggregator)\)/);
  });

  it("quotes fields as RFC 4180 says", () => {
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });
});

describe("file names", () => {
  it("say what and when", () => {
    const input = { modelTitle: "Multinational Force Ukraine (MNF-U)", when: "2026-01" };
    expect(exportFileName({ ...input, subject: "chart", format: "svg" })).toBe("mnf-u-chart-2026-01.svg");
    expect(exportFileName({ ...input, subject: "map", format: "png" })).toBe("mnf-u-map-2026-01.png");
    expect(exportFileName({ ...input, subject: "chart", format: "social" })).toBe(
      "mnf-u-chart-2026-01-social.png",
    );
    expect(exportFileName({ ...input, subject: "matrix", format: "csv" })).toBe("mnf-u-matrix-2026-01.csv");
  });
  it("fall back to the title's first words, in plain letters", () => {
    expect(modelSlug("Força Conjunta do Atlântico Sul")).toBe("forca-conjunta-do-atlantico");
    expect(modelSlug("???")).toBe("model");
  });
  it("keep every letter: Polish ł, Greek and Chinese titles are named by their own words", () => {
    expect(modelSlug("Siły Zbrojne RP")).toBe("sily-zbrojne-rp");
    expect(modelSlug("Σχέδιο Ειρήνης")).toBe("σχεδιο-ειρηνης");
    expect(modelSlug("乌克兰多国部队 (多国部队)")).toBe("多国部队");
    expect(modelSlug("한국 연합군")).toBe("한국-연합군");
    expect(
      exportFileName({ modelTitle: "Øresund Straße", subject: "map", when: "2026-01", format: "png" }),
    ).toBe("oresund-strasse-map-2026-01.png");
  });
});

describe("PNG sizes", () => {
  it("are twice the picture, or exactly 1200 × 675 for social media", () => {
    expect(pngPixelSize({ width: 948, height: 512.4 }, "2x")).toEqual({ width: 1896, height: 1025 });
    expect(pngPixelSize({ width: 948, height: 512 }, "social")).toEqual({ width: 1200, height: 675 });
  });
  it("are read back from a PNG's header", () => {
    const header = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 4, 176, 0, 0, 2, 163,
    ]);
    expect(pngDimensions(header)).toEqual({ width: 1200, height: 675 });
    expect(() => pngDimensions(new Uint8Array(30))).toThrow(/not a PNG/);
  });
});

it("el leaves out empty attributes", () =>
  expect(el("rect", { a: undefined, b: null, c: 0 })).toBe('<rect c="0"/>'));

describe("exportedModel", () => {
  const filters = { domains: [], nations: [], statuses: [], hideWeak: false };

  it("in compare mode, pictures the later stage alone: a removed unit is not passed off as current", () => {
    const model = validModel(removalModel());
    const comparing = shownModelOf(model, {
      stage: null,
      hideWeak: false,
      statuses: [],
      compare: "early..late",
    });
    expect(comparing.resolved.units.map((u) => u.id)).toContain("team"); // on screen, as a ghost card
    const pictured = exportedModel(comparing, { filters });
    expect(pictured.comparison).toBeNull();
    expect(pictured.stageId).toBe("late");
    expect(pictured.resolved.units.map((u) => u.id)).not.toContain("team");
    expect(pictured.resolved.roles.map((r) => r.id)).not.toContain("fr-team");
    const csv = matrixCsv(buildMatrix(pictured.resolved, pictured.index), pictured.sources);
    expect(csv).not.toContain("Liaison team");
  });

  it("outside compare mode, is what the screen shows", () => {
    const onScreen = shownModelOf(shown.model, {
      stage: "2026-01",
      hideWeak: false,
      statuses: [],
      compare: null,
    });
    expect(exportedModel(onScreen, { filters })).toBe(onScreen);
  });
});
