// The pictures a deck's builder leaves to the browser (deck.ts, PictureShape): a map step's map,
// drawn as the Export dialog draws the map (export/map-svg.ts), at its box's size, as a PNG.
import type { Model } from "../model";
import { shownModelOf } from "../views/app/shown-model";
import { mapFigurePng } from "../export/export-file";
import type { Deck, PictureShape, Shape } from "./deck";

/** CSS pixels per inch: the picture's words keep the screen's sizes for its box (the PNG is 2×). */
const PX_PER_INCH = 96;

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("The picture could not be read."));
    reader.readAsDataURL(blob);
  });
}

async function draw(model: Model, picture: PictureShape): Promise<PictureShape> {
  try {
    const shown = shownModelOf(model, { stage: picture.map.stage, hideWeak: false, statuses: [], compare: null });
    const size = { width: Math.round(picture.w * PX_PER_INCH), height: Math.round(picture.h * PX_PER_INCH) };
    return { ...picture, png: await dataUrl(await mapFigurePng(shown, size, picture.alt)) };
  } catch {
    // Without its picture the box says in words what the map shows (write-pptx.ts, write-pdf.ts).
    return picture;
  }
}

/**
 * The deck with its pictures drawn, one after another (each is a large canvas), and how many
 * could not be drawn (their boxes say in words what they show).
 */
export async function drawPictures(deck: Deck, model: Model): Promise<{ deck: Deck; undrawn: number }> {
  const slides = [];
  let undrawn = 0;
  for (const slide of deck.slides) {
    const shapes: Shape[] = [];
    for (const shape of slide.shapes) {
      if (shape.kind !== "picture") {
        shapes.push(shape);
        continue;
      }
      const drawn = await draw(model, shape);
      if (!drawn.png) undrawn++;
      shapes.push(drawn);
    }
    slides.push({ ...slide, shapes });
  }
  return { deck: { ...deck, slides }, undrawn };
}
