// The printed handout loads after the first paint (idle time), never in the first bundle, and is
// ready by the time someone prints: printing is synchronous, so it cannot wait for a download.
import { useEffect, useState } from "react";

/** True once the page is idle (or a print starts): time to fetch the handout's code. */
/** Held for the page's life, so its change event is not lost with a collected query object. */
const printQuery: MediaQueryList | undefined =
  typeof window !== "undefined" ? window.matchMedia?.("print") : undefined;

export function usePrintReady(ready: boolean): boolean {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!ready || armed) return;
    const arm = () => setArmed(true);
    const idle =
      typeof window.requestIdleCallback === "function"
        ? window.requestIdleCallback(arm, { timeout: 4000 })
        : window.setTimeout(arm, 2000);
    // Someone printing before then: load now (the stylesheet prints the screen meanwhile).
    const print = printQuery;
    print?.addEventListener?.("change", arm);
    window.addEventListener("beforeprint", arm);
    return () => {
      if (typeof window.cancelIdleCallback === "function") window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      print?.removeEventListener?.("change", arm);
      window.removeEventListener("beforeprint", arm);
    };
  }, [ready, armed]);
  return armed;
}
