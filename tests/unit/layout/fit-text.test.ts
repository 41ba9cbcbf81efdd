// Card text fitted by measured width: a wide, long or right-to-left name is cut to the card's
// room, never split inside a letter, and a bidi override in it is closed before the "…".
import fc from "fast-check";
import { closeBidi, fitText, graphemes, textDirection } from "../../../src/views/chart/fit-text";
import { linkableUrl } from "../../../src/lib/safe-url";

/** A stand-in for the browser's measure: W and M are 16 px, full-width letters 17 px, others 9 px. */
const measure = (text: string) =>
  Array.from(text).reduce((sum, c) => sum + (/[WM]/.test(c) ? 16 : /[\u3000-\uffef]/.test(c) ? 17 : 9), 0);
const FONT = "700 17px test";

describe("fitting a card's name", () => {
  it("keeps a name that fits, and cuts a long one at a word as before (at most 18 letters)", () => {
    expect(fitText("Coalition HQ", 160, FONT, 18, measure)).toBe("Coalition HQ");
    expect(fitText("Ukraine's Air Force", 500, FONT, 18, measure)).toBe("Ukraine's Air…");
  });

  it("cuts 24 wide letters to what the room holds, however few letters that is", () => {
    const fitted = fitText("W".repeat(24), 160, FONT, 18, measure);
    expect(fitted).toMatch(/^W+…$/);
    expect(measure(fitted)).toBeLessThanOrEqual(160);
    expect(measure(fitText("W".repeat(24), 160, FONT, 18, measure).replace("…", "W") + "…")).toBeGreaterThan(
      160,
    );
  });

  it("cuts a 240-letter word and full-width text to the room", () => {
    for (const name of ["Supercalifragilistic".repeat(12), "ＷＩＤＥ全角文字の名前".repeat(3)]) {
      const fitted = fitText(name, 150, FONT, 18, measure);
      expect(fitted.endsWith("…")).toBe(true);
      expect(measure(fitted)).toBeLessThanOrEqual(150);
    }
  });

  it("never splits a letter made of several code points", () => {
    const flags = "🇫🇷🇬🇧🇩🇪🇵🇱🇮🇹🇷🇴🇹🇷🇨🇦🇫🇷🇬🇧🇩🇪🇵🇱🇮🇹🇷🇴🇹🇷🇨🇦🇫🇷🇬🇧🇩🇪🇵🇱";
    const fitted = fitText(flags, 1000, FONT, 18, measure);
    expect(fitted).toBe(
      Array.from(new Intl.Segmenter().segment(flags), (s) => s.segment)
        .slice(0, 17)
        .join("") + "…",
    );
  });

  it("splits Latin text with dashes, dots and accents into the same letters as the segmenter does", () => {
    // Such text skips the segmenter (slow to create): its letters must still be the reader's letters.
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    const letters = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);
    const latin = fc.mapToConstant(
      { num: 0x7f - 0x20, build: (v) => String.fromCharCode(0x20 + v) },
      { num: 0x300 - 0xa0, build: (v) => String.fromCharCode(0xa0 + v) },
      { num: 0x2028 - 0x2010, build: (v) => String.fromCharCode(0x2010 + v) },
      { num: 0x205f - 0x2030, build: (v) => String.fromCharCode(0x2030 + v) },
      { num: 0x20c1 - 0x20a0, build: (v) => String.fromCharCode(0x20a0 + v) },
      { num: 0x2150 - 0x2100, build: (v) => String.fromCharCode(0x2100 + v) },
    );
    fc.assert(
      fc.property(fc.string({ unit: latin, maxLength: 40 }), (text) => {
        expect(graphemes(text)).toEqual(letters(text));
      }),
      { numRuns: 500 },
    );
    // A combining accent or a joined emoji next to such text: one letter each, as the segmenter says.
    for (const text of ["Seat: Paris · Cafe\u0301", "Team 👩‍👩‍👧 – HQ", "Kyiv cell\u200d–"])
      expect(graphemes(text)).toEqual(letters(text));
  });

  it("closes a right-to-left override the cut left open, so it cannot run on into the ellipsis", () => {
    const fitted = fitText("\u202Eevil override text that goes on\u202C", 1000, FONT, 18, measure);
    expect(fitted).toBe("\u202Eevil override\u202C…");
    expect(closeBidi("\u2067abc")).toBe("\u2067abc\u2069");
    expect(closeBidi("\u202Babc\u202C")).toBe("\u202Babc\u202C");
  });

  it("tells a right-to-left name by its first strong letter", () => {
    expect(textDirection("مقر القوات المتعددة")).toBe("rtl");
    expect(textDirection("תא התיאום")).toBe("rtl");
    expect(textDirection("12 מחלקה")).toBe("rtl");
    expect(textDirection("HQ مقر")).toBe("ltr");
    expect(textDirection("\u202Eevil")).toBe("ltr");
  });
});

describe("links to a source's address", () => {
  it("link https:// addresses only", () => {
    expect(linkableUrl("https://example.org/a")).toBe("https://example.org/a");
    for (const bad of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "http://example.org",
      "//example.org",
      "/relative",
      "",
      undefined,
    ])
      expect(linkableUrl(bad), String(bad)).toBeNull();
  });
});
