// What an embed tells the page around it: its content height, and nothing else. Two shapes: our
// own, and Datawrapper's, whose listener many newsroom pages already carry
// (shared/embed-conventions.md), so the frame resizes there with no script of ours.
export const HEIGHT_MESSAGE = "command-atlas:height";

export type HeightMessage =
  { type: typeof HEIGHT_MESSAGE; height: number } | { "datawrapper-height": Record<string, number> };

/** The key in Datawrapper's message: ?id= when the embed code gives one, else a fixed name. */
export function embedIdOf(search: string): string {
  const id = new URLSearchParams(search).get("id");
  return id && /^[\w-]{1,64}$/.test(id) ? id : "command-atlas";
}

/** Both messages for a content height in CSS pixels, rounded up so nothing is cut. */
export function heightMessages(height: number, id: string): HeightMessage[] {
  const px = Math.max(0, Math.ceil(height));
  return [{ type: HEIGHT_MESSAGE, height: px }, { "datawrapper-height": { [id]: px } }];
}
