// A deck (deck.ts) as a vector PDF handout, with jsPDF: the same pages as the slides, drawn as
// paths and real text, so words stay selectable and searchable and the chart zooms sharply.
// Loaded only when a handout is asked for (jsPDF is not in the first load).
//
// Fonts: jsPDF embeds TrueType fonts only, and the app ships Atkinson Hyperlegible Next as
// WOFF2 alone, so the handout is set in the PDF standard font Helvetica, which every PDF reader
// has built in (not embedded). Its character set is Windows-1252. A handout with any letter
// outside it ("Київ", "Łódź") is set instead in DejaVu Sans Condensed, embedded (only the
// letters used), which has Latin, Greek and Cyrillic among others: the caller passes its files
// (pdf-fonts.ts fetches them). Without them, Latin letters lose their accent ("Łódź" as "Lódz")
// and letters of other scripts are written as "?"; so are letters the embedded font lacks (CJK).
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

/** The two signs the handout writes in Helvetica's letters; anything else outside needs a font. */
const SPELLED: Record<string, string> = { "→": "->", "≈": "~" };

export function winAnsi(text: string): string {
  return [...text.normalize("NFC")]
    .map((c) => (inWinAnsi(c) ? c : (SPELLED[c] ?? (isMark(c) ? "" : plainLetter(c)))))
    .join("");
}

export type FontStyle = "normal" | "bold" | "italic" | "bolditalic";
/** TrueType files of the embedded font, by style, each as a binary string (jsPDF's virtual files). */
export type EmbeddedFonts = Partial<Record<FontStyle, string>>;
const EMBEDDED = "DejaVuSansCondensed";

const styleOf = (run: Run): FontStyle =>
  run.bold ? (run.italic ? "bolditalic" : "bold") : run.italic ? "italic" : "normal";

/** Every run of text the handout writes, with a picture's words where it is not drawn. */
function runsOf(deck: Deck): Run[] {
  return deck.slides.flatMap((slide) =>
    slide.shapes.flatMap((shape): Run[] =>
      shape.kind === "text" || shape.kind === "card"
        ? shape.paragraphs
        : shape.kind === "picture" && !shape.png
          ? [{ text: shape.alt, size: 14 }]
          : [],
    ),
  );
}

/** The font styles a handout needs embedded: none when Helvetica can write all of its text. */
export function stylesToEmbed(deck: Deck): FontStyle[] {
  const outside = (text: string) => [...text.normalize("NFC")].some((c) => !inWinAnsi(c) && !SPELLED[c]);
  const runs = runsOf(deck);
  if (!runs.some((run) => outside(run.text))) return [];
  return [...new Set(runs.map(styleOf))];
}

/**
 * Text the embedded font can write: a letter it has no glyph for (or beyond 16 bits) as "?",
 * noted in `unwritten` (Chinese, Japanese and Korean: DejaVu has none).
 */
function inEmbeddedFont(doc: jsPDF, text: string, unwritten: Set<string>): string {
  const font = doc.getFont() as { metadata?: { characterToGlyph(code: number): number } };
  const has = (c: string) => c.length === 1 && font.metadata?.characterToGlyph(c.charCodeAt(0)) !== 0;
  return [...text.normalize("NFC")]
    .map((c) => {
      if (c === "\n" || has(c)) return c;
      unwritten.add(c);
      return "?";
    })
    .join("");
}

/** Sets a run's font; returns its text as that font can write it. */
function setRun({ doc, embedded, unwritten }: Pdf, run: Run): string {
  const style = styleOf(run);
  const own = embedded.has(style);
  doc.setFont(own ? EMBEDDED : "helvetica", style);
  doc.setFontSize(run.size);
  doc.setTextColor(`#${run.color ?? "14181F"}`);
  return own ? inEmbeddedFont(doc, run.text, unwritten) : winAnsi(run.text);
}

/**
 * A document being written, with the styles it has the embedded font in (the rest: Helvetica),
 * and the letters the embedded font could not write.
 */
type Pdf = { doc: jsPDF; embedded: ReadonlySet<FontStyle>; unwritten: Set<string> };

/** Paragraphs into a box: wrapped with the font's own widths, cut where the box ends. */
function drawRuns(pdf: Pdf, runs: readonly Run[], box: { x: number; y: number; w: number; h: number }, align: "left" | "center" | "right", valign: "top" | "middle" | "bottom") {
  const lines: { run: Run; text: string; after: number }[] = [];
  for (const run of runs) {
    const wrapped = pdf.doc.splitTextToSize(setRun(pdf, run), box.w) as string[];
    wrapped.forEach((text, i) => lines.push({ run, text, after: i === wrapped.length - 1 ? (run.spaceAfter ?? 0) / 72 : 0 }));
  }
  const total = lines.reduce((h, l) => h + lineHeight(l.run.size) + l.after, 0);
  let y = valign === "top" ? box.y : valign === "middle" ? box.y + (box.h - total) / 2 : box.y + box.h - total;
  for (const { run, text, after } of lines) {
    const h = lineHeight(run.size);
    if (y + h > box.y + box.h + 0.02 && valign === "top") break;
    setRun(pdf, run);
    const x = align === "left" ? box.x : align === "center" ? box.x + box.w / 2 : box.x + box.w;
    pdf.doc.text(text, x, y + (run.size * 0.92) / 72, { align, baseline: "alphabetic" });
    y += h + after;
  }
}

function drawText(pdf: Pdf, shape: TextShape) {
  drawRuns(pdf, shape.paragraphs, shape, shape.rtl ? "right" : (shape.align ?? "left"), shape.valign ?? "top");
}

function drawCard(pdf: Pdf, card: CardShape) {
  const { doc } = pdf;
  doc.setLineDashPattern(DASH_IN[card.frame.dash], 0);
  doc.setLineWidth(card.frame.width / 72);
  doc.setDrawColor(`#${card.frame.color}`);
  doc.setFillColor(`#${card.fill}`);
  doc.roundedRect(card.x, card.y, card.w, card.h, card.radius, card.radius, "FD");
  doc.setLineDashPattern([], 0);
  const { pad } = card;
  drawRuns(pdf, card.paragraphs, { x: card.x + pad, y: card.y + pad, w: card.w - 2 * pad, h: card.h - 2 * pad }, card.rtl ? "right" : "left", "top");
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
function drawPicture(pdf: Pdf, picture: PictureShape) {
  const { x, y, w, h } = picture;
  if (picture.png) pdf.doc.addImage(picture.png, "PNG", x, y, w, h, undefined, "FAST");
  else drawRuns(pdf, [{ text: picture.alt, size: 14, color: "14181F" }], picture, "left", "top");
}

export type PdfOutput = "blob" | "arraybuffer";

/** The deck as a PDF, one page per slide; with `fonts` (stylesToEmbed's), set in the embedded font. */
/** `unwritten`, if given, gets each letter the embedded font has no glyph for (written as "?"). */
export function writePdf(deck: Deck, output: "blob", fonts?: EmbeddedFonts, unwritten?: Set<string>): Blob;
export function writePdf(deck: Deck, output: "arraybuffer", fonts?: EmbeddedFonts, unwritten?: Set<string>): ArrayBuffer;
export function writePdf(deck: Deck, output: PdfOutput, fonts: EmbeddedFonts = {}, unwritten = new Set<string>()): Blob | ArrayBuffer {
  const { w, h } = deck.page;
  const doc = new jsPDF({ orientation: w > h ? "landscape" : "portrait", unit: "in", format: [w, h], compress: false });
  const embedded = new Set<FontStyle>();
  for (const [style, file] of Object.entries(fonts) as [FontStyle, string][]) {
    doc.addFileToVFS(`${EMBEDDED}-${style}.ttf`, file);
    doc.addFont(`${EMBEDDED}-${style}.ttf`, EMBEDDED, style, undefined, "Identity-H");
    embedded.add(style);
  }
  const pdf: Pdf = { doc, embedded, unwritten };
  doc.setProperties({ title: deck.title, creator: "Command Atlas" });
  doc.setLanguage("en");
  deck.slides.forEach((slide, i) => {
    if (i > 0) doc.addPage([w, h], w > h ? "landscape" : "portrait");
    for (const shape of slide.shapes) if (shape.kind === "line") drawLine(doc, shape);
    for (const shape of slide.shapes) {
      if (shape.kind === "text") drawText(pdf, shape);
      else if (shape.kind === "card") drawCard(pdf, shape);
      else if (shape.kind === "picture") drawPicture(pdf, shape);
    }
  });
  return output === "blob" ? doc.output("blob") : doc.output("arraybuffer");
}
