// The model's word lists: statuses, kinds, roles, echelons and the entity collections. Plain
// constants without zod, so views can use them on the app's first load; schema.ts builds the
// zod enums from them (and re-exports them).

/** What we know about a claim, unit or relation (meanings in the README and shared/facts.md). */
export const STATUSES = ["decided", "planned", "proposed", "dropped", "reported"] as const;

export const PLACE_KINDS = ["capital", "city", "port", "military-site"] as const;

export const ROLES = [
  "lead",
  "sea-lead",
  "monitoring-lead",
  "logistics-lead",
  "contributor",
  "participant",
  "member",
  "supported",
] as const;

export const UNIT_KINDS = [
  "coalition",
  "force",
  "headquarters",
  "forward-element",
  "coordination-cell",
  "line-of-effort",
  "task-group",
  "formation",
  "national-force",
  "support-element",
  "option",
] as const;

export const DOMAINS = ["land", "air", "sea", "cyber", "space"] as const;

/** APP-6 echelons, smallest to largest; only set where a source supports it. */
export const ECHELONS = [
  "team",
  "squad",
  "section",
  "platoon",
  "company",
  "battalion",
  "regiment",
  "brigade",
  "division",
  "corps",
  "army",
  "army-group",
  "theatre",
  "command",
] as const;

export const RELATION_KINDS = [
  "commands",
  "coordinates",
  "supports",
  "based-on",
  "forward-element-of",
  "contributes-to",
] as const;

export const CLAIM_KINDS = ["task", "fact", "event", "capability", "position", "assessment"] as const;

/** The entity collections, in the order they are checked and diffed. */
export const COLLECTIONS = ["places", "nations", "roles", "units", "relations", "claims"] as const;

/**
 * What kind of outlet stands behind a source, strongest first (the order decides which of a
 * statement's sources sets how it is shown; see grades.ts). Defined in shared/facts.md.
 */
export const GRADES = ["official", "wire", "press", "analysis", "aggregator"] as const;

/** The views a story step can show (issue 06). */
export const STORY_VIEWS = ["chart", "map", "matrix"] as const;
