// What the buttons call: build the deck or handout, write it, and hand it to the browser as a
// download. This module (with pptxgenjs and jsPDF) is imported only when a user asks for a file.
import type { Model } from "../model";
import { buildStoryDeck, buildViewDeck } from "./build-deck";
import type { ViewStep } from "./build-deck";
import { A4_LANDSCAPE, LETTER_LANDSCAPE } from "./deck";
import { writePptx } from "./write-pptx";
import { writePdf } from "./write-pdf";
import { drawPictures } from "./pictures";

export type Paper = "A4" | "Letter";

/** "command-atlas-multinational-force-ukraine-mnf-u-story.pptx": the model's title, plain. */
export function briefingFileName(model: Model, what: string, ext: "pptx" | "pdf"): string {
  const slug = model.meta.title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `command-atlas-${slug || "model"}-${what}.${ext}`;
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

/** The story as a .pptx; returns the file's name. */
export async function downloadStoryDeck(model: Model): Promise<string> {
  const { deck } = buildStoryDeck(model);
  const name = briefingFileName(model, "story", "pptx");
  save(await writePptx(await drawPictures(deck, model), "blob"), name);
  return name;
}

/** The story as a PDF handout, one page per step. */
export async function downloadStoryHandout(model: Model, paper: Paper): Promise<string> {
  const { deck } = buildStoryDeck(model, { page: paperPage(paper), overflow: "shrink", titleOnFirst: true });
  const name = briefingFileName(model, `story-${paper.toLowerCase()}`, "pdf");
  save(writePdf(await drawPictures(deck, model), "blob"), name);
  return name;
}

/** The view on screen as one slide (more if its chart needs continued slides). */
export async function downloadViewSlide(model: Model, step: ViewStep): Promise<string> {
  const deck = buildViewDeck(model, step);
  const name = briefingFileName(model, `${step.view}-${step.stage}`, "pptx");
  save(await writePptx(await drawPictures(deck, model), "blob"), name);
  return name;
}

/** The view on screen as a one-page PDF. */
export async function downloadViewHandout(model: Model, step: ViewStep, paper: Paper): Promise<string> {
  const deck = buildViewDeck(model, step, { page: paperPage(paper), overflow: "shrink", titleOnFirst: true });
  const name = briefingFileName(model, `${step.view}-${step.stage}-${paper.toLowerCase()}`, "pdf");
  save(writePdf(await drawPictures(deck, model), "blob"), name);
  return name;
}
