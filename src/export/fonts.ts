// The app's web font, for embedding in exported SVGs: whatever @font-face rules the page's own
// stylesheets declare for the family the page uses, each file read from this site and turned into
// a data: URL. Nothing is fetched from anywhere else; without a web font the list is empty and
// the picture names the page's font stack.
import type { EmbeddedFont } from "./svg";

const cache = new Map<string, Promise<EmbeddedFont | null>>();

const unquote = (s: string) => s.trim().replace(/^["']|["']$/g, "");

/** The page's font stack, as the SVG's font-family. */
export function pageFontFamily(doc: Document = document): string {
  return getComputedStyle(doc.documentElement).fontFamily || "sans-serif";
}

function fontFaceRules(doc: Document): CSSFontFaceRule[] {
  const rules: CSSFontFaceRule[] = [];
  const walk = (list: CSSRuleList) => {
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSFontFaceRule) rules.push(rule);
      else if (rule instanceof CSSImportRule && rule.styleSheet) walk(rule.styleSheet.cssRules);
      else if ("cssRules" in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      walk(sheet.cssRules);
    } catch {
      // Another site's sheet cannot be read; the app has none, but a host page might.
    }
  }
  return rules;
}

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const blob = await response.blob();
  return await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(blob);
  });
}

/**
 * The faces of the page's first font family, embedded. `styles` limits them to the styles the
 * picture uses ("normal", "italic"), so an upright-only picture does not carry the italic file.
 */
export async function embeddedFonts(
  styles: ReadonlySet<string> = new Set(["normal", "italic"]),
  doc: Document = document,
): Promise<EmbeddedFont[]> {
  const family = unquote(pageFontFamily(doc).split(",")[0] ?? "");
  const faces = fontFaceRules(doc).filter(
    (rule) => unquote(rule.style.getPropertyValue("font-family")) === family,
  );
  const loaded = await Promise.all(
    faces.map((rule) => {
      const style = rule.style.getPropertyValue("font-style").trim() || "normal";
      if (!styles.has(style)) return Promise.resolve(null);
      const src = rule.style.getPropertyValue("src");
      const match = /url\(\s*["']?([^"')]+)["']?\s*\)(?:\s*format\(\s*["']?([^"')]+)["']?\s*\))?/.exec(src);
      if (!match) return Promise.resolve(null);
      const href = new URL(match[1]!, rule.parentStyleSheet?.href ?? doc.baseURI).href;
      if (new URL(href).origin !== new URL(doc.baseURI).origin && !href.startsWith("data:"))
        return Promise.resolve(null);
      let font = cache.get(href);
      if (!font) {
        font = dataUrl(href).then(
          (data) => ({
            family,
            style,
            weight: rule.style.getPropertyValue("font-weight").trim() || "400",
            src: data,
            format: match[2] ?? "woff2",
            unicodeRange: rule.style.getPropertyValue("unicode-range").trim() || undefined,
          }),
          () => null,
        );
        cache.set(href, font);
      }
      return font;
    }),
  );
  return loaded.filter((f): f is EmbeddedFont => f !== null);
}
