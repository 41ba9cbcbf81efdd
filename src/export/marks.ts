// The app's small marks as SVG text for exports: the status shapes (views/common/StatusIcon.tsx)
// and the weakly-sourced diamond (views/common/WeakMark.tsx), drawn in a 16-unit box.
import type { Status } from "../model";
import { el } from "./svg";

/** The status's shape in `colour`, scaled to `size` px at (x, y). */
export function statusIcon(status: Status, colour: string, x: number, y: number, size = 14): string {
  const k = size / 16;
  const shape =
    status === "decided"
      ? el("circle", { cx: 8, cy: 8, r: 6, fill: colour })
      : status === "planned"
        ? el("circle", {
            cx: 8,
            cy: 8,
            r: 5.5,
            fill: "none",
            stroke: colour,
            "stroke-width": 2,
            "stroke-dasharray": "4 2.5",
          })
        : status === "proposed"
          ? el("circle", {
              cx: 8,
              cy: 8,
              r: 5.5,
              fill: "none",
              stroke: colour,
              "stroke-width": 2,
              "stroke-dasharray": "0.1 3",
              "stroke-linecap": "round",
            })
          : status === "dropped"
            ? el(
                "g",
                { fill: "none", stroke: colour, "stroke-width": 2 },
                el("circle", { cx: 8, cy: 8, r: 5.5 }),
                el("line", { x1: 3.5, y1: 12.5, x2: 12.5, y2: 3.5 }),
              )
            : el("path", {
                d: "M8 2 L14 13 H2 Z",
                fill: "none",
                stroke: colour,
                "stroke-width": 2,
                "stroke-linejoin": "round",
              });
  return el("g", { transform: `translate(${x} ${y}) scale(${k})` }, shape);
}

export function weakIcon(colour: string, x: number, y: number, size = 14): string {
  return el(
    "g",
    { transform: `translate(${x} ${y}) scale(${size / 16})` },
    el("path", {
      d: "M8 1.2 L14.8 8 L8 14.8 L1.2 8 Z",
      fill: "none",
      stroke: colour,
      "stroke-width": 1.8,
      "stroke-linejoin": "round",
    }),
    el("line", {
      x1: 8,
      y1: 4.6,
      x2: 8,
      y2: 9.2,
      stroke: colour,
      "stroke-width": 1.8,
      "stroke-linecap": "round",
    }),
    el("circle", { cx: 8, cy: 11.6, r: 1.1, fill: colour }),
  );
}
