// The one hook around pan-zoom: applies each zoom frame straight to the DOM (no React render
// per frame) and re-renders only when the culling window or the level of detail changes.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { RefObject } from "react";
import { contains, detailForScale, viewportInChart } from "../../layout/lod";
import type { Detail } from "../../layout/lod";
import type { Rect } from "../../layout/geometry";
import { createPanZoom } from "../common/pan-zoom";
import type { PanZoom, Viewport } from "../common/pan-zoom";
import { snapshotFrame, snapshotWindow } from "./snapshot-frame";

/** Told of each zoom frame and each resize: where the view is, and how big it is on screen. */
export type ViewportListener = (viewport: Viewport, size: { w: number; h: number }) => void;

export function useChartViewport(
  svgRef: RefObject<SVGSVGElement | null>,
  sceneRef: RefObject<SVGGElement | null>,
  /** In an article's embed the mouse wheel scrolls the article (pan-zoom.ts). */
  wheelScrollsPage = false,
) {
  const panZoom = useRef<PanZoom | null>(null);
  // Taking over the prerendered page, the first render draws the cards the snapshot shows.
  const [window_, setWindow] = useState<Rect | null>(snapshotWindow);
  const [detail, setDetail] = useState<Detail>(() => detailForScale(snapshotFrame()?.k ?? 1));
  const viewport = useRef<Viewport>({ x: 0, y: 0, k: 1 });
  const frame = useRef(0);
  /** Set once the user pans or zooms by hand: from then on a resize no longer refits the chart. */
  const userMoved = useRef(false);
  /** Set once the culling window has been computed for a viewport. */
  const windowSet = useRef(false);
  const listeners = useRef(new Set<ViewportListener>());
  /** The chart's size on screen, kept by a ResizeObserver rather than read on every frame. */
  const size = useRef<{ w: number; h: number } | null>(null);

  const screenSize = useCallback((svg: SVGSVGElement) => {
    size.current ??= { w: svg.clientWidth, h: svg.clientHeight };
    return { w: size.current.w || 800, h: size.current.h || 600 };
  }, []);

  const refreshWindow = useCallback(() => {
    frame.current = 0;
    const svg = svgRef.current;
    if (!svg) return;
    const screen = screenSize(svg);
    const needed = viewportInChart(screen, viewport.current, 0);
    setWindow((current) =>
      current && contains(current, needed) && current.w < needed.w * 4
        ? current
        : viewportInChart(screen, viewport.current, 0.5),
    );
    setDetail(detailForScale(viewport.current.k));
  }, [svgRef, screenSize]);

  // A layout effect, so the chart's own layout effects (fit to a new model) find it ready.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    panZoom.current = createPanZoom(
      svg,
      (v, byUser) => {
        viewport.current = v;
        if (byUser) userMoved.current = true;
        sceneRef.current?.setAttribute("transform", `translate(${v.x},${v.y}) scale(${v.k})`);
        listeners.current.forEach((listener) => listener(v, screenSize(svg)));
        // The first view (set by the chart's fit, in a layout effect) gets its cards in the same
        // frame: a frame of empty chart would flash, over the page's prerendered picture too.
        if (!windowSet.current) {
          windowSet.current = true;
          refreshWindow();
        } else if (!frame.current) frame.current = requestAnimationFrame(refreshWindow);
      },
      { wheelScrollsPage },
    );
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      size.current = { w: entry.contentRect.width, h: entry.contentRect.height };
      listeners.current.forEach((listener) => listener(viewport.current, size.current!));
      if (!frame.current) frame.current = requestAnimationFrame(refreshWindow);
    });
    observer.observe(svg);
    return () => {
      observer.disconnect();
      panZoom.current?.destroy();
      panZoom.current = null;
      if (frame.current) cancelAnimationFrame(frame.current);
    };
  }, [svgRef, sceneRef, refreshWindow, screenSize, wheelScrollsPage]);

  /** For the minimap: follow the viewport and the chart's size without re-rendering the chart. */
  const subscribe = useCallback(
    (listener: ViewportListener) => {
      listeners.current.add(listener);
      const svg = svgRef.current;
      if (svg) listener(viewport.current, screenSize(svg));
      return () => void listeners.current.delete(listener);
    },
    [svgRef, screenSize],
  );

  /** Whether the user has taken the view by hand (so resizes stop refitting), and ways to say so. */
  const hand = useMemo(
    () => ({
      taken: () => userMoved.current,
      take: () => void (userMoved.current = true),
      release: () => void (userMoved.current = false),
    }),
    [],
  );

  return { panZoom, window: window_, detail, viewport, subscribe, hand };
}
