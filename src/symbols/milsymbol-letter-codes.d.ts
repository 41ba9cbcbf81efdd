// Types for milsymbol's ES module entry (aliased in vite.config.ts): the default export's `ms`,
// plus the letter-code symbol sets we register.
declare module "milsymbol/letter-codes" {
  type Milsymbol = typeof import("milsymbol").default;
  export const ms: Milsymbol & { addIcons: (icons: unknown) => Milsymbol };
  export const letterground: unknown;
  export const lettersea: unknown;
  export const letterair: unknown;
}
