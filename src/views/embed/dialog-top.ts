// Where the embed's details dialog opens, in the frame's own pixels. A frame sized to its content
// is often taller than the part of it the article shows: the dialog goes to the reader's click,
// but stays inside the part on screen, its top (heading and Close) first where it cannot fit.

/** A vertical band of the frame, in its own client pixels. */
export type Band = { top: number; bottom: number };

export const DIALOG_MARGIN = 8;

/** The part of the frame the reader sees (the whole frame when unknown), within the frame. */
export function seenBand(frameHeight: number, visible: Band | null): Band {
  const top = Math.max(0, visible?.top ?? 0);
  const bottom = Math.min(frameHeight, visible?.bottom ?? frameHeight);
  return bottom > top ? { top, bottom } : { top: 0, bottom: frameHeight };
}

/** The dialog's top: centred on `anchor` (the click), moved into the band the reader sees. */
export function dialogTop(anchor: number, height: number, band: Band): number {
  const centred = anchor - height / 2;
  const fits = Math.min(centred, band.bottom - height - DIALOG_MARGIN);
  // Too tall for what shows: its top goes where the reader sees it.
  return Math.round(Math.max(fits, band.top + DIALOG_MARGIN));
}
