// Runs something once the page has painted for the first time. The built pages paint a snapshot
// of the default view before any script (scripts/prerender.ts); the app's own script (React and
// the views, ~135 KB) is only needed for the take-over, so it is asked for after that paint: on a
// slow connection the page, its stylesheets and fonts then have the bandwidth to themselves.

/** The longest the caller waits for a paint in a browser that may not report one (no paint timing). */
export const PAINT_WAIT_MS = 1000;
/**
 * The longest it waits where paint timing is reported: a busy machine can paint the snapshot
 * more than a second after this script runs (2.4 s on a loaded 2-core machine), and asking for the
 * app before it would race the paint. Only a page that never paints waits this long.
 */
export const REPORTED_PAINT_WAIT_MS = 5000;

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
  const reported = PerformanceObserver.supportedEntryTypes?.includes("paint") ?? false;
  setTimeout(once, reported ? REPORTED_PAINT_WAIT_MS : PAINT_WAIT_MS);
}
