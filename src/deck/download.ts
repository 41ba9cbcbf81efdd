// What the buttons call: build the deck or handout, write it, and hand it to the browser as a
// download. This module (with pptxgenjs and jsPDF) is imported only when a user asks for a file.
import type { Model } from "../model";
import { buildStoryDeck, buildViewDeck } from "./build-deck";
import type { ViewStep } from "./build-deck";
import { A4_LANDSCAPE, LETTER_LANDSCAPE } from "./deck";
import type { Deck } from "./deck";
import { writePptx } from "./write-pptx";
import { writePdf } from "./write-pdf";
import { drawPictures } from "./pictures";
import { fontsFor } from "./pdf-fonts";
import { slug } from "../export/filename";

export type Paper = "A4" | "Letter";

/** "command-atlas-multinational-force-ukraine-mnf-u-story.pptx": the model's title, plain. */
export function briefingFileName(model: Model, what: string, ext: "pptx" | "pdf"): string {
  return `command-atlas-${slug(model.meta.title, 60)}-${what}.${ext}`;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the file by the next task; a minute's grace costs nothing.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const paperPage = (paper: Paper) => (paper === "A4" ? A4_LANDSCAPE : LETTER_LANDSCAPE);

/** A saved file's name, and what it says in words where a map could not be drawn (or null). */
export type Saved = { name: string; note: string | null };

/** Draws the deck's pictures; a map that could not be drawn is said in words, and the note says so. */
async function withPictures(deck: Deck, model: Model): Promise<{ deck: Deck; note: string | null }> {
  const drawn = await drawPictures(deck, model);
  const note = drawn.undrawn
    ? "The map could not be drawn here, so its page says in words what the map shows."
    : null;
  return { deck: drawn.deck, note };
}

/** The deck as a PDF, with the font its letters need; the note says when that font was missing. */
async function handout(deck: Deck, note: string | null): Promise<{ blob: Blob; note: string | null }> {
  const fonts = await fontsFor(deck);
  if (fonts) {
    const unwritten = new Set<string>();
    const blob = writePdf(deck, "blob", fonts, unwritten);
    if (unwritten.size === 0) return { blob, note };
    const some = [...unwritten].slice(0, 5).join(" ");
    const lacking = `The handout's font lacks some of this model's letters (${some}${unwritten.size > 5 ? " …" : ""}), so they print as "?"; the deck and Command Atlas show them.`;
    return { blob, note: note ? `${note} ${lacking}` : lacking };
  }
  const missing =
    "The font for letters outside Western European ones could not be loaded, so the handout writes them plainly or as \"?\".";
  return { blob: writePdf(deck, "blob"), note: note ? `${note} ${missing}` : missing };
}

/** The story as a .pptx. */
export async function downloadStoryDeck(model: Model): Promise<Saved> {
  const { deck, note } = await withPictures(buildStoryDeck(model).deck, model);
  const name = briefingFileName(model, "story", "pptx");
  save(await writePptx(deck, "blob"), name);
  return { name, note };
}

/** The story as a PDF handout, one page per step. */
export async function downloadStoryHandout(model: Model, paper: Paper): Promise<Saved> {
  const built = buildStoryDeck(model, { page: paperPage(paper), overflow: "shrink", titleOnFirst: true }).deck;
  const pictured = await withPictures(built, model);
  const { blob, note } = await handout(pictured.deck, pictured.note);
  const name = briefingFileName(model, `story-${paper.toLowerCase()}`, "pdf");
  save(blob, name);
  return { name, note };
}

/** The view on screen as one slide (more if its chart needs continued slides). */
export async function downloadViewSlide(model: Model, step: ViewStep): Promise<Saved> {
  const { deck, note } = await withPictures(buildViewDeck(model, step), model);
  const name = briefingFileName(model, [step.view, step.stage].filter(Boolean).join("-"), "pptx");
  save(await writePptx(deck, "blob"), name);
  return { name, note };
}

/** The view on screen as a one-page PDF. */
export async function downloadViewHandout(model: Model, step: ViewStep, paper: Paper): Promise<Saved> {
  const built = buildViewDeck(model, step, { page: paperPage(paper), overflow: "shrink", titleOnFirst: true });
  const pictured = await withPictures(built, model);
  const { blob, note } = await handout(pictured.deck, pictured.note);
  const name = briefingFileName(model, [step.view, step.stage, paper.toLowerCase()].filter(Boolean).join("-"), "pdf");
  save(blob, name);
  return { name, note };
}
