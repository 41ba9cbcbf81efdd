// Kept apart from media.ts: only the views loaded on demand (the map, the Embed dialog) measure boxes this way.
import { useLayoutEffect, useState } from "react";
import type { RefObject } from "react";

/** The element's size inside its borders, kept up to date with a ResizeObserver (0 until measured). */
export function useElementSize(ref: RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ w: 0, h: 0 });
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
