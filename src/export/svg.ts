// SVG as text, for exports: a tiny element writer, the document around a picture (its embedded
// font, title and description), and the frame every exported image shares: title, stage and
// "as of", the picture, its legend, the source line and the credit. Pure functions: no DOM.
import { estimateTextWidth } from "../layout/map-labels";
import type { Palette } from "./palette";
import { paint } from "./palette";

export type Attrs = Record<string, string | number | undefined | null | false>;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const number = (n: number) => String(Math.round(n * 100) / 100);

/** One element: attributes with a false, null or undefined value are left out. */
export function el(tag: string, attrs: Attrs = {}, ...children: string[]): string {
  const written = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? number(v) : escapeXml(String(v))}"`)
    .join("");
  return children.length ? `<${tag}${written}>${children.join("")}</${tag}>` : `<${tag}${written}/>`;
}

/** Text stays text: a reader can select, search and translate it, and editors can change it. */
export function text(x: number, y: number, content: string, attrs: Attrs = {}): string {
  return el("text", { x, y, ...attrs }, escapeXml(content));
}

/** A drawn piece (the chart, the map, the table): its size and its markup, drawn from (0, 0). */
export type SvgPiece = { width: number; height: number; svg: string };

/** A font embedded in the file, so the picture looks the same on every machine. */
export type EmbeddedFont = {
  family: string;
  style: string;
  weight: string;
  /** A data: URL of the font file. */
  src: string;
  format: string;
  unicodeRange?: string;
};

export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
  return fonts
    .map(
      (f) =>
        `@font-face{font-family:"${f.family.replace(/"/g, "")}";font-style:${f.style};font-weight:${f.weight};` +
        `src:url("${f.src}") format("${f.format}");${f.unicodeRange ? `unicode-range:${f.unicodeRange};` : ""}}`,
    )
    .join("");
}

export type DocumentInput = {
  width: number;
  height: number;
  /** Read by screen readers and shown by file browsers. */
  title: string;
  description: string;
  background: string;
  fontFamily: string;
  fonts: readonly EmbeddedFont[];
  content: string;
};

export function svgDocument(d: DocumentInput): string {
  const style = d.fonts.length ? el("style", {}, fontFaceCss(d.fonts)) : "";
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      "svg",
      {
        xmlns: "http://www.w3.org/2000/svg",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        width: d.width,
        height: d.height,
        viewBox: `0 0 ${number(d.width)} ${number(d.height)}`,
        role: "img",
        "aria-labelledby": "export-title export-desc",
        "font-family": d.fontFamily,
      },
      el("title", { id: "export-title" }, escapeXml(d.title)),
      el("desc", { id: "export-desc" }, escapeXml(d.description)),
      style,
      el("rect", { width: d.width, height: d.height, ...paint(d.background, "fill") }),
      d.content,
    )
  );
}

/** Splits text into lines that fit a width at a font size (estimated, as the map's labels are). */
export function wrapText(content: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const width = (s: string) => estimateTextWidth(s, fontSize) * (bold ? 1.08 : 1);
  const lines: string[] = [];
  let line = "";
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** One entry of a picture's key: a small mark (drawn in a 28 × 14 box) and its words. */
export type LegendItem = { mark: string; label: string };

export type FrameInput = {
  title: string;
  /** "Org chart · Stage: January 2026 · As of 7 January 2026". */
  subtitle: string;
  body: SvgPiece;
  legend: readonly LegendItem[];
  sourceLine: string;
  /** The smallest print: where it comes from and under which licence. */
  credit: string;
  palette: Palette;
  fontFamily: string;
  fonts: readonly EmbeddedFont[];
  /** A fixed size (the 1200 × 675 social picture): the body is scaled into what is left. */
  size?: { width: number; height: number };
  /** For the SVG's description: what the picture shows, in words. */
  description: string;
};

const MARGIN = 24;
const GAP = 14;
const TYPE = { title: 26, subtitle: 15, legend: 13, sources: 12.5, credit: 11.5 };
const LINE = 1.3;
/** A picture of natural size is never narrower than this (the header must fit) nor wider. */
const MIN_WIDTH = 720;
const MAX_WIDTH = 2400;
/**
 * Nor is its body taller: a tall chart is scaled down instead, so that its 2× PNG stays within
 * what a browser's canvas can hold (about 268 million pixels, 32,767 px a side).
 */
const MAX_BODY_HEIGHT = 6000;

/** The legend's items in rows, each item its mark then its words; `column`: a narrow key. */
function layoutLegend(items: readonly LegendItem[], maxWidth: number, column = false) {
  const placed: { item: LegendItem; x: number; row: number; lines: string[] }[] = [];
  let x = 0;
  let row = 0;
  const rowHeights: number[] = [];
  for (const item of items) {
    // A long label wraps inside a column at most half the width (a narrow key's whole width).
    const labelWidth = Math.min(
      estimateTextWidth(item.label, TYPE.legend),
      column ? maxWidth - 56 : maxWidth / 2 - 40,
    );
    const lines = wrapText(item.label, TYPE.legend, Math.max(120, labelWidth + 1));
    const w = 34 + Math.max(...lines.map((l) => estimateTextWidth(l, TYPE.legend))) + 22;
    if (x > 0 && x + w > maxWidth) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row, lines });
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, lines.length * TYPE.legend * LINE + 4);
    x += w;
  }
  const rowTops = rowHeights.reduce<number[]>(
    (tops, _h, i) => [...tops, i === 0 ? 0 : tops[i - 1]! + rowHeights[i - 1]!],
    [],
  );
  const height = rowHeights.reduce((a, b) => a + b, 0);
  return { placed, rowTops, height };
}

/** Where a picture's key goes: under the body, or (a fixed-size picture) in a column beside it. */
type KeyPlace = "below" | "beside";
const KEY_COLUMN = 300;

/** The words around a picture's body, laid out for a picture `width` wide. */
function frameWords(f: Omit<FrameInput, "body">, width: number, key: KeyPlace = "below") {
  const inner = width - 2 * MARGIN;
  const titleLines = wrapText(f.title, TYPE.title, inner, true);
  const subtitleLines = wrapText(f.subtitle, TYPE.subtitle, inner);
  const legend = key === "beside" ? layoutLegend(f.legend, KEY_COLUMN, true) : layoutLegend(f.legend, inner);
  const sourceLines = wrapText(f.sourceLine, TYPE.sources, inner);
  const creditLines = wrapText(f.credit, TYPE.credit, inner);
  const headerHeight = titleLines.length * TYPE.title * LINE + subtitleLines.length * TYPE.subtitle * LINE;
  const footerHeight =
    (key === "below" && legend.height ? legend.height + GAP : 0) +
    sourceLines.length * TYPE.sources * LINE +
    creditLines.length * TYPE.credit * LINE +
    4;
  const fixedHeight = MARGIN + headerHeight + GAP + GAP + footerHeight + MARGIN;
  const bodyWidth = key === "beside" ? inner - KEY_COLUMN - 2 * GAP : inner;
  return { key, inner, bodyWidth, titleLines, subtitleLines, legend, sourceLines, creditLines, fixedHeight };
}

export type Size = { width: number; height: number };

/**
 * A fixed-size picture's words, the key under the body or beside it, whichever lets a body of
 * `shape` be drawn larger (beside only where the key fits the body's height): a wide chart keeps
 * its key below, a map in a 1200 × 675 picture gets the height a key below would take.
 */
function fixedLayout(f: Omit<FrameInput, "body">, size: Size, shape: Size) {
  const layouts = (["below", "beside"] as const).map((key) => {
    const words = frameWords(f, size.width, key);
    const room = { width: words.bodyWidth, height: Math.max(40, size.height - words.fixedHeight) };
    const scale = Math.min(room.width / Math.max(1, shape.width), room.height / Math.max(1, shape.height));
    return { ...words, room, scale };
  });
  const [below, beside] = layouts as [(typeof layouts)[0], (typeof layouts)[0]];
  return beside.legend.height <= beside.room.height && beside.scale > below.scale ? beside : below;
}

/**
 * The room a fixed-size picture (the social one) leaves a body of `shape`, at scale 1: a body
 * drawn to this size keeps its words at their own size, where a bigger one is shrunk to fit.
 */
export function bodyRoom(f: Omit<FrameInput, "body"> & { size: Size }, shape: Size): Size {
  return fixedLayout(f, f.size, shape).room;
}

/** The whole picture: header, the body scaled to fit, legend, sources, credit. */
export function framePicture(f: FrameInput): { svg: string; width: number; height: number } {
  const p = f.palette;
  const width = f.size?.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, f.body.width + 2 * MARGIN));
  const { key, bodyWidth, titleLines, subtitleLines, legend, sourceLines, creditLines, fixedHeight } = f.size
    ? fixedLayout(f, f.size, f.body)
    : frameWords(f, width);
  const naturalScale = Math.min(
    1,
    bodyWidth / Math.max(1, f.body.width),
    MAX_BODY_HEIGHT / Math.max(1, f.body.height),
  );
  const scale = f.size
    ? Math.min(
        bodyWidth / Math.max(1, f.body.width),
        Math.max(40, f.size.height - fixedHeight) / Math.max(1, f.body.height),
        2,
      )
    : naturalScale;
  const bodyHeight = f.size ? Math.max(40, f.size.height - fixedHeight) : f.body.height * scale;
  const height = f.size?.height ?? Math.ceil(fixedHeight + bodyHeight);

  const parts: string[] = [];
  let y = MARGIN;
  titleLines.forEach((line) => {
    y += TYPE.title;
    parts.push(text(MARGIN, y, line, { "font-size": TYPE.title, "font-weight": 700, fill: p.ink }));
    y += TYPE.title * (LINE - 1);
  });
  subtitleLines.forEach((line) => {
    y += TYPE.subtitle;
    parts.push(text(MARGIN, y, line, { "font-size": TYPE.subtitle, fill: p["ink-soft"] }));
    y += TYPE.subtitle * (LINE - 1);
  });
  y += GAP;
  // The body, scaled to the width (and, at a fixed size, to the height left), centred.
  const drawnW = f.body.width * scale;
  const drawnH = f.body.height * scale;
  const bx = MARGIN + (bodyWidth - drawnW) / 2;
  const by = y + (bodyHeight - drawnH) / 2;
  parts.push(
    el("g", { transform: `translate(${number(bx)} ${number(by)}) scale(${number(scale)})` }, f.body.svg),
  );
  /** The key from its top left corner. */
  const drawKey = (left: number, keyTop: number) => {
    for (const { item, x, row, lines } of legend.placed) {
      const top = keyTop + legend.rowTops[row]!;
      parts.push(
        el("g", { transform: `translate(${number(left + x)} ${number(top)})` }, item.mark),
        ...lines.map((line, i) =>
          text(left + x + 34, top + 11 + i * TYPE.legend * LINE, line, {
            "font-size": TYPE.legend,
            fill: p.ink,
          }),
        ),
      );
    }
  };
  // Beside the body: level with the drawn body's top.
  if (key === "beside") drawKey(MARGIN + bodyWidth + 2 * GAP, by);
  y += bodyHeight + GAP;
  if (key === "below" && legend.height) {
    drawKey(MARGIN, y);
    y += legend.height + GAP;
  }
  sourceLines.forEach((line) => {
    y += TYPE.sources;
    parts.push(text(MARGIN, y, line, { "font-size": TYPE.sources, fill: p.ink, class: "source-line" }));
    y += TYPE.sources * (LINE - 1);
  });
  creditLines.forEach((line) => {
    y += TYPE.credit;
    parts.push(text(MARGIN, y, line, { "font-size": TYPE.credit, fill: p["ink-soft"] }));
    y += TYPE.credit * (LINE - 1);
  });
  return {
    width,
    height,
    svg: svgDocument({
      width,
      height,
      title: f.title,
      description: f.description,
      background: p.paper,
      fontFamily: f.fontFamily,
      fonts: f.fonts,
      content: parts.join(""),
    }),
  };
}
