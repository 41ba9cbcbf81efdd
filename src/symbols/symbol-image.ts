// milsymbol draws the APP-6 symbol; we keep one data: URL per code, since many units share one.
import { ms, letterair, letterground, lettersea } from "milsymbol/letter-codes";
import { SYMBOL_SIZE } from "./sidc";

// Only the 2525C letter-code sets sidc.ts writes (ground units, sea surface, air), not every
// standard milsymbol knows; see vite.config.ts.
ms.addIcons([letterground, lettersea, letterair]);

const cache = new Map<string, { url: string; width: number; height: number }>();

export function symbolImage(sidc: string, size = SYMBOL_SIZE): { url: string; width: number; height: number } {
  const key = `${sidc}@${size}`;
  let image = cache.get(key);
  if (!image) {
    const symbol = new ms.Symbol(sidc, { size, fill: true, frame: true });
    const { width, height } = symbol.getSize();
    image = { url: "data:image/svg+xml;charset=utf-8," + encodeURIComponent(symbol.asSVG()), width, height };
    cache.set(key, image);
  }
  return image;
}
