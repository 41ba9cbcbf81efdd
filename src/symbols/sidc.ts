// APP-6 / MIL-STD-2525C letter codes (15 characters) for units: friendly, planned or present,
// a function icon where the unit's kind or domain says what it is, and its echelon if known.
import type { Echelon, Unit } from "../model";
import { DOMAINS, ECHELONS, STATUSES, UNIT_KINDS } from "../model";
import { SYMBOL_SIZES } from "./symbol-sizes";

/** The size milsymbol draws symbols at (px): the frame's short side is 28 × 1.0–1.5. */
export const SYMBOL_SIZE = 28;

const ECHELON_LETTER: Partial<Record<Echelon, string>> = {
  team: "A",
  squad: "B",
  section: "C",
  platoon: "D",
  company: "E",
  battalion: "F",
  regiment: "G",
  brigade: "H",
  division: "I",
  corps: "J",
  army: "K",
  "army-group": "L",
  theatre: "M",
};

const HEADQUARTERS_KINDS = new Set<Unit["kind"]>(["headquarters", "forward-element", "coordination-cell"]);

/** Dimension and function: sea task groups clear mines, air-only units fly, the rest are ground units. */
function dimensionAndFunction(unit: Unit): string {
  const only = unit.domains.length === 1 ? unit.domains[0] : null;
  if (only === "sea") return unit.kind === "task-group" ? "SCM----" : "SC-----";
  if (only === "air") return "GUCV---"; // aviation
  return "GU-----";
}

export function unitSidc(unit: Unit): string {
  // Position 4: A = anticipated/planned (milsymbol draws a dashed frame), P = present.
  const planned = unit.status === "planned" || unit.status === "proposed" ? "A" : "P";
  const dimFn = dimensionAndFunction(unit); // 7 chars: dimension + 6-char function id
  const modifier = HEADQUARTERS_KINDS.has(unit.kind) && dimFn.startsWith("G") ? "A" : "-";
  const echelon = (unit.echelon && ECHELON_LETTER[unit.echelon]) || "-";
  return `SF${dimFn[0]}${planned}${dimFn.slice(1)}${modifier}${echelon}---`;
}

/** What a symbol's size depends on: its dimension (frame shape), headquarters staff and echelon. */
export function frameKey(sidc: string): string {
  return `${sidc[2]}${sidc[10]}${sidc[11]}`;
}

/**
 * The symbol's width and height at SYMBOL_SIZE, known without milsymbol (which loads after the
 * first paint), so a card lays out its text once and the symbol drops into its place.
 */
export function symbolSize(sidc: string): { width: number; height: number } {
  const [width, height] = SYMBOL_SIZES[frameKey(sidc)] ?? SYMBOL_SIZES["G--"]!;
  return { width, height };
}

/** Every code unitSidc can write, for the size table (scripts/write-symbol-sizes.ts) and its test. */
export function symbolCodes(): string[] {
  const codes = new Set<string>();
  const domainSets: Unit["domains"][] = [[], ...DOMAINS.map((d) => [d]), ["land", "air"]];
  for (const kind of UNIT_KINDS)
    for (const status of STATUSES)
      for (const domains of domainSets)
        for (const echelon of [undefined, ...ECHELONS])
          codes.add(unitSidc({ kind, status, domains, echelon } as Unit));
  return [...codes].sort();
}
