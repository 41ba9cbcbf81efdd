// A deck (deck.ts) as a vector PDF handout, with jsPDF: the same pages as the slides, drawn as
// paths and real text, so words stay selectable and searchable and the chart zooms sharply.
// Loaded only when a handout is asked for (jsPDF is not in the first load).
//
// Fonts: jsPDF embeds TrueType fonts only, and the app ships Atkinson Hyperlegible Next as
// WOFF2 alone, so the handout is set in the PDF standard font Helvetica, which every PDF reader
// has built in (not embedded). Its character set is Windows-1252: Latin letters outside it lose
// their accent here ("Łódź" as "Lódz"), letters of other scripts (Arabic, Hebrew, Cyrillic…) are
// written as "?"; the deck and the app keep them.
import { jsPDF } from "jspdf";
import type { CardShape, Dash, Deck, LineShape, PictureShape, Run, TextShape } from "./deck";
import { lineHeight } from "./build-deck";

const DASH_IN: Record<Dash, number[]> = {
  solid: [],
  dash: [0.1, 0.05],
  sysDot: [0.015, 0.045],
  sysDash: [0.06, 0.04],
  lgDash: [0.16, 0.06],
  lgDashDot: [0.16, 0.05, 0.03, 0.05],
  lgDashDotDot: [0.16, 0.05, 0.03, 0.05, 0.03, 0.05],
};

/** Characters Helvetica (WinAnsi) can show; others become "?" rather than garbage. */
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const inWinAnsi = (c: string) => c.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.includes(c);
/** Latin letters with a stroke or bar, which have no accent to take off. */
const UNSTROKED: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", ı: "i", Ŧ: "T", ŧ: "t" };
const MARKS = /\p{M}/gu;
const isMark = (c: string) => /^\p{M}$/u.test(c);

/**
 * A Latin letter outside the set, as its plain letter: "Łódź", "Constanța", "Győr" print as
 * "Lódz", "Constanta", "Gyor" (ó is in the set), names a reader can still find and say (a "?"
 * hides which name it is). Letters of other scripts have no such letter and become "?".
 */
function plainLetter(c: string): string {
  if (UNSTROKED[c]) return UNSTROKED[c];
  const base = c.normalize("NFD").replace(MARKS, "");
  return base && [...base].every(inWinAnsi) ? base : "?";
}

export function winAnsi(text: string): string {
  return [...text.normalize("NFC")]
    .map((c) => (inWinAnsi(c) ? c : c === "→" ? "->" : c === "≈" ? "~" : isMark(c) ? "" : plainLetter(c)))
    .join("");
}

function setRun(doc: jsPDF, run: Run) {
  doc.setFont("helvetica", run.bold ? (run.italic ? "bolditalic" : "bold") : run.italic ? "italic" : "normal");
  doc.setFontSize(run.size);
  doc.setTextColor(`#${run.color ?? "14181F"}`);
}

/** Paragraphs into a box: wrapped with the font's own widths, cut where the box ends. */
function drawRuns(doc: jsPDF, runs: readonly Run[], box: { x: number; y: number; w: number; h: number }, align: "left" | "center" | "right", valign: "top" | "middle" | "bottom") {
  const lines: { run: Run; text: string; after: number }[] = [];
  for (const run of runs) {
    setRun(doc, run);
    const wrapped = doc.splitTextToSize(winAnsi(run.text), box.w) as string[];
    wrapped.forEach((text, i) => lines.push({ run, text, after: i === wrapped.length - 1 ? (run.spaceAfter ?? 0) / 72 : 0 }));
  }
  const total = lines.reduce((h, l) => h + lineHeight(l.run.size) + l.after, 0);
  let y = valign === "top" ? box.y : valign === "middle" ? box.y + (box.h - total) / 2 : box.y + box.h - total;
  for (const { run, text, after } of lines) {
    const h = lineHeight(run.size);
    if (y + h > box.y + box.h + 0.02 && valign === "top") break;
    setRun(doc, run);
    const x = align === "left" ? box.x : align === "center" ? box.x + box.w / 2 : box.x + box.w;
    doc.text(text, x, y + (run.size * 0.92) / 72, { align, baseline: "alphabetic" });
    y += h + after;
  }
}

function drawText(doc: jsPDF, shape: TextShape) {
  drawRuns(doc, shape.paragraphs, shape, shape.rtl ? "right" : (shape.align ?? "left"), shape.valign ?? "top");
}

function drawCard(doc: jsPDF, card: CardShape) {
  doc.setLineDashPattern(DASH_IN[card.frame.dash], 0);
  doc.setLineWidth(card.frame.width / 72);
  doc.setDrawColor(`#${card.frame.color}`);
  doc.setFillColor(`#${card.fill}`);
  doc.roundedRect(card.x, card.y, card.w, card.h, card.radius, card.radius, "FD");
  doc.setLineDashPattern([], 0);
  const { pad } = card;
  drawRuns(doc, card.paragraphs, { x: card.x + pad, y: card.y + pad, w: card.w - 2 * pad, h: card.h - 2 * pad }, card.rtl ? "right" : "left", "top");
}

function drawLine(doc: jsPDF, line: LineShape) {
  doc.setLineDashPattern(DASH_IN[line.dash], 0);
  doc.setLineWidth(line.width / 72);
  doc.setDrawColor(`#${line.color}`);
  for (let i = 1; i < line.points.length; i++) {
    const [x1, y1] = line.points[i - 1]!;
    const [x2, y2] = line.points[i]!;
    doc.line(x1, y1, x2, y2);
  }
  doc.setLineDashPattern([], 0);
  if (!line.arrow || line.points.length < 2) return;
  // The arrowhead: a small filled triangle along the last leg.
  const [x1, y1] = line.points.at(-2)!;
  const [x2, y2] = line.points.at(-1)!;
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
  const size = 0.08;
  doc.setFillColor(`#${line.color}`);
  doc.triangle(x2, y2, x2 - ux * size - uy * size * 0.5, y2 - uy * size + ux * size * 0.5, x2 - ux * size + uy * size * 0.5, y2 - uy * size - ux * size * 0.5, "F");
}

/** A drawn picture; one not drawn (pictures.ts) says in words what it shows. */
function drawPicture(doc: jsPDF, picture: PictureShape) {
  const { x, y, w, h } = picture;
  if (picture.png) doc.addImage(picture.png, "PNG", x, y, w, h, undefined, "FAST");
  else drawRuns(doc, [{ text: picture.alt, size: 14, color: "14181F" }], picture, "left", "top");
}

export type PdfOutput = "blob" | "arraybuffer";

/** The deck as a PDF, one page per slide. */
export function writePdf(deck: Deck, output: "blob"): Blob;
export function writePdf(deck: Deck, output: "arraybuffer"): ArrayBuffer;
export function writePdf(deck: Deck, output: PdfOutput): Blob | ArrayBuffer {
  const { w, h } = deck.page;
  const doc = new jsPDF({ orientation: w > h ? "landscape" : "portrait", unit: "in", format: [w, h], compress: false });
  doc.setProperties({ title: deck.title, creator: "Command Atlas" });
  doc.setLanguage("en");
  deck.slides.forEach((slide, i) => {
    if (i > 0) doc.addPage([w, h], w > h ? "landscape" : "portrait");
    for (const shape of slide.shapes) if (shape.kind === "line") drawLine(doc, shape);
    for (const shape of slide.shapes) {
      if (shape.kind === "text") drawText(doc, shape);
      else if (shape.kind === "card") drawCard(doc, shape);
      else if (shape.kind === "picture") drawPicture(doc, shape);
    }
  });
  return output === "blob" ? doc.output("blob") : doc.output("arraybuffer");
}
