// d3-zoom in one framework-free module (as React Flow's XYPanZoom): it owns the SVG's zoom
// behaviour and tells the caller the transform; nothing else calls d3.select on this DOM.
// The chart and the map both use it, each with its own zoom limits.
import { select } from "d3-selection";
// Adds selection.transition(), used for animated zooms.
import "d3-transition";
import { zoom, zoomIdentity } from "d3-zoom";
import type { ZoomBehavior, ZoomTransform } from "d3-zoom";

export type Viewport = { x: number; y: number; k: number };
import type { Rect } from "../../layout/geometry";
import { prefersReducedMotion } from "./media";
export type { Rect };

export type PanZoom = {
  setViewport: (viewport: Viewport, animate?: boolean) => void;
  scaleBy: (factor: number) => void;
  fitBounds: (bounds: Rect, padding?: number, maxScale?: number, animate?: boolean) => void;
  centerOn: (rect: Rect, minScale?: number) => void;
  size: () => { w: number; h: number };
  destroy: () => void;
};

export type PanZoomOptions = {
  /** Smallest and largest scale; the chart's by default. */
  scaleExtent?: [number, number];
  /** Keep the content within this margin (a fraction of the view) of the view, whatever the pan. */
  keepInView?: number;
  /**
   * An article's embed: the mouse wheel scrolls the article past the picture, and Ctrl (or ⌘)
   * with the wheel, or a trackpad's pinch (which the browser sends as Ctrl + wheel), zooms it.
   */
  wheelScrollsPage?: boolean;
};

const CHART_SCALE_EXTENT: [number, number] = [0.02, 2.5];

export function createPanZoom(
  svg: SVGSVGElement,
  /** byUser: a drag, wheel or pinch (not a call below), so a caller can stop fitting on resize. */
  onTransform: (viewport: Viewport, byUser: boolean) => void,
  { scaleExtent = CHART_SCALE_EXTENT, keepInView, wheelScrollsPage = false }: PanZoomOptions = {},
): PanZoom {
  const [minScale] = scaleExtent;
  const selection = select(svg);
  // Cooperative touch: where the stylesheet lets the page scroll under the picture (the app's page
  // and the embed, not focus mode or a presentation), one finger scrolls the page and two fingers
  // pan and pinch; d3-zoom takes both fingers once the second lands.
  const pageScrollsUnder = () => getComputedStyle(svg).touchAction !== "none";
  const wheelZooms = (event: WheelEvent) => !wheelScrollsPage || event.ctrlKey || event.metaKey;
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent(scaleExtent)
    // Double-click is for selecting cards, not zooming.
    .filter((event: Event) =>
      "touches" in event
        ? (event as TouchEvent).touches.length > 1 || !pageScrollsUnder()
        : event.type === "wheel"
          ? wheelZooms(event as WheelEvent)
          : !(event as MouseEvent).button && event.type !== "dblclick",
    )
    // d3-zoom's own, but a mouse's Ctrl + wheel notch (100 px, or 3 lines) zooms as a plain notch
    // does: d3 speeds every Ctrl + wheel tenfold for a trackpad's pinch, whose steps are a few pixels.
    .wheelDelta(
      (event: WheelEvent) =>
        -event.deltaY *
        (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) *
        (event.ctrlKey && event.deltaMode === 0 && Math.abs(event.deltaY) < 50 ? 10 : 1),
    )
    .on("zoom", (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      const { x, y, k } = event.transform;
      onTransform({ x, y, k }, event.sourceEvent != null);
    });
  const size = () => ({ w: svg.clientWidth || 800, h: svg.clientHeight || 600 });
  if (keepInView !== undefined) {
    const { w, h } = size();
    behaviour.translateExtent([
      [-w * keepInView, -h * keepInView],
      [w * (1 + keepInView), h * (1 + keepInView)],
    ]);
  }
  selection.call(behaviour).on("dblclick.zoom", null);
  const hint = showGestureHints(svg, pageScrollsUnder, wheelZooms);

  const duration = () => (prefersReducedMotion() ? 0 : 300);
  const apply = (transform: ZoomTransform, animate: boolean) => {
    if (animate && duration() > 0)
      selection.transition().duration(duration()).call(behaviour.transform, transform);
    else {
      // A jump replaces any animation still running towards an older target.
      selection.interrupt();
      selection.call(behaviour.transform, transform);
    }
  };

  return {
    setViewport: ({ x, y, k }, animate = false) => apply(zoomIdentity.translate(x, y).scale(k), animate),
    scaleBy: (factor) => {
      if (duration() > 0)
        selection
          .transition()
          .duration(duration() / 2)
          .call(behaviour.scaleBy, factor);
      else selection.call(behaviour.scaleBy, factor);
    },
    fitBounds: (bounds, padding = 24, maxScale = 1, animate = true) => {
      const { w, h } = size();
      const k = Math.max(
        minScale,
        Math.min(maxScale, (w - 2 * padding) / bounds.w, (h - 2 * padding) / bounds.h),
      );
      const x = (w - bounds.w * k) / 2 - bounds.x * k;
      const y = (h - bounds.h * k) / 2 - bounds.y * k;
      apply(zoomIdentity.translate(x, y).scale(k), animate);
    },
    centerOn: (rect, minScale = 0.8) => {
      const { w, h } = size();
      const current = svg.__zoom?.k ?? 1;
      const k = Math.max(current, minScale);
      const x = w / 2 - (rect.x + rect.w / 2) * k;
      const y = h / 2 - (rect.y + rect.h / 2) * k;
      apply(zoomIdentity.translate(x, y).scale(k), true);
    },
    size,
    destroy: () => {
      selection.interrupt();
      selection.on(".zoom", null);
      hint.destroy();
    },
  };
}

/**
 * A one-finger swipe, or in an embed a plain wheel, that scrolls the page over the picture marks
 * the picture's box with data-hint ("touch" or "wheel"), so the hint that says how to move the
 * picture shows (the stylesheet's .gesture-hint): for as long as the finger goes on scrolling the
 * page, and a moment after it lifts or the wheel stops.
 */
function showGestureHints(
  svg: SVGSVGElement,
  pageScrollsUnder: () => boolean,
  wheelZooms: (event: WheelEvent) => boolean,
) {
  /** Where a one-finger touch on the picture started, while it lasts; null otherwise. */
  let start: { x: number; y: number } | null = null;
  let timer = 0;
  const box = svg.parentElement;
  const flash = (kind: "touch" | "wheel") => {
    if (box?.getAttribute("data-hint") !== kind) box?.setAttribute("data-hint", kind);
    clearTimeout(timer);
    timer = window.setTimeout(() => box?.removeAttribute("data-hint"), 1500);
  };
  const onStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    start =
      event.touches.length === 1 && touch && pageScrollsUnder()
        ? { x: touch.clientX, y: touch.clientY }
        : null;
  };
  const onMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (!start || !touch || event.touches.length > 1) return;
    if (Math.hypot(touch.clientX - start.x, touch.clientY - start.y) >= 10) flash("touch");
  };
  const onWheel = (event: WheelEvent) => {
    if (!wheelZooms(event)) flash("wheel");
  };
  // Once the page scrolls, a browser may hold back the finger's moves: the scroll says it moved.
  const onScroll = () => {
    if (start) flash("touch");
  };
  const onEnd = (event: TouchEvent) => {
    if (event.touches.length === 0) start = null;
  };
  svg.addEventListener("touchstart", onStart, { passive: true });
  svg.addEventListener("touchmove", onMove, { passive: true });
  // On the window, so a finger that lifts anywhere (or a gesture the browser cancels) ends the swipe.
  window.addEventListener("touchend", onEnd, { passive: true });
  window.addEventListener("touchcancel", onEnd, { passive: true });
  svg.addEventListener("wheel", onWheel, { passive: true });
  window.addEventListener("scroll", onScroll, { passive: true });
  return {
    destroy: () => {
      clearTimeout(timer);
      box?.removeAttribute("data-hint");
      svg.removeEventListener("touchstart", onStart);
      svg.removeEventListener("touchmove", onMove);
      window.removeEventListener("touchend", onEnd);
      window.removeEventListener("touchcancel", onEnd);
      svg.removeEventListener("wheel", onWheel);
      window.removeEventListener("scroll", onScroll);
    },
  };
}

declare global {
  interface SVGSVGElement {
    /** Where d3-zoom keeps the current transform. */
    __zoom?: ZoomTransform;
  }
}
