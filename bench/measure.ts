// One measured run of one chart (Command Atlas or d3-org-chart) on one model, in this order:
// load to first render, a snapshot (DOM nodes, JS heap), expand all, a snapshot, zoom with the
// wheel, pan by dragging, collapse all. Both charts go through exactly the same steps.
import type { Page } from "playwright-core";
import type { Browser } from "./browser";
import { heapMB } from "./browser";
import type { FrameStats } from "./page-helpers";

export type Subject = {
  name: string;
  /**
   * The page that shows the model at `modelPath` (relative to the server root); `chartSize` is
   * the size of the other chart's svg, for a page that can match it.
   */
  url: (base: string, modelPath: string, chartSize: ChartSize | null) => string;
  /** The chart's svg. */
  chart: string;
  /** A card, inside the chart. */
  card: string;
  expandAllText: string;
  collapseAllText: string;
};

export type ChartSize = { w: number; h: number };

export type Snapshot = { domNodes: number; chartNodes: number; cards: number; heapMB: number };

export type RunResult = {
  loadedMs: number | null;
  renderedMs: number | null;
  initial: Snapshot | null;
  expandAllMs: number | null;
  expanded: Snapshot | null;
  zoom: FrameStats | null;
  pan: FrameStats | null;
  collapseAllMs: number | null;
  /** The chart svg's size on screen (zoom and pan happen over its centre). */
  chartSize: ChartSize | null;
  /** The step that ran past the time limit, if one did; later steps were not measured. */
  timedOut: string | null;
  /**
   * Where the time to first render goes, from navigation start (ms): the page's marks
   * (app:start, model:fetched, model:validated, model:loaded, chart:rendered) and when the
   * page's main script had arrived. Absent in results from before this breakdown.
   */
  startup?: Record<string, number>;
};

/** Only first render (BENCH_STEPS=render): quick runs while working on start-up. */
const RENDER_ONLY = process.env.BENCH_STEPS === "render";

/** Wheel steps each way, and pixels per step: 30 × 80 px zooms out about 28× and back. */
const WHEEL_STEPS = 30;
const WHEEL_DELTA = 80;
const DRAG_STEPS = 60;
const DRAG_STEP_PX = 15;

class StepTimeout extends Error {}

export async function measureRun(
  browser: Browser,
  subject: Subject,
  base: string,
  modelPath: string,
  limitMs: number,
  matchSize: ChartSize | null = null,
): Promise<RunResult> {
  const result: RunResult = {
    loadedMs: null,
    renderedMs: null,
    initial: null,
    expandAllMs: null,
    expanded: null,
    zoom: null,
    pan: null,
    collapseAllMs: null,
    chartSize: null,
    timedOut: null,
  };
  const page = await browser.context.newPage();
  page.setDefaultTimeout(limitMs);
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        work(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new StepTimeout(name)), limitMs);
        }),
      ]);
    } catch (error) {
      if (error instanceof StepTimeout || (error instanceof Error && error.name === "TimeoutError"))
        throw new StepTimeout(name);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  try {
    await step("first render", async () => {
      await page.goto(subject.url(base, modelPath, matchSize));
      await page.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0, null, {
        timeout: limitMs,
        polling: 50,
      });
    });
    const marks = await page.evaluate(() => ({
      loaded: performance.getEntriesByName("model:loaded")[0]?.startTime ?? null,
      rendered: performance.getEntriesByName("chart:rendered")[0]!.startTime,
    }));
    result.loadedMs = marks.loaded === null ? null : Math.round(marks.loaded);
    result.renderedMs = Math.round(marks.rendered);
    result.startup = await page.evaluate(startupMarks);
    result.initial = await step("snapshot", () => snapshot(page, subject));
    if (RENDER_ONLY) return result;

    result.expandAllMs = await step("expand all", () => clickAndSettle(page, subject.expandAllText));
    result.expanded = await step("snapshot after expand all", () => snapshot(page, subject));

    const box = await page.locator(subject.chart).boundingBox();
    if (!box) throw new Error(`${subject.name}: no chart on the page`);
    result.chartSize = { w: Math.round(box.width), h: Math.round(box.height) };
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;

    result.zoom = await step("zoom", async () => {
      await page.mouse.move(cx, cy);
      await page.evaluate(() => window.__benchHelpers!.framesStart());
      for (const delta of [WHEEL_DELTA, -WHEEL_DELTA]) {
        for (let i = 0; i < WHEEL_STEPS; i++) {
          await page.mouse.wheel(0, delta);
          await page.evaluate(() => window.__benchHelpers!.nextFrame());
        }
      }
      return page.evaluate(() => window.__benchHelpers!.framesStop());
    });

    result.pan = await step("pan", async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.evaluate(() => window.__benchHelpers!.framesStart());
      for (let i = 1; i <= DRAG_STEPS; i++) {
        await page.mouse.move(cx - i * DRAG_STEP_PX, cy - (i * DRAG_STEP_PX) / 3);
        await page.evaluate(() => window.__benchHelpers!.nextFrame());
      }
      await page.mouse.up();
      return page.evaluate(() => window.__benchHelpers!.framesStop());
    });

    result.collapseAllMs = await step("collapse all", () => clickAndSettle(page, subject.collapseAllText));
  } catch (error) {
    if (!(error instanceof StepTimeout)) throw error;
    result.timedOut = error.message;
  } finally {
    // A page stuck in a long task may not close quickly; the browser is closed after each size.
    await Promise.race([
      page.close({ runBeforeUnload: false }),
      new Promise((r) => setTimeout(r, 5_000)),
    ]).catch(() => undefined);
  }
  return result;
}

/** Runs in the page: the start-up marks present, and when the first module script had arrived. */
function startupMarks(): Record<string, number> {
  const out: Record<string, number> = {};
  const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
  const entry = script
    ? (performance.getEntriesByName(script.src)[0] as PerformanceResourceTiming | undefined)
    : undefined;
  if (entry) out["script:arrived"] = Math.round(entry.responseEnd);
  for (const name of ["app:start", "model:fetched", "model:validated", "model:loaded", "chart:rendered"]) {
    const mark = performance.getEntriesByName(name)[0];
    if (mark) out[name] = Math.round(mark.startTime);
  }
  return out;
}

async function snapshot(page: Page, subject: Subject): Promise<Snapshot> {
  await page.evaluate(() => window.__benchHelpers!.nextFrame());
  const counts = await page.evaluate(
    ({ chart, card }) => {
      const svg = document.querySelector(chart);
      return {
        domNodes: document.getElementsByTagName("*").length,
        chartNodes: svg ? svg.getElementsByTagName("*").length : 0,
        cards: svg ? svg.querySelectorAll(card).length : 0,
      };
    },
    { chart: subject.chart, card: subject.card },
  );
  return { ...counts, heapMB: await heapMB(page) };
}

/** A real click on the button with this text; the time is taken in the page (see page-helpers.ts). */
async function clickAndSettle(page: Page, text: string): Promise<number> {
  await page.evaluate((t) => window.__benchHelpers!.armClick(t), text);
  await page.getByRole("button", { name: text, exact: true }).click();
  await page.waitForFunction(() => window.__benchHelpers!.clickResult() !== null, null, { polling: 50 });
  return Math.round((await page.evaluate(() => window.__benchHelpers!.clickResult()))!);
}
