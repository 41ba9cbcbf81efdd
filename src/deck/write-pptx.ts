// A deck (deck.ts) as a PowerPoint file, with pptxgenjs: every card is a rounded rectangle with
// its own words, every line a line shape, so a briefer can move, restyle and retype them.
// Loaded only when a deck is asked for (pptxgenjs is not in the first load).
import PptxGenJS from "pptxgenjs";
import type { Deck, LineShape, PictureShape, Run, TextShape, CardShape } from "./deck";

/** A font every PowerPoint has; the builder's widths are measured for a wider one, so words fit. */
export const DECK_FONT = "Arial";

const textRuns = (runs: readonly Run[]): PptxGenJS.TextProps[] =>
  runs.map((r, i) => ({
    text: r.text,
    options: {
      fontSize: r.size,
      bold: r.bold ?? false,
      italic: r.italic ?? false,
      color: r.color,
      breakLine: i < runs.length - 1,
      ...(r.spaceAfter ? { paraSpaceAfter: r.spaceAfter } : {}),
    },
  }));

function addText(slide: PptxGenJS.Slide, shape: TextShape) {
  slide.addText(textRuns(shape.paragraphs), {
    x: shape.x,
    y: shape.y,
    w: shape.w,
    h: shape.h,
    fontFace: DECK_FONT,
    align: shape.rtl ? "right" : (shape.align ?? "left"),
    valign: shape.valign ?? "top",
    rtlMode: shape.rtl ?? false,
    margin: 0,
    // Words are sized to fit by the builder; PowerPoint must not shrink them below 12 pt.
    fit: "none",
    wrap: true,
  });
}

function addCard(pptx: PptxGenJS, slide: PptxGenJS.Slide, card: CardShape) {
  slide.addText(textRuns(card.paragraphs), {
    shape: pptx.ShapeType.roundRect,
    x: card.x,
    y: card.y,
    w: card.w,
    h: card.h,
    rectRadius: card.radius,
    fill: { color: card.fill },
    line: { color: card.frame.color, width: card.frame.width, dashType: card.frame.dash },
    fontFace: DECK_FONT,
    align: card.rtl ? "right" : "left",
    rtlMode: card.rtl ?? false,
    valign: "top",
    margin: card.pad * 72,
    fit: "none",
    wrap: true,
    objectName: `Card ${card.unitId}`,
  });
}

/** A polyline as straight line shapes, one per leg; the arrowhead on the last. */
function addLine(pptx: PptxGenJS, slide: PptxGenJS.Slide, line: LineShape) {
  for (let i = 1; i < line.points.length; i++) {
    const [x1, y1] = line.points[i - 1]!;
    const [x2, y2] = line.points[i]!;
    if (Math.hypot(x2 - x1, y2 - y1) < 0.005) continue;
    slide.addShape(pptx.ShapeType.line, {
      x: Math.min(x1, x2),
      y: Math.min(y1, y2),
      w: Math.abs(x2 - x1),
      h: Math.abs(y2 - y1),
      flipH: x2 < x1,
      flipV: y2 < y1,
      line: {
        color: line.color,
        width: line.width,
        dashType: line.dash,
        endArrowType: line.arrow && i === line.points.length - 1 ? "triangle" : undefined,
      },
      objectName: line.label,
    });
  }
}

/** A drawn picture with its alternative text; one not drawn (pictures.ts) says in words what it shows. */
function addPicture(slide: PptxGenJS.Slide, picture: PictureShape) {
  const { x, y, w, h } = picture;
  if (picture.png) slide.addImage({ data: picture.png, x, y, w, h, altText: picture.alt, objectName: "Map" });
  else addText(slide, { kind: "text", x, y, w, h, paragraphs: [{ text: picture.alt, size: 14, color: "14181F" }] });
}

export type PptxOutput = "blob" | "uint8array";

/** The deck as a .pptx file: a Blob in the browser, bytes in tests. */
export async function writePptx(deck: Deck, output: "blob"): Promise<Blob>;
export async function writePptx(deck: Deck, output: "uint8array"): Promise<Uint8Array>;
export async function writePptx(deck: Deck, output: PptxOutput): Promise<Blob | Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: "COMMAND_ATLAS", width: deck.page.w, height: deck.page.h });
  pptx.layout = "COMMAND_ATLAS";
  pptx.title = deck.title;
  pptx.company = "Command Atlas";
  for (const page of deck.slides) {
    const slide = pptx.addSlide();
    // Lines first, so cards sit on top of the links that meet them.
    for (const shape of page.shapes) if (shape.kind === "line") addLine(pptx, slide, shape);
    for (const shape of page.shapes) {
      if (shape.kind === "text") addText(slide, shape);
      else if (shape.kind === "card") addCard(pptx, slide, shape);
      else if (shape.kind === "picture") addPicture(slide, shape);
    }
    slide.addNotes(page.notes);
  }
  return (await pptx.write({ outputType: output, compression: true })) as Blob | Uint8Array;
}
