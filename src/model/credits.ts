// The credit line under an embed and an exported picture: which outlets stand behind what is
// shown, each with its grade in words ("Reuters, as carried by Dunya News (wire)"), strongest
// first. Pure functions; the embed footer and the exports draw the same line.
import { GRADE_LABEL, NOT_GRADED, gradeRank, outletName, statementsOf } from "./grades";
import type { ResolvedModel } from "./stages";
import type { Grade, Source } from "./types";

export type SourceCredit = {
  /** Who speaks, a carrier named as such: "Reuters, as carried by Dunya News". */
  outlet: string;
  /** The strongest grade among this outlet's sources; undefined when none is graded. */
  grade: Grade | undefined;
  /** How many statements of the stage cite it. */
  statements: number;
};

/** Every outlet the stage's statements cite, once each: strongest grade first, then most cited. */
export function sourceCredits(resolved: ResolvedModel, sources: ReadonlyMap<string, Source>): SourceCredit[] {
  const byOutlet = new Map<string, SourceCredit>();
  for (const statement of statementsOf(resolved)) {
    const outlets = new Set<string>();
    for (const id of statement.sources) {
      const source = sources.get(id);
      if (!source) continue;
      const outlet = outletName(source);
      const credit = byOutlet.get(outlet) ?? { outlet, grade: source.grade, statements: 0 };
      if (gradeRank(source.grade) < gradeRank(credit.grade)) credit.grade = source.grade;
      // A statement citing two articles of one outlet counts once for it.
      if (!outlets.has(outlet)) credit.statements++;
      outlets.add(outlet);
      byOutlet.set(outlet, credit);
    }
  }
  return [...byOutlet.values()].sort(
    (a, b) =>
      gradeRank(a.grade) - gradeRank(b.grade) ||
      b.statements - a.statements ||
      alphabetically(a.outlet, b.outlet),
  );
}

/**
 * A to Z, accents and case aside ("Élysée" beside "Elysée", not after "Zeit"), without
 * localeCompare: its first call loads the browser's collation data, about 14 ms on this machine
 * and 4 times that on a phone, and the embed's footer is the only text its first view sorts.
 */
function alphabetically(a: string, b: string): number {
  const [x, y] = [foldedForSorting(a), foldedForSorting(b)];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function foldedForSorting(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** One credit in words: "Reuters, as carried by Dunya News (wire)". */
export function creditWords(credit: SourceCredit): string {
  return `${credit.outlet} (${credit.grade ? GRADE_LABEL[credit.grade] : NOT_GRADED})`;
}

/**
 * The line itself: "Sources: Élysée (official); Reuters, as carried by Dunya News (wire); and 9
 * more". `max` outlets are named; the rest are counted, never silently dropped.
 */
export function sourceLine(credits: readonly SourceCredit[], max = credits.length): string {
  if (credits.length === 0) return "Sources: none cited in this stage";
  const named = credits.slice(0, Math.max(1, max)).map(creditWords);
  const more = credits.length - named.length;
  return `Sources: ${named.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}
