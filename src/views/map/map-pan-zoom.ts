// d3-zoom for the map, framework-free (as the chart's pan-zoom.ts): it owns the SVG's zoom
// behaviour and reports the transform. The map needs its own extent: it never zooms out past
// the fitted frame, and zooms in far enough (×12) to tell the three ports near Odesa apart.
import { select, zoom, zoomIdentity } from "d3";
import type { ZoomBehavior, ZoomTransform } from "d3";

export type MapTransform = { x: number; y: number; k: number };

export type MapPanZoom = {
  scaleBy: (factor: number) => void;
  reset: () => void;
  /** Centres a screen point of the untransformed map at scale k (at least the current one). */
  centerOn: (x: number, y: number, k: number) => void;
  destroy: () => void;
};

export const MAP_MAX_SCALE = 12;

export function createMapPanZoom(
  svg: SVGSVGElement,
  onTransform: (t: MapTransform) => void,
  options: { reducedMotion: () => boolean },
): MapPanZoom {
  const selection = select(svg);
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, MAP_MAX_SCALE])
    .filter((event: Event) => (event.type === "wheel" || !(event as MouseEvent).button) && event.type !== "dblclick")
    .on("zoom", (event: { transform: ZoomTransform }) => onTransform({ x: event.transform.x, y: event.transform.y, k: event.transform.k }));
  const size = () => ({ w: svg.clientWidth || 800, h: svg.clientHeight || 600 });
  // Keep some of the map on screen whatever the pan.
  behaviour.translateExtent([
    [-size().w * 0.25, -size().h * 0.25],
    [size().w * 1.25, size().h * 1.25],
  ]);
  selection.call(behaviour).on("dblclick.zoom", null);
  const duration = () => (options.reducedMotion() ? 0 : 250);
  const apply = (transform: ZoomTransform) => {
    if (duration() > 0) selection.transition().duration(duration()).call(behaviour.transform, transform);
    else selection.call(behaviour.transform, transform);
  };
  return {
    scaleBy: (factor) => {
      if (duration() > 0) selection.transition().duration(duration()).call(behaviour.scaleBy, factor);
      else selection.call(behaviour.scaleBy, factor);
    },
    reset: () => apply(zoomIdentity),
    centerOn: (x, y, k) => {
      const { w, h } = size();
      const scale = Math.max(k, svg.__zoom?.k ?? 1);
      apply(zoomIdentity.translate(w / 2 - x * scale, h / 2 - y * scale).scale(scale));
    },
    destroy: () => {
      selection.interrupt();
      selection.on(".zoom", null);
    },
  };
}
