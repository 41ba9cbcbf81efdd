// National flags, bundled: each is its own small chunk on this site, loaded when first shown;
// the table of their loaders (flag-files.ts) comes with the first.
const loaded = new Map<string, string | null>();
const pending = new Map<string, Promise<string | null>>();

export function flagUrlNow(code: string): string | null | undefined {
  return loaded.get(code);
}

/** A flag the page already holds (its prerendered first view): drawn at once, not loaded again. */
export function adoptFlagUrl(code: string, url: string): void {
  if (!loaded.has(code) && url.startsWith("data:image/svg+xml")) loaded.set(code, url);
}

export function loadFlagUrl(code: string): Promise<string | null> {
  if (loaded.has(code)) return Promise.resolve(loaded.get(code)!);
  let promise = pending.get(code);
  if (!promise) {
    promise = import("./flag-files")
      .then(
        ({ flagFiles }) => flagFiles[`/node_modules/country-flag-icons/string/3x2/${code}.js`]?.() ?? null,
      )
      .then(
        (svg) => {
          const url = svg ? "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg) : null;
          loaded.set(code, url);
          return url;
        },
        () => {
          loaded.set(code, null);
          return null;
        },
      );
    pending.set(code, promise);
  }
  return promise;
}
