import type { ItemChange } from "../../model";

/**
 * The shape of each compare mark, so a change never rests on colour: + added, − removed (dashed
 * ring), → status changed, ⇄ role changed, Δ changed otherwise, = unchanged. Works in HTML and,
 * with x and y, inside the chart's and map's SVG.
 */
export function ChangeIcon({
  change,
  x,
  y,
  size,
}: {
  change: ItemChange;
  x?: number;
  y?: number;
  size?: number;
}) {
  const stroke = { fill: "none", stroke: "currentColor", strokeWidth: 1.8, strokeLinecap: "round" } as const;
  return (
    <svg
      className={`change-icon change-${change}`}
      viewBox="0 0 16 16"
      width={size ?? "1em"}
      height={size ?? "1em"}
      x={x}
      y={y}
      aria-hidden="true"
      focusable="false"
    >
      {change === "added" && (
        <g {...stroke}>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M8 4.5V11.5M4.5 8H11.5" />
        </g>
      )}
      {change === "removed" && (
        <g {...stroke}>
          <circle cx="8" cy="8" r="6.5" strokeDasharray="2.5 2" />
          <path d="M4.5 8H11.5" />
        </g>
      )}
      {change === "status" && (
        <g {...stroke}>
          <rect x="1.5" y="1.5" width="13" height="13" rx="2" />
          <path d="M4.5 8H11M8.5 5.5 11 8 8.5 10.5" />
        </g>
      )}
      {change === "role" && (
        <g {...stroke}>
          <path d="M3 5.5H12M10 3.5 12 5.5 10 7.5M13 10.5H4M6 8.5 4 10.5 6 12.5" />
        </g>
      )}
      {change === "changed" && (
        <g {...stroke} strokeLinejoin="round">
          <path d="M8 2 14.5 14H1.5Z" />
        </g>
      )}
      {change === "unchanged" && (
        <g {...stroke}>
          <path d="M4 6.5H12M4 9.5H12" />
        </g>
      )}
    </svg>
  );
}
