/** An axis-aligned rectangle in chart or screen coordinates. */
export type Rect = { x: number; y: number; w: number; h: number };
