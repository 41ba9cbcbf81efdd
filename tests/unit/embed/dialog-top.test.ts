// The embed's details dialog opens where the reader looks: at the click, inside the part of the
// frame the article shows, its heading and Close in sight.
import { dialogTop, seenBand } from "../../../src/views/embed/dialog-top";

describe("dialogTop", () => {
  const frame = 1400;

  it("centres a dialog on the click when it fits on screen", () => {
    const band = seenBand(frame, { top: 300, bottom: 1000 });
    expect(dialogTop(650, 400, band)).toBe(450);
  });

  it("keeps the top in sight when the click is near the top of what the reader sees", () => {
    // The article has scrolled the frame's first 200 px off screen; a card at 260 px is clicked.
    const band = seenBand(frame, { top: 200, bottom: 840 });
    const top = dialogTop(260, 540, band);
    expect(top).toBeGreaterThanOrEqual(200);
    expect(top + 540).toBeLessThanOrEqual(840);
  });

  it("keeps the bottom in sight when the click is near the bottom", () => {
    const band = seenBand(frame, { top: 200, bottom: 840 });
    expect(dialogTop(830, 300, band) + 300).toBeLessThanOrEqual(840);
  });

  it("puts the top (heading and Close) in sight when the dialog is taller than what shows", () => {
    const band = seenBand(frame, { top: 500, bottom: 800 });
    expect(dialogTop(900, 560, band)).toBe(508);
  });

  it("uses the whole frame when the visible part is unknown or empty", () => {
    expect(seenBand(frame, null)).toEqual({ top: 0, bottom: frame });
    expect(seenBand(frame, { top: 700, bottom: 700 })).toEqual({ top: 0, bottom: frame });
    expect(seenBand(frame, { top: -50, bottom: 2000 })).toEqual({ top: 0, bottom: frame });
    expect(dialogTop(20, 300, seenBand(frame, null))).toBe(8);
  });
});
