// Level of detail and culling for the chart: which cards to draw, and in how much detail,
// for a viewport. Pure, so the rules are unit-tested and the view only asks.
import type { ChartCard, CardSize } from "./tree";
import type { Rect } from "./geometry";

export type Detail = "full" | "outline";

/** Below this scale, text would be under ~5 px: draw outlines only. */
export const OUTLINE_BELOW_SCALE = 0.35;

export function detailForScale(k: number): Detail {
  return k < OUTLINE_BELOW_SCALE ? "outline" : "full";
}

/** The chart-space rectangle a screen viewport shows, grown by a margin so small pans redraw nothing. */
export function viewportInChart(
  screen: { w: number; h: number },
  transform: { x: number; y: number; k: number },
  margin = 0.5,
): Rect {
  const w = screen.w / transform.k;
  const h = screen.h / transform.k;
  return { x: -transform.x / transform.k - w * margin, y: -transform.y / transform.k - h * margin, w: w * (1 + 2 * margin), h: h * (1 + 2 * margin) };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

/** How many cards lie whole inside `rect`: the cards a reader sees entire. */
export function cardsWhollyIn(cards: readonly ChartCard[], rect: Rect, size: CardSize): number {
  return cards.filter((c) => contains(rect, { x: c.x, y: c.y, w: size.w, h: size.h })).length;
}

export function cardsInRect(cards: readonly ChartCard[], rect: Rect, size: CardSize): ChartCard[] {
  const right = rect.x + rect.w;
  const bottom = rect.y + rect.h;
  return cards.filter((c) => c.x + size.w >= rect.x && c.x <= right && c.y + size.h >= rect.y && c.y <= bottom);
}
