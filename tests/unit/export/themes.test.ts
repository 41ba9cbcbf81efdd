// Every theme defines every colour the app and its exports draw, and its text pairs meet WCAG AA
// (4.5:1): the same numbers axe checks in the browser, here for every pair, in every theme.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PALETTE_KEYS, palettesFromCss, paint } from "../../../src/export/palette";
import { resolveTheme } from "../../../src/views/app/theme";

const css = readFileSync(path.resolve(import.meta.dirname, "../../../src/views/app/themes.css"), "utf8");
const palettes = palettesFromCss(css);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Text colour on background, as the views draw them. */
const TEXT_PAIRS: [string, string][] = [
  ["ink", "paper"],
  ["ink-soft", "paper"],
  ["ink-soft", "paper-2"],
  ["accent", "paper"],
  ["accent-ink", "accent"],
  ["decided", "paper"],
  ["planned", "paper"],
  ["proposed", "paper"],
  ["dropped", "paper"],
  ["reported", "paper"],
  ["planned", "condition-bg"],
  ["alert", "alert-bg"],
  ["alert", "paper"],
  ["ink", "notice-bg"],
  ["ink", "selected-bg"],
  ["ink-soft", "selected-bg"],
  ["ink", "condition-bg"],
  ["card-dropped-ink", "card-dropped-fill"],
  ["ink", "hit-bg"],
  ["ink", "current-hit-bg"],
  ["ink", "row-selected-bg"],
  ["ink", "note-bg"],
  ["ink-soft", "dashed-row-bg"],
  ["paper", "ink"],
  ["tooltip-hint", "ink"],
  ["ink", "land"],
  ["ink", "sea"],
  ...["lead", "sea-lead", "monitoring-lead", "logistics-lead", "contributor", "participant", "member", "supported", "none"].map(
    (role): [string, string] => ["ink", `role-${role}`],
  ),
];

function themeBlock(theme: string): Record<string, string> {
  const body = [...css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/([^{}]+)\{([^{}]*)\}/g)].find(([, selector]) =>
    selector!.includes(`[data-theme="${theme}"]`),
  )![2]!;
  return Object.fromEntries([...body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map(([, k, v]) => [k!, v!.trim()]));
}

describe("themes", () => {
  for (const theme of ["light", "dark", "contrast"] as const) {
    const vars = themeBlock(theme);
    it(`${theme}: defines every colour the light theme defines`, () => {
      expect(Object.keys(vars).sort()).toEqual(Object.keys(themeBlock("light")).sort());
    });
    it(`${theme}: text meets 4.5:1 on each background it is drawn on`, () => {
      const failing = TEXT_PAIRS.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(vars[fg]!, vars[bg]!) })).filter(
        (p) => !(p.ratio >= 4.5),
      );
      expect(failing).toEqual([]);
    });
    it(`${theme}: the export palette has every colour, read from the same sheet`, () => {
      for (const key of PALETTE_KEYS) expect(palettes[theme][key]).toBe(vars[key]);
    });
  }

  it("high contrast reaches 7:1 for body text", () => {
    const vars = themeBlock("contrast");
    for (const fg of ["ink", "ink-soft", "accent", "planned", "proposed", "dropped", "reported", "alert"])
      expect(contrast(vars[fg]!, vars.paper!)).toBeGreaterThanOrEqual(7);
  });

  it("auto follows more contrast first, then dark", () => {
    expect(resolveTheme("auto", { dark: true, moreContrast: false })).toBe("dark");
    expect(resolveTheme("auto", { dark: true, moreContrast: true })).toBe("contrast");
    expect(resolveTheme("auto", { dark: false, moreContrast: false })).toBe("light");
    expect(resolveTheme("light", { dark: true, moreContrast: true })).toBe("light");
  });

  it("writes rgb() with alpha as a hex colour and an opacity that every SVG editor reads", () => {
    expect(paint("rgb(255 255 255 / 0.9)", "fill")).toEqual({ fill: "#ffffff", "fill-opacity": "0.9" });
    expect(paint("#14181f", "stroke")).toEqual({ stroke: "#14181f" });
  });
});
