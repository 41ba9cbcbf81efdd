// d3-org-chart (npm, devDependency only) on the bench page in bench/d3-org-chart/: the same
// model file, the same card size, the same first two levels shown, animations off, and a chart
// as large as Command Atlas's (its svg sits between the side panels). Its
// 'model:loaded' is fetch and JSON.parse only (no validation), so only first render compares.
import type { Subject } from "./measure";

export const d3OrgChart: Subject = {
  name: "d3-org-chart",
  url: (base, modelPath, size) =>
    `${base}d3-org-chart/?model=${encodeURIComponent(`/${modelPath}`)}${size ? `&w=${size.w}&h=${size.h}` : ""}`,
  chart: "svg.svg-chart-container",
  card: "g.node",
  expandAllText: "Expand all",
  collapseAllText: "Collapse all",
};
