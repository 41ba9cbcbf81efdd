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
  width,
  height,
}: {
  title: string;
  lines: string[];
  hint: string;
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  const maxW = Math.min(320, width - 16);
  const left = x + 16 + maxW > width ? Math.max(8, x - 16 - maxW) : x + 16;
  const below = y < height / 2;
  const style = below
    ? { left, top: Math.min(y + 16, height - 40), maxWidth: maxW }
    : { left, bottom: Math.max(8, height - y + 16), maxWidth: maxW };
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
