// Bench-only page: renders a synthetic Command Atlas model with d3-org-chart, so `npm run bench`
// can compare the two in the same browser run. Never part of the app bundle.
//
// Comparable state: like the app for large models, the first render shows the root and its
// children (d3-org-chart's default initialExpandLevel of 1). Animations are off (duration 0):
// the app does not animate expanding, so both measure work, not a 400 ms tween.
// "Settled" means: every d3 transition the library started has ended and the frame that painted
// the final state is over.
import { selection } from "d3-selection";
import "d3-transition";
import { OrgChart } from "d3-org-chart";

type SynthUnit = {
  id: string;
  parent?: string;
  shortName: string;
  name: string;
  kind: string;
  status: string;
  condition?: string;
};
type Datum = {
  id: string;
  parentId?: string;
  shortName: string;
  kind: string;
  status: string;
  condition?: string;
};

declare global {
  interface Window {
    __bench?: { settled: () => Promise<number>; chart: OrgChart<Datum> };
  }
}

// Count every transition the library starts, so "settled" is exact rather than a guess.
let running = 0;
let waiters: (() => void)[] = [];
const original = selection.prototype.transition;
selection.prototype.transition = function (
  this: typeof selection.prototype,
  ...args: Parameters<typeof original>
) {
  const t = original.apply(this, args);
  if (!t.empty()) {
    running++;
    const done = () => {
      running--;
      if (running === 0) {
        const ws = waiters;
        waiters = [];
        ws.forEach((w) => w());
      }
    };
    t.end().then(done, done);
  }
  return t;
} as typeof original;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves with performance.now() once all transitions have ended and that state is painted. */
async function settled(): Promise<number> {
  await frame();
  // Transitions end inside a frame's timer callbacks, so that frame paints the final state and
  // the next frame starts after it. With no transitions, two frames, as on the app's page.
  const hadTransitions = running > 0;
  while (running > 0) await new Promise<void>((resolve) => waiters.push(resolve));
  if (!hadTransitions) await frame();
  await frame();
  return performance.now();
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function main() {
  const params = new URLSearchParams(location.search);
  const url = params.get("model");
  if (!url) throw new Error("?model= is required");
  // The chart's size: as large as Command Atlas's chart when the bench says (&w=&h=), else the window.
  const container = document.getElementById("chart")!;
  const width = Number(params.get("w")) || window.innerWidth;
  const height = Number(params.get("h")) || window.innerHeight;
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
  const model = (await (await fetch(url)).json()) as { units: SynthUnit[] };
  const data: Datum[] = model.units.map((u) => ({
    id: u.id,
    parentId: u.parent,
    shortName: u.shortName,
    kind: u.kind,
    status: u.status,
    condition: u.condition,
  }));
  performance.mark("model:loaded");

  const chart = new OrgChart<Datum>()
    .container(container)
    .svgHeight(height)
    .data(data)
    .nodeId((d) => d.id)
    .parentNodeId((d) => d.parentId)
    .nodeWidth(() => 236)
    .nodeHeight(() => 112)
    .childrenMargin(() => 56)
    .siblingsMargin(() => 28)
    .duration(0)
    .nodeContent(
      ({ data: d }) =>
        `<div class="card status-${d.status}"><div class="name">${escape(d.shortName)}</div><div class="kind">${escape(d.kind)}</div>` +
        (d.condition ? `<div class="cond">${escape(d.condition)}</div>` : "") +
        `<div class="status">${escape(d.status)}</div></div>`,
    )
    .render();
  window.__bench = { settled, chart };
  await settled();
  performance.mark("chart:rendered");

  document.getElementById("expand-all")!.addEventListener("click", () => chart.expandAll());
  document.getElementById("collapse-all")!.addEventListener("click", () => chart.collapseAll());
}

main().catch((error: unknown) => {
  document.body.dataset.error = String(error);
  console.error(error);
});
