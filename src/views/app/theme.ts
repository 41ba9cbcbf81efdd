// The theme on screen: the reader's choice (store + ?theme=), with "auto" following the system's
// dark and more-contrast settings. The resolved theme goes on <html data-theme>, which themes.css reads.
import { useLayoutEffect, useSyncExternalStore } from "react";
import { themeChoice, useAtlas } from "../../state/store";
import type { Theme } from "../../state/store";

export type ResolvedTheme = "light" | "dark" | "contrast";

export type SystemPreferences = { dark: boolean; moreContrast: boolean };

/** What "auto" means here: more contrast first (it is an accessibility need), then dark, else light. */
export function resolveTheme(choice: Theme, system: SystemPreferences): ResolvedTheme {
  if (choice !== "auto") return choice;
  return system.moreContrast ? "contrast" : system.dark ? "dark" : "light";
}

const QUERIES = { dark: "(prefers-color-scheme: dark)", moreContrast: "(prefers-contrast: more)" };
let snapshot: SystemPreferences | null = null;

function readSystem(): SystemPreferences {
  const matches = (query: string) =>
    typeof window !== "undefined" &&
    typeof window.matchMedia === "function" &&
    window.matchMedia(query).matches;
  const next = { dark: matches(QUERIES.dark), moreContrast: matches(QUERIES.moreContrast) };
  // The same object while nothing changed, as useSyncExternalStore requires.
  if (!snapshot || snapshot.dark !== next.dark || snapshot.moreContrast !== next.moreContrast)
    snapshot = next;
  return snapshot;
}

function subscribeSystem(onChange: () => void): () => void {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return () => undefined;
  const lists = Object.values(QUERIES).map((q) => window.matchMedia(q));
  lists.forEach((list) => list.addEventListener?.("change", onChange));
  return () => lists.forEach((list) => list.removeEventListener?.("change", onChange));
}

export function useSystemPreferences(): SystemPreferences {
  return useSyncExternalStore(subscribeSystem, readSystem, readSystem);
}

export function useResolvedTheme(): ResolvedTheme {
  const choice = useAtlas(themeChoice);
  return resolveTheme(choice, useSystemPreferences());
}

/** Puts the resolved theme on <html>, so every view, overlay and dialog follows it. */
export function useApplyTheme(): ResolvedTheme {
  const theme = useResolvedTheme();
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
