// Source grades (shared/facts.md): what kind of outlet stands behind a statement, so that a
// reader sees how strong it is before quoting it. Pure functions; the views only draw them.
import { GRADES } from "./vocabulary";
import type { ResolvedModel } from "./stages";
import type { Grade, Source } from "./types";
import { formatIsoDate } from "../lib/iso-date";

export const GRADE_LABEL: Record<Grade, string> = {
  official: "official",
  wire: "wire",
  press: "press",
  analysis: "analysis",
  aggregator: "aggregator",
};
export const NOT_GRADED = "not graded";

/** 0 for the strongest grade (official); a source without a grade ranks after every grade. */
export function gradeRank(grade: Grade | undefined): number {
  return grade ? GRADES.indexOf(grade) : GRADES.length;
}

type SourceLookup = ReadonlyMap<string, Source>;

/** The strongest grade among a statement's sources; null when none of them is graded. */
export function strongestGrade(ids: readonly string[], sources: SourceLookup): Grade | null {
  let best: Grade | null = null;
  for (const id of ids) {
    const grade = sources.get(id)?.grade;
    if (grade && (best === null || gradeRank(grade) < gradeRank(best))) best = grade;
  }
  return best;
}

/**
 * A statement rests on aggregators alone: it has sources, and every one is graded aggregator.
 * An ungraded or unknown source might be stronger, so it never makes a statement weak.
 */
export function isWeaklySourced(ids: readonly string[], sources: SourceLookup): boolean {
  return ids.length > 0 && ids.every((id) => sources.get(id)?.grade === "aggregator");
}

/** A statement's source ids, strongest first (stable among equals): the strongest leads. */
export function sourcesByStrength(ids: readonly string[], sources: SourceLookup): string[] {
  return ids
    .map((id, i) => ({ id, i, rank: gradeRank(sources.get(id)?.grade) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((s) => s.id);
}

/** Who speaks: the author, the original outlet as carried by its publisher, or the publisher. */
export function outletName(source: Source): string {
  const publisher = source.publisher.split(/[,(]/)[0]!.trim() || source.publisher;
  if (source.original) return `${source.original}, as carried by ${publisher}`;
  return source.author ?? publisher;
}

/** The short label of an inline citation: "Reuters, as carried by Dunya News, 10 July 2025". */
export function citationLabel(source: Source): string {
  return `${outletName(source)}, ${formatIsoDate(source.date)}`;
}

/** The whole citation in one line, for a tooltip or a screen reader. */
export function fullCitation(source: Source): string {
  const publisher = source.original
    ? `${source.original}, as carried by ${source.publisher}`
    : source.publisher;
  return [source.author, `“${source.title}”`, publisher, formatIsoDate(source.date)]
    .filter(Boolean)
    .join(", ");
}

/** The grade in words, "not graded" for a source without one. */
export function gradeWords(source: Source | undefined): string {
  return source?.grade ? GRADE_LABEL[source.grade] : NOT_GRADED;
}

/** A statement of a resolved stage that stands on its own sources. */
export type Statement = {
  /** What it is, in words a reader knows: "unit", "role", "claim"… */
  kind: "unit" | "commander" | "seat" | "aggregate" | "role" | "relation" | "claim";
  /** Its own id; for a part of a unit (commander, seat, aggregate), the unit's id plus the part. */
  id: string;
  /** The units or nations it is about, so a view can find the statements of what it shows. */
  subjects: string[];
  sources: readonly string[];
};

/** Every sourced statement of a stage: units and their parts, roles, relations, claims. */
export function statementsOf(resolved: ResolvedModel): Statement[] {
  const out: Statement[] = [];
  for (const unit of resolved.units) {
    out.push({ kind: "unit", id: unit.id, subjects: [unit.id], sources: unit.sources });
    if (unit.commander)
      out.push({
        kind: "commander",
        id: `${unit.id}/commander`,
        subjects: [unit.id],
        sources: unit.commander.sources,
      });
    if (unit.otherContributors)
      out.push({
        kind: "aggregate",
        id: `${unit.id}/otherContributors`,
        subjects: [unit.id],
        sources: unit.otherContributors.sources,
      });
    unit.rotation?.seats.forEach((seat, i) =>
      out.push({ kind: "seat", id: `${unit.id}/seats/${i}`, subjects: [unit.id], sources: seat.sources }),
    );
  }
  for (const r of resolved.roles)
    out.push({ kind: "role", id: r.id, subjects: [r.in, r.nation], sources: r.sources });
  for (const r of resolved.relations)
    out.push({ kind: "relation", id: r.id, subjects: [r.from, r.to], sources: r.sources });
  for (const c of resolved.claims)
    out.push({ kind: "claim", id: c.id, subjects: [c.about], sources: c.sources });
  return out;
}

/** The stage's statements that rest on aggregators alone. */
export function weaklySourcedStatements(resolved: ResolvedModel, sources: SourceLookup): Statement[] {
  return statementsOf(resolved).filter((s) => isWeaklySourced(s.sources, sources));
}

export type WithoutWeak = { resolved: ResolvedModel; hidden: Statement[] };

const withoutWeakCache = new WeakMap<ResolvedModel, WithoutWeak>();

/**
 * The stage with its weakly sourced roles, relations, claims and aggregates taken out, for the
 * "hide weakly sourced" filter. Units stay, so the tree keeps its shape: the chart dims a weakly
 * sourced unit instead (as it does for every filter), and its commander and seats stay with it.
 */
export function withoutWeaklySourced(resolved: ResolvedModel, sources: SourceLookup): WithoutWeak {
  const cached = withoutWeakCache.get(resolved);
  if (cached) return cached;
  const weak = (ids: readonly string[]) => isWeaklySourced(ids, sources);
  const hidden = weaklySourcedStatements(resolved, sources).filter(
    (s) => s.kind !== "unit" && s.kind !== "commander" && s.kind !== "seat",
  );
  const result: WithoutWeak = {
    hidden,
    resolved: hidden.length
      ? {
          ...resolved,
          units: resolved.units.map((u) => {
            if (!u.otherContributors || !weak(u.otherContributors.sources)) return u;
            const { otherContributors: _hidden, ...rest } = u;
            return rest;
          }),
          roles: resolved.roles.filter((r) => !weak(r.sources)),
          relations: resolved.relations.filter((r) => !weak(r.sources)),
          claims: resolved.claims.filter((c) => !weak(c.sources)),
        }
      : resolved,
  };
  withoutWeakCache.set(resolved, result);
  return result;
}
