// The colours of an export, read from the app's own theme sheet (views/app/themes.css), so an
// exported picture uses exactly the screen's colours in any theme, whichever theme is on screen.
import themesCss from "../views/app/themes.css?raw";
import type { ResolvedTheme } from "../views/app/theme";

/** The theme variables an export draws with (names without the leading "--"). */
export const PALETTE_KEYS = [
  "ink",
  "ink-soft",
  "paper",
  "paper-2",
  "line",
  "accent",
  "decided",
  "planned",
  "proposed",
  "dropped",
  "reported",
  "alert",
  "selected-bg",
  "tree-link",
  "card-dropped-fill",
  "card-dropped-ink",
  "flag-line",
  "flag-placeholder",
  "rel-arrow",
  "rel-commands",
  "rel-coordinates",
  "rel-supports",
  "rel-based-on",
  "rel-forward",
  "rel-contributes",
  "sea",
  "land",
  "land-line",
  "coast",
  "nation-line",
  "pattern-ink",
  "air-line",
  "sea-line",
  "flow",
  "hop",
  "halo",
  "note-bg",
  "note-line",
  "callout-bg",
  "callout-line",
  "dashed-row-bg",
  "role-lead",
  "role-sea-lead",
  "role-monitoring-lead",
  "role-logistics-lead",
  "role-contributor",
  "role-participant",
  "role-member",
  "role-supported",
  "role-none",
] as const;
export type PaletteKey = (typeof PALETTE_KEYS)[number];
export type Palette = Record<PaletteKey, string>;

export const THEMES: readonly ResolvedTheme[] = ["light", "dark", "contrast"];

/** Each theme's variables from a themes.css text: the block whose selector names it ([data-theme="dark"]). */
export function palettesFromCss(css: string): Record<ResolvedTheme, Palette> {
  const out = {} as Record<ResolvedTheme, Palette>;
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const theme of THEMES) {
    const values: Partial<Record<string, string>> = {};
    for (const [, selector, body] of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (!selector!.includes(`[data-theme="${theme}"]`)) continue;
      for (const [, name, value] of body!.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g))
        values[name!] = value!.trim();
    }
    const missing = PALETTE_KEYS.filter((key) => !values[key]);
    if (missing.length) throw new Error(`themes.css: the ${theme} theme lacks --${missing.join(", --")}`);
    out[theme] = Object.fromEntries(PALETTE_KEYS.map((key) => [key, values[key]!])) as Palette;
  }
  return out;
}

let cached: Record<ResolvedTheme, Palette> | null = null;

export function paletteFor(theme: ResolvedTheme): Palette {
  cached ??= palettesFromCss(themesCss);
  return cached[theme];
}

/**
 * A colour as SVG presentation attributes: "rgb(255 255 255 / 0.9)" becomes a hex colour and an
 * opacity, which every SVG editor reads (not all of them read CSS Color 4).
 */
export function paint(value: string, property: "fill" | "stroke"): Record<string, string> {
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[/,]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!rgb) return { [property]: value };
  const hex = `#${[rgb[1], rgb[2], rgb[3]].map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;
  const alpha =
    rgb[4] === undefined ? 1 : rgb[4].endsWith("%") ? Number(rgb[4].slice(0, -1)) / 100 : Number(rgb[4]);
  return alpha === 1 ? { [property]: hex } : { [property]: hex, [`${property}-opacity`]: String(alpha) };
}
