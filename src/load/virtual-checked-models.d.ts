// The module scripts/checked-at-build.ts generates when the app is built (or served, or tested).
declare module "virtual:checked-models" {
  export const CHECKED_MODELS: readonly import("./checked-models").CheckedModel[];
}
