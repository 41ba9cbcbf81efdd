// Runs something once the page has painted for the first time. The built pages paint a snapshot
// of the default view before any script (scripts/prerender.ts); the app's own script (React and
// the views, ~135 KB) is only needed for the take-over, so it is asked for after that paint: on a
// slow connection the page, its stylesheets and fonts then have the bandwidth to themselves.

/** The longest the caller waits for a paint that is not reported (a browser without paint timing). */
export const PAINT_WAIT_MS = 1000;

export function afterFirstPaint(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  // A page loaded out of sight paints only when shown: nothing competes with its paint meanwhile.
  if (document.visibilityState !== "visible" || typeof PerformanceObserver === "undefined") return once();
  try {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().length) return;
      observer.disconnect();
      // After the task that reported the paint, so the paint is on screen before the script is asked for.
      setTimeout(once, 0);
    }).observe({ type: "paint", buffered: true });
  } catch {
    return once();
  }
  setTimeout(once, PAINT_WAIT_MS);
}
