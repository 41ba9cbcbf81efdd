// Command Atlas, as users get it: the production build with ?model=, the org chart view (the
// default), the structure panel and details beside it. Its first render shows the first two
// levels (large models open with the roots expanded), and it marks 'model:loaded' (fetched and
// validated) and 'chart:rendered' (the chart's first paint) itself.
import type { Subject } from "./measure";

export const atlas: Subject = {
  name: "Command Atlas",
  url: (base, modelPath) => `${base}app/?model=${encodeURIComponent(`/${modelPath}`)}`,
  chart: 'svg[aria-label="Org chart"]',
  card: '[role="treeitem"]',
  expandAllText: "Expand all",
  collapseAllText: "Collapse all",
};
