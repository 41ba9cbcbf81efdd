// APP-6 / MIL-STD-2525C letter codes (15 characters) for units: friendly, planned or present,
// a function icon where the unit's kind or domain says what it is, and its echelon if known.
import type { Echelon, Unit } from "../model";

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
