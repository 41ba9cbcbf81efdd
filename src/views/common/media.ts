// What the screen and the reader's settings ask for, shared by every view.
import { useEffect, useState } from "react";

/** The one-column layout of phones (app.css's breakpoint). */
export const PHONE_QUERY = "(max-width: 759px)";

/** The reader asked for less motion: scrolls jump rather than glide. */
export const prefersReducedMotion = () =>
  window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

/** Whether a media query matches now, following it as the window changes. */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const change = () => setMatches(list.matches);
    change();
    list.addEventListener?.("change", change);
    return () => list.removeEventListener?.("change", change);
  }, [query]);
  return matches;
}
