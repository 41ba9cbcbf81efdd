import type { CSSProperties } from "react";

/**
 * The hover and focus tooltip. It repeats what the item's accessible name already says, so it is
 * hidden from screen readers; it stays inside the map and never covers the pointer.
 */
export function MapTooltip({
  title,
  lines,
  hint,
  x,
  y,
  avoid,
  width,
  height,
}: {
  title: string;
  lines: string[];
  hint: string;
  x: number;
  y: number;
  /** A box the tooltip must not cover (a focused callout row's callout): it stands under or over it. */
  avoid?: { x: number; y: number; w: number; h: number } | undefined;
  width: number;
  height: number;
}) {
  const maxW = Math.min(320, width - 16);
  let style: CSSProperties;
  if (avoid) {
    const left = Math.max(8, Math.min(avoid.x, width - maxW - 8));
    // Under the box when the map has more room below it than above.
    style =
      height - (avoid.y + avoid.h) >= avoid.y
        ? { left, top: avoid.y + avoid.h + 8, maxWidth: maxW }
        : { left, bottom: height - avoid.y + 8, maxWidth: maxW };
  } else {
    const left = x + 16 + maxW > width ? Math.max(8, x - 16 - maxW) : x + 16;
    style =
      y < height / 2
        ? { left, top: Math.min(y + 16, height - 40), maxWidth: maxW }
        : { left, bottom: Math.max(8, height - y + 16), maxWidth: maxW };
  }
  return (
    <div className="map-tooltip" style={style} aria-hidden="true">
      <strong>{title}</strong>
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
      <div className="map-tooltip-hint">{hint}</div>
    </div>
  );
}
