// Runs inside the benchmarked page (added as an init script before any page script), so the
// timings are taken in the page's own clock and no DevTools round trip is ever inside them.
//
// - Frame times: a requestAnimationFrame loop records each frame's timestamp while a gesture
//   runs; the intervals between consecutive frames are the frame times (16.7 ms = every frame
//   at 60 Hz made it; a slow frame shows as a longer interval). Long animation frames
//   (PerformanceObserver "long-animation-frame", frames over 50 ms) are counted alongside.
// - Click to settled: a capture-phase click listener on the document notes performance.now()
//   when the click reaches the page, before the app's own handler runs. The page then waits
//   for two animation frames (the second one starts after the frame that painted the click's
//   render), then for further frames while the DOM still changes (a render that an effect
//   triggered), and, on the d3-org-chart page, until its transitions have ended. The time is
//   from the click to the end of that wait, so it includes the paint.

export type FrameStats = { count: number; median: number; p95: number; max: number; longFrames: number };

export type BenchHelpers = {
  framesStart: () => void;
  framesStop: () => Promise<FrameStats>;
  /** Arms a one-shot timer for the next click on the button with this text. */
  armClick: (buttonText: string) => void;
  /** The armed click's time to settled, once known. */
  clickResult: () => number | null;
  nextFrame: () => Promise<number>;
};

declare global {
  interface Window {
    __benchHelpers?: BenchHelpers;
  }
}

/** Serialized by Playwright and run in the page: must not use anything from this module's scope. */
export function installPageHelpers() {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const percentile = (sorted: number[], p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : 0;

  let stamps: number[] = [];
  let sampling = false;
  let longFrames = 0;
  try {
    new PerformanceObserver((list) => {
      if (sampling) longFrames += list.getEntries().length;
    }).observe({ type: "long-animation-frame", buffered: false });
  } catch {
    // long-animation-frame not supported: count stays 0
  }
  const loop = (t: number) => {
    if (!sampling) return;
    stamps.push(t);
    requestAnimationFrame(loop);
  };

  // Settled: the page's own exact signal if it has one (the d3-org-chart page tracks its
  // transitions), else two frames and then more frames while the DOM still changes. The
  // observer starts after the two frames, so the click's own render is not slowed by it.
  const settled = async () => {
    const page = (window as unknown as { __bench?: { settled?: () => Promise<number> } }).__bench;
    if (page?.settled) return page.settled();
    await frame();
    await frame();
    // The end is this frame (the click's render is painted) unless the DOM changes afterwards
    // (a render an effect triggered); then it is the first frame after the last change was
    // painted. A quiet frame that only proves nothing changed does not count.
    let end = performance.now();
    let mutations = 0;
    const observer = new MutationObserver((records) => {
      mutations += records.length;
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    let changed = false;
    for (let i = 0; i < 100; i++) {
      const before = mutations;
      await frame();
      const now = performance.now();
      if (mutations !== before) {
        changed = true;
        continue;
      }
      if (changed) end = now;
      break;
    }
    observer.disconnect();
    return end;
  };

  let result: number | null = null;
  const helpers: BenchHelpers = {
    framesStart: () => {
      stamps = [];
      longFrames = 0;
      sampling = true;
      requestAnimationFrame(loop);
    },
    framesStop: async () => {
      await frame();
      sampling = false;
      const deltas = stamps
        .slice(1)
        .map((t, i) => t - stamps[i]!)
        .sort((a, b) => a - b);
      const round = (x: number) => Math.round(x * 10) / 10;
      return {
        count: deltas.length,
        median: round(percentile(deltas, 0.5)),
        p95: round(percentile(deltas, 0.95)),
        max: round(deltas[deltas.length - 1] ?? 0),
        longFrames,
      };
    },
    armClick: (buttonText) => {
      result = null;
      const onClick = (event: Event) => {
        const button = event.target instanceof Element ? event.target.closest("button") : null;
        if (button?.textContent?.trim() !== buttonText) return;
        document.removeEventListener("click", onClick, true);
        const start = performance.now();
        void settled().then((end) => {
          result = end - start;
        });
      };
      document.addEventListener("click", onClick, true);
    },
    clickResult: () => result,
    nextFrame: frame,
  };
  window.__benchHelpers = helpers;
}
