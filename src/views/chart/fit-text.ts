// Card text fitted to its room by measured width, not only by counting characters: 24 W's, a
// full-width or right-to-left script, or one long word would spill out of a card that counts.
// The measure is the browser's own (a canvas with the card's font); where there is none (jsdom
// in tests) the character count alone decides, as it did before.

/** Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const STRONG_LTR = /[\p{L}]/u;

/** The direction of a text's first strong letter (as HTML's dir="auto" decides it). */
export function textDirection(text: string): "ltr" | "rtl" {
  for (const char of text) {
    if (RTL.test(char)) return "rtl";
    if (STRONG_LTR.test(char)) return "ltr";
  }
  return "ltr";
}

/**
 * Closes the bidi embeddings, overrides and isolates a cut left open, so a right-to-left
 * override in a name cannot run on into the ellipsis (or anything drawn after it).
 */
export function closeBidi(text: string): string {
  let embeddings = 0;
  let isolates = 0;
  for (const char of text) {
    if (char >= "\u202a" && char <= "\u202e" && char !== "\u202c") embeddings++;
    else if (char === "\u202c") embeddings = Math.max(0, embeddings - 1);
    else if (char >= "\u2066" && char <= "\u2068") isolates++;
    else if (char === "\u2069") isolates = Math.max(0, isolates - 1);
  }
  return text + "\u202c".repeat(embeddings) + "\u2069".repeat(isolates);
}

/** One segmenter for every card: making one costs far more than using it. */
let graphemeSegmenter: Intl.Segmenter | null = null;

/**
 * Characters that are each a whole letter as a reader sees it (no combining marks, joiners,
 * surrogate pairs or scripts that build letters from parts): printable ASCII, Latin-1, Latin
 * Extended, IPA and spacing modifiers (the combining marks start at U+0300), and the dashes,
 * quotes, bullets, currency and letterlike signs. Text made only of these needs no segmenter,
 * whose creation costs 20–30 ms (on a slow phone over 0.1 s) in the app's first render.
 */
const ONE_LETTER_EACH = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u214f]*$/;

/** Letters as a reader sees them (an emoji or an accented letter is one), so a cut never splits one. */
export function graphemes(text: string): string[] {
  if (ONE_LETTER_EACH.test(text) || typeof Intl === "undefined" || !("Segmenter" in Intl))
    return Array.from(text);
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** A text cut to `count` letters, at a word where it can (whole words a voice user can say), open bidi closed, with "…". */
function cut(letters: readonly string[], count: number): string {
  const head = letters.slice(0, count).join("");
  const lastSpace = head.lastIndexOf(" ");
  return closeBidi(lastSpace > 0 ? head.slice(0, lastSpace) : head) + "…";
}

type Measure = (text: string, font: string) => number;

let measureText: Measure | null | undefined;

/** The browser's text measure, or null where there is no canvas to measure with (jsdom). */
function browserMeasure(): Measure | null {
  if (measureText !== undefined) return measureText;
  measureText = null;
  if (typeof OffscreenCanvas === "undefined") return null;
  const context = new OffscreenCanvas(1, 1).getContext("2d");
  if (!context) return null;
  measureText = (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
  return measureText;
}

/** A text's width in `font`, or null where nothing can measure it (jsdom). */
export function textWidth(text: string, font: string): number | null {
  return browserMeasure()?.(text, font) ?? null;
}

/** The page's typeface stack, as the card's text gets it from the page. */
let family: string | undefined;
export function cardFont(weight: number, size: number): string {
  family ??=
    (typeof document !== "undefined" && getComputedStyle(document.body).fontFamily) ||
    '"Atkinson Hyperlegible Next", system-ui, sans-serif';
  return `${weight} ${size}px ${family}`;
}

const fitted = new Map<string, string>();

let fontsVersion = 0;
const listeners = new Set<() => void>();

/**
 * Cards subscribe here (useSyncExternalStore): when a font finishes loading, text measures
 * differently, so the fits are forgotten and every card fits its text again.
 */
export function subscribeToFonts(listener: () => void): () => void {
  if (!listeners.size && typeof document !== "undefined" && document.fonts)
    document.fonts.addEventListener("loadingdone", onFontsLoaded);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size && typeof document !== "undefined" && document.fonts)
      document.fonts.removeEventListener("loadingdone", onFontsLoaded);
  };
}
export const fontsLoadedVersion = () => fontsVersion;

function onFontsLoaded() {
  fitted.clear();
  fontsVersion++;
  for (const listener of listeners) listener();
}

/**
 * The text, or as much of it as fits `room` px in `font` and at most `maxLetters` letters,
 * ending in "…" when cut. Pure for given inputs and fonts; results are remembered.
 */
export function fitText(
  text: string,
  room: number,
  font: string,
  maxLetters: number,
  measure = browserMeasure(),
): string {
  const key = `${font}\n${room}\n${maxLetters}\n${text}`;
  const known = fitted.get(key);
  if (known !== undefined) return known;
  const letters = graphemes(text);
  let result = letters.length <= maxLetters ? text : cut(letters, maxLetters - 1);
  if (measure && measure(result, font) > room) {
    // The longest cut that fits, by halving: a 200-letter word takes eight measures, not 200.
    let fits = 0;
    let tooLong = Math.min(letters.length, maxLetters);
    while (tooLong - fits > 1) {
      const middle = (fits + tooLong) >> 1;
      if (measure(cut(letters, middle), font) <= room) fits = middle;
      else tooLong = middle;
    }
    result = fits > 0 ? cut(letters, fits) : "…";
  }
  fitted.set(key, result);
  return result;
}
