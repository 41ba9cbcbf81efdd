// The bundled flag files, one small chunk each: a table of ~250 loaders, itself loaded with the
// first flag rather than in the app's first load.
export const flagFiles = import.meta.glob<string>(
  "/node_modules/country-flag-icons/string/3x2/[A-Z][A-Z].js",
  {
    import: "default",
  },
);
