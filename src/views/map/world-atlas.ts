// The world's borders for the map: world-atlas (Natural Earth 1:50m) bundled with the app and
// loaded on demand, so the first bundle stays small and no tile server is ever asked.
import { prepareAtlas } from "../../layout/map";
import type { WorldAtlas } from "../../layout/map";

export const atlasKeys = { countries50m: ["world-atlas", "countries-50m"] as const };

/**
 * 1:50m rather than 1:110m: at 110m the coast near Odesa is off by several kilometres, enough to
 * put the ports at sea or inland at a city zoom; the 50m file is about 240 KB gzipped, loaded
 * only when the map is opened.
 */
export async function loadWorldAtlas(): Promise<WorldAtlas> {
  const module = await import("world-atlas/countries-50m.json");
  return prepareAtlas(module.default);
}
