// milsymbol is the largest part of the app (~135 KB gzipped, even with only the letter-code sets
// we draw), so it is not in the first load: cards draw their frame and text at once, and their
// symbols a moment later, in a box whose size sidc.ts already knows (no layout shift).
type SymbolImages = typeof import("./symbol-image");

let images: SymbolImages | null = null;
let loading: Promise<SymbolImages> | null = null;
/** Symbols the page already holds (the build's prerendered first view), until milsymbol loads. */
const adopted = new Map<string, string>();

/** Loads milsymbol once; later calls share the same promise. */
export function loadSymbolImages(): Promise<SymbolImages> {
  loading ??= import("./symbol-image").then((module) => (images = module));
  return loading;
}

/** The symbol's data: URL if milsymbol has loaded, else null (call loadSymbolImages). */
export function symbolUrlNow(sidc: string): string | null {
  return images ? images.symbolImage(sidc).url : (adopted.get(sidc) ?? null);
}

/**
 * A symbol drawn by milsymbol at build time (the page's prerendered first view, which
 * mount-room.tsx reads): the app draws it at once rather than a moment after its first frame.
 */
export function adoptSymbolUrl(sidc: string, url: string): void {
  if (url.startsWith("data:image/svg+xml")) adopted.set(sidc, url);
}
