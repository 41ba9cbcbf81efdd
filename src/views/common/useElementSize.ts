// Kept apart from media.ts: only the parts loaded on demand (the map, the Embed dialog, the
// timeline's axis) measure boxes this way.
import { useLayoutEffect, useState } from "react";
import type { RefObject } from "react";

/**
 * The element's size inside its borders, kept up to date with a ResizeObserver; `initial` until
 * measured (0 × 0 unless the caller knows it: a measure that finds it again draws nothing anew).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, initial = () => ({ w: 0, h: 0 })) {
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const w = Math.round(element.clientWidth);
      const h = Math.round(element.clientHeight);
      setSize((s) => (s.w === w && s.h === h ? s : { w, h }));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
