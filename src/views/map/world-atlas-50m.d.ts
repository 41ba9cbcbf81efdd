// The 50m world atlas's type, stated rather than read: with resolveJsonModule, TypeScript read the
// whole 750 KB file to infer it, about 1.5 s of every typecheck. The tsconfigs leave JSON modules
// off, so this declaration is what `import()` of it gets.
declare module "world-atlas/countries-50m.json" {
  import type { Topology } from "topojson-specification";
  const atlas: Topology;
  export default atlas;
}
