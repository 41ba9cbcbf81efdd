// Compare mode in words: the mark an item carries, each difference as a plain sentence, and the
// notice for a pair that could not be compared as asked. Pure, so every view says the same.
import type {
  CompareProblem,
  ComparePair,
  Difference,
  ItemChange,
  ItemMark,
  RoleKind,
  Status,
} from "../../model";
import { CLAIM_KIND_LABEL, KIND_LABEL, RELATION_LABEL, ROLE_LABEL, STATUS_LABEL } from "../common/labels";

/** The headline of a mark, as a card or a tag says it. */
export const CHANGE_LABEL: Record<ItemChange, string> = {
  added: "Added",
  removed: "Removed",
  status: "Status changed",
  role: "Role changed",
  changed: "Changed",
  unchanged: "Unchanged",
};

/** What each mark means, one sentence each: the compare key. */
export const CHANGE_MEANING: Record<ItemChange, string> = {
  added: "Not in the earlier stage; new in the later one.",
  removed: "In the earlier stage, gone from the later one: drawn as a ghost.",
  status: "Its status moved, for example from proposed to dropped.",
  role: "A nation's role changed: a role added, removed, or of another kind.",
  changed: "Something else about it changed: a statement about it, a condition, an aggregate.",
  unchanged: "The same in both stages: faded, so the changes stand out.",
};

/** The line style of each change on the chart and map, said in words for the key. */
export const CHANGE_LINE: Record<ItemChange, string> = {
  added: "solid outline",
  removed: "dashed outline, faded card",
  status: "double outline",
  role: "dash-dot outline",
  changed: "dotted outline",
  unchanged: "no outline, faded",
};

const status = (s: string | null | undefined) => (s ? STATUS_LABEL[s as Status].toLowerCase() : "");

/** A unit's or nation's "role" mark speaks of roles in the plural: nations' roles in the unit. */
export function markLabel(mark: ItemMark, subject: "unit" | "nation" | "statement" = "statement"): string {
  if (mark.change === "role" && subject !== "statement") return "Roles changed";
  return CHANGE_LABEL[mark.change];
}

/**
 * A few words under the headline: the earlier status, or how many roles or statements about the
 * item were added, removed or changed. null when the headline says it all.
 */
export function markDetail(mark: ItemMark): string | null {
  if (mark.change === "status" && mark.statusBefore) return `was ${status(mark.statusBefore)}`;
  if (mark.change !== "role" && mark.change !== "changed") return null;
  const pool = mark.change === "role" ? mark.related.filter((d) => d.kind === "role") : mark.related;
  const [one, many] = mark.change === "role" ? ["role", "roles"] : ["statement", "statements"];
  const counted = (n: number, what: string) => (n ? [`${n} ${n === 1 ? one : many} ${what}`] : []);
  const parts = [
    ...counted(pool.filter((d) => d.change === "added").length, "added"),
    ...counted(pool.filter((d) => d.change === "removed").length, "removed"),
    ...counted(pool.filter((d) => d.change !== "added" && d.change !== "removed").length, "changed"),
  ];
  if (parts.length === 0 && mark.own)
    return `${[...new Set(mark.own.fields.map((f) => FIELD_WORDS[f] ?? f))].join(", ")} changed`;
  return parts.join(", ") || null;
}

/** The whole mark for a screen reader: "added", "status changed, was proposed". */
export function markSpoken(mark: ItemMark, subject: "unit" | "nation" | "statement" = "statement"): string {
  const detail = markDetail(mark);
  return [markLabel(mark, subject).toLowerCase(), detail].filter(Boolean).join(", ");
}

const ROLE_PHRASE: Record<RoleKind, string> = {
  lead: "lead of",
  "sea-lead": "sea lead of",
  "monitoring-lead": "monitoring lead of",
  "logistics-lead": "logistics lead of",
  contributor: "contributor to",
  participant: "participant in",
  member: "member of",
  supported: "supported nation of",
};

/** How the sentences name things: the views pass the shown model's names. */
export type Names = {
  unit: (id: string) => string;
  /** A unit's short name (or a nation's name, for a claim about a nation). */
  short: (id: string) => string;
  nation: (code: string) => string;
  place: (id: string) => string;
};

/** Who or what a difference is about, as its sentence begins. */
export function differenceSubject(d: Difference, names: Names): string {
  switch (d.kind) {
    case "role":
      return names.nation((d.after ?? d.before)!.nation);
    case "relation":
      return names.unit((d.after ?? d.before)!.from);
    case "claim":
      return names.short((d.after ?? d.before)!.about);
    case "place":
      return names.place(d.key);
    case "nation":
      return names.nation(d.key);
    default:
      return names.unit(d.subjects[0] ?? d.key);
  }
}

/** What the statement says, without its subject: "contributor to MNF-U". */
function what(d: Difference, names: Names): string {
  switch (d.kind) {
    case "unit": {
      const unit = (d.after ?? d.before)!;
      return `${KIND_LABEL[unit.kind].toLowerCase()}${unit.parent ? ` under ${names.short(unit.parent)}` : ""}`;
    }
    case "role": {
      const role = (d.after ?? d.before)!;
      return `${ROLE_PHRASE[role.role]} ${names.short(role.in)}`;
    }
    case "relation": {
      const relation = (d.after ?? d.before)!;
      return `${RELATION_LABEL[relation.kind].out.toLowerCase()} ${names.short(relation.to)}`;
    }
    case "claim": {
      const claim = (d.after ?? d.before)!;
      return `${CLAIM_KIND_LABEL[claim.kind].toLowerCase()}, “${claim.text}”`;
    }
    case "aggregate": {
      const aggregate = (d.after ?? d.before)!;
      return `${aggregate.label}${aggregate.total ? ` (${aggregate.total})` : ""}`;
    }
    case "commander": {
      const commander = (d.after ?? d.before)!;
      return `commander, ${commander.rank.toLowerCase()}`;
    }
    case "seats":
      return "seats of its rotation";
    case "place":
      return "place";
    case "nation":
      return "nation";
  }
}

/** Field names in words, for "changed: condition, description". */
const FIELD_WORDS: Record<string, string> = {
  description: "description",
  condition: "condition",
  parent: "place in the structure",
  name: "name",
  shortName: "short name",
  kind: "kind",
  domains: "domains",
  place: "place",
  country: "country",
  sources: "sources",
  facts: "fact references",
  note: "note",
  text: "wording",
  total: "number",
  label: "wording",
  ourReading: "our reading",
  date: "date",
  seats: "seats",
  rule: "rule",
  rank: "rank",
  nationality: "nationality",
  echelon: "echelon",
};

/** The change in words: "added, planned", "was proposed, now dropped", "removed (was planned)". */
export function changeWords(d: Difference): string {
  const before = status((d.before as { status?: string } | null)?.status);
  const after = status((d.after as { status?: string } | null)?.status);
  switch (d.change) {
    case "added":
      return ["added", after].filter(Boolean).join(", ");
    case "removed":
      return before ? `removed (was ${before})` : "removed";
    case "status":
      return `was ${before}, now ${after}`;
    case "role": {
      const wasRole =
        d.kind === "role" && d.before ? ROLE_LABEL[d.before.role].toLowerCase() : "another role";
      const statusPart =
        before && before !== after ? `, was ${before}, now ${after}` : after ? `, ${after}` : "";
      return `role changed (was ${wasRole})${statusPart}`;
    }
    case "changed": {
      const fields = [...new Set(d.fields.map((f) => FIELD_WORDS[f] ?? f))];
      return `changed (${fields.join(", ") || "details"})${after ? `, ${after}` : ""}`;
    }
  }
}

/** A difference's sentence in its three parts: who, what, and how it changed. */
export function differenceParts(
  d: Difference,
  names: Names,
): { subject: string; what: string; change: string } {
  return { subject: differenceSubject(d, names), what: what(d, names), change: changeWords(d) };
}

/** The whole sentence, sources aside: "France: contributor to MNF-U, added, planned". */
export function differenceSentence(d: Difference, names: Names): string {
  const parts = differenceParts(d, names);
  return `${parts.subject}: ${parts.what}, ${parts.change}`;
}

/** The quiet notice when a pair cannot be compared as asked. */
export function compareNotice(
  problem: CompareProblem,
  pair: ComparePair | null,
  stageName: (id: string) => string,
): string {
  const shown = pair ? `, so “${stageName(pair.from)}” is compared with “${stageName(pair.to)}”` : "";
  switch (problem.kind) {
    case "one-stage":
      return "This model has only one stage, so there is nothing to compare it with.";
    case "malformed":
      return problem.text.trim() === ""
        ? `The address asks to compare stages but names none${shown}.`
        : `“${problem.text}” does not name two stages (write ?compare=first..second)${shown}.`;
    case "unknown":
      return `This model has no stage ${problem.ids.map((id) => `“${id}”`).join(" or ")}${shown}.`;
    case "identical":
      return `A stage compared with itself shows no change${shown}.`;
  }
}
