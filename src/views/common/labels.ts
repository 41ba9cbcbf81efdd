// Words shown for the model's enumerations: one place, so every view says the same thing.
import type { ClaimKind, Domain, RelationKind, RoleKind, Status, UnitKind } from "../../model";
import type { View } from "../../state/store";

/** A view as a sentence names it: "the org chart", "Back to the map". */
export const VIEW_NAME: Record<View, string> = {
  chart: "org chart",
  map: "map",
  matrix: "matrix",
  summary: "summary",
  sources: "sources",
};

export const STATUS_LABEL: Record<Status, string> = {
  decided: "Decided",
  planned: "Planned",
  proposed: "Proposed",
  dropped: "Dropped",
  reported: "Reported",
};

export const STATUS_MEANING: Record<Status, string> = {
  decided: "agreed and announced",
  planned: "agreed, happens only if a condition is met",
  proposed: "discussed, not agreed",
  dropped: "no longer on the table",
  reported: "from press reports or an analyst's own assessment, not an official text",
};

/** The status key: each status in one sentence (shared/facts.md's meanings, in our words). */
export const STATUS_SENTENCE: Record<Status, string> = {
  decided: "Agreed and announced by those who decide it.",
  planned:
    "Agreed, but it happens only if a condition is met, such as a ceasefire or a deployment of forces.",
  proposed: "Discussed, but not agreed.",
  dropped: "Discussed earlier and no longer on the table; kept in the model so you can see what changed.",
  reported: "Known from press reports, or from an analyst's own assessment, not from an official text.",
};

export const ROLE_LABEL: Record<RoleKind, string> = {
  lead: "Lead",
  "sea-lead": "Sea lead",
  "monitoring-lead": "Monitoring lead",
  "logistics-lead": "Logistics lead",
  contributor: "Contributor",
  participant: "Participant",
  member: "Member",
  supported: "Supported nation",
};

export const KIND_LABEL: Record<UnitKind, string> = {
  coalition: "Coalition",
  force: "Multinational force",
  headquarters: "Headquarters",
  "forward-element": "Forward element",
  "coordination-cell": "Coordination cell",
  "line-of-effort": "Line of effort",
  "task-group": "Task group",
  formation: "Formation",
  "national-force": "National armed force",
  "support-element": "Support element",
  option: "Option under discussion",
};

export const RELATION_LABEL: Record<RelationKind, { out: string; in: string }> = {
  commands: { out: "Commands", in: "Commanded by" },
  coordinates: { out: "Coordinates", in: "Coordinated by" },
  supports: { out: "Supports", in: "Supported by" },
  "based-on": { out: "Built on", in: "Basis for" },
  "forward-element-of": { out: "Forward element of", in: "Has forward element" },
  "contributes-to": { out: "Contributes to", in: "Receives contributions from" },
};

export const CLAIM_KIND_LABEL: Record<ClaimKind, string> = {
  task: "Task",
  fact: "Fact",
  event: "Event",
  capability: "Capability",
  position: "Position",
  assessment: "Author's assessment",
};

export const DOMAIN_LABEL: Record<Domain, string> = {
  land: "Land",
  air: "Air",
  sea: "Sea",
  cyber: "Cyber",
  space: "Space",
};

export { formatIsoDate } from "../../lib/iso-date";
