// An SVG arrowhead for the end of a line (marker-end): a triangle in a 10 × 10 box whose tip sits
// `tip` units along, so the point meets the line's end. One shape for the chart's relations, the
// handout's and the map's flows.
export function ArrowheadMarker({
  id,
  className,
  tip = 9,
  size = 7,
}: {
  id: string;
  /** The class that colours the triangle (the stylesheet's fill). */
  className: string;
  tip?: number;
  /** The marker's width and height, in units of the line's stroke width. */
  size?: number;
}) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX={tip}
      refY="5"
      markerWidth={size}
      markerHeight={size}
      orient="auto-start-reverse"
    >
      <path d="M0,0 L10,5 L0,10 z" className={className} />
    </marker>
  );
}
