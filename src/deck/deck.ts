// A deck described as plain data: pages of positioned shapes in inches, type sizes in points.
// build-deck.ts makes it from a model and its story (pure, unit-tested); write-pptx.ts turns it
// into PowerPoint shapes and write-pdf.ts into a vector PDF. Neither writer decides anything.

/** A page's size in inches. */
export type Page = { w: number; h: number; name: string };

/** PowerPoint's 16:9 "widescreen" slide. */
export const SLIDE_16_9: Page = { w: 13.333, h: 7.5, name: "16:9" };
/** Handout pages, landscape, as a chart wants them. */
export const A4_LANDSCAPE: Page = { w: 11.693, h: 8.268, name: "A4" };
export const LETTER_LANDSCAPE: Page = { w: 11, h: 8.5, name: "US Letter" };

/** No word in a deck or handout is set smaller than this (issue 10): a room must read it. */
export const MIN_PT = 12;

/** Line styles both writers know: PowerPoint's preset dash names. */
export type Dash = "solid" | "dash" | "sysDot" | "sysDash" | "lgDash" | "lgDashDot" | "lgDashDotDot";

/** One paragraph's words and type; `spaceAfter` in points. */
export type Run = { text: string; size: number; bold?: boolean; italic?: boolean; color?: string; spaceAfter?: number };

type Box = { x: number; y: number; w: number; h: number };

/** A text box: one paragraph per run. `rtl` for right-to-left scripts (set right-aligned). */
export type TextShape = Box & {
  kind: "text";
  paragraphs: Run[];
  align?: "left" | "center" | "right";
  valign?: "top" | "middle" | "bottom";
  rtl?: boolean;
};

/** A unit's card: a rounded rectangle with its words, framed in its status's line style. */
export type CardShape = Box & {
  kind: "card";
  unitId: string;
  paragraphs: Run[];
  frame: { color: string; dash: Dash; width: number };
  /** Inches from the card's edge to its words: clear of the frame's inner half and its corners. */
  pad: number;
  /** The corners' radius, in inches. */
  radius: number;
  fill: string;
  rtl?: boolean;
};

/** A connector line through `points` (inches), optionally with an arrowhead at its end. */
export type LineShape = {
  kind: "line";
  points: [number, number][];
  color: string;
  dash: Dash;
  width: number;
  arrow: boolean;
  /** What the line says, for the notes and a screen reader of the PDF. */
  label: string;
};

/**
 * A picture the builder cannot draw (it is pure, and the map needs the browser): the map of a
 * stage, drawn into the box by the browser before the file is written (pictures.ts), as a PNG.
 * Without its `png` (in tests, or if drawing failed) a writer leaves the box empty.
 */
export type PictureShape = Box & {
  kind: "picture";
  map: { stage: string | null };
  /** What the picture shows, in words: PowerPoint's alternative text. */
  alt: string;
  /** The drawn picture, a data: URL. */
  png?: string;
};

export type Shape = TextShape | CardShape | LineShape | PictureShape;

export type SlideRole = "title" | "step" | "sources";

export type Slide = {
  role: SlideRole;
  /** The slide's heading (also the PDF's outline entry). */
  title: string;
  /** For step slides: the step's place in the model's story (0-based), and its continuation. */
  step?: number;
  part?: { n: number; of: number };
  shapes: Shape[];
  /** Speaker notes: the step's sources (citation, grade, address), full names of shortened cards. */
  notes: string;
};

export type Deck = {
  title: string;
  page: Page;
  slides: Slide[];
};
