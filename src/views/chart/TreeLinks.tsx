// The tree's links from parent to child card, and the marks on a child's own leg (the part from
// the trunk into the card): compare mode's and our reading's. Drawn by the chart and the handout.
import type { Unit } from "../../model";
import type { ChartLink } from "../../layout/tree";
import type { CardChange } from "./UnitCard";

const NO_CHANGES: ReadonlyMap<string, CardChange> = new Map();

export function TreeLinks({
  links,
  units,
  changes = NO_CHANGES,
}: {
  links: readonly ChartLink[];
  units: ReadonlyMap<string, Unit>;
  /** Compare mode's marks by card id (none outside compare mode). */
  changes?: ReadonlyMap<string, CardChange>;
}) {
  return (
    <g className="tree-links" aria-hidden="true">
      {links.map((link) => (
        <path key={`${link.source}>${link.target}`} d={link.path} className="tree-link" />
      ))}
      {/* Compare mode: the leg into a ghost (removed) card is dashed, into an added card heavy. */}
      {links
        .filter((link) => {
          const change = changes.get(link.target)?.change;
          return change === "removed" || change === "added";
        })
        .map((link) => (
          <path
            key={`${link.source}>${link.target}:change`}
            d={link.leg}
            className={`tree-link-change change-${changes.get(link.target)!.change}`}
          />
        ))}
      {/* A placement that is our reading, not a source's: its own leg into the card is drawn
          hollow (a trunk shared with sourced siblings stays solid), as the legend says. */}
      {links
        .filter((link) => units.get(link.target)?.ourReading)
        .map((link) => (
          <g key={`${link.source}>${link.target}:reading`} className="tree-link-our-reading">
            <path d={link.leg} className="tree-link is-our-reading" />
            <path d={link.leg} className="our-reading-core" />
          </g>
        ))}
    </g>
  );
}
