// An overview of large charts. A canvas, because thousands of tiny rectangles are a picture,
// not content: the cards themselves stay accessible in the SVG.
import { useResolvedTheme } from "../app/theme";
import { useEffect, useRef } from "react";
import type { RefObject } from "react";
import type { TreeLayout } from "../../layout/tree";
import { CARD } from "../../layout/tree";
import type { PanZoom } from "../common/pan-zoom";
import type { ViewportListener } from "./useChartViewport";

const W = 200;
const H = 120;

export function Minimap({
  layout,
  subscribe,
  panZoom,
}: {
  layout: TreeLayout;
  subscribe: (listener: ViewportListener) => () => void;
  panZoom: RefObject<PanZoom | null>;
}) {
  const base = useRef<HTMLCanvasElement>(null);
  const theme = useResolvedTheme();
  const frame = useRef<HTMLDivElement>(null);
  const { bounds } = layout;
  const scale = Math.min(W / Math.max(bounds.w, 1), H / Math.max(bounds.h, 1));

  useEffect(() => {
    const ctx = base.current?.getContext("2d");
    if (!ctx) return;
    ctx.clearRect(0, 0, W, H);
    // The canvas cannot read CSS variables by itself: take the theme's colour from the element.
    ctx.fillStyle = getComputedStyle(base.current!).getPropertyValue("--ink-soft").trim() || "#3d4654";
    for (const card of layout.cards) {
      ctx.fillRect(
        (card.x - bounds.x) * scale,
        (card.y - bounds.y) * scale,
        Math.max(1, CARD.w * scale),
        Math.max(1, CARD.h * scale),
      );
    }
  }, [layout, bounds, scale, theme]);

  useEffect(
    () =>
      subscribe((v, size) => {
        const el = frame.current;
        if (!el) return;
        el.style.left = `${(-v.x / v.k - bounds.x) * scale}px`;
        el.style.top = `${(-v.y / v.k - bounds.y) * scale}px`;
        el.style.width = `${(size.w / v.k) * scale}px`;
        el.style.height = `${(size.h / v.k) * scale}px`;
      }),
    [subscribe, bounds, scale],
  );

  return (
    <div
      className="minimap"
      aria-hidden="true"
      onClick={(event) => {
        const rect = event.currentTarget.getBoundingClientRect();
        const x = (event.clientX - rect.left) / scale + bounds.x;
        const y = (event.clientY - rect.top) / scale + bounds.y;
        panZoom.current?.centerOn({ x, y, w: 0, h: 0 }, 0);
      }}
    >
      <canvas ref={base} width={W} height={H} />
      <div ref={frame} className="minimap-frame" />
    </div>
  );
}
