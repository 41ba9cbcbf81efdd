// PNG exports: the SVG picture drawn on a canvas in the browser (no server, no other site).
// Sizes are pure (tested); the drawing needs a browser.

export type PngKind = "2x" | "social";
export const SOCIAL = { width: 1200, height: 675 } as const;

/** Pixels of the PNG for a picture of `svg` CSS pixels: twice each side, or the social size. */
export function pngPixelSize(
  svg: { width: number; height: number },
  kind: PngKind,
): { width: number; height: number } {
  if (kind === "social") return { ...SOCIAL };
  return { width: Math.round(svg.width * 2), height: Math.round(svg.height * 2) };
}

/** A PNG's width and height, read from its IHDR chunk (for tests and checks). */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) throw new Error("not a PNG");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Draws an SVG document onto a canvas of the given pixel size and encodes it as PNG. */
export async function svgToPng(svg: string, pixels: { width: number; height: number }): Promise<Blob> {
  // A data: URL, not a blob: one: the page's policy lets images come from this site and data: only.
  const image = new Image();
  image.decoding = "sync";
  image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
  await image.decode();
  // The embedded font is a data: URL inside the SVG; give it a frame to be applied before drawing.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  const canvas = document.createElement("canvas");
  canvas.width = pixels.width;
  canvas.height = pixels.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw on a canvas.");
  context.drawImage(image, 0, 0, pixels.width, pixels.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made."))),
      "image/png",
    ),
  );
}
