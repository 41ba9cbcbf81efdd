// Relations the tree cannot show, drawn between cards in one line style per kind.
import { memo } from "react";
import type { ItemMark, Relation, RelationKind, Unit } from "../../model";
import type { ChartCard, TreeLayout } from "../../layout/tree";
import { CARD } from "../../layout/tree";
import { RELATION_LABEL, STATUS_LABEL } from "../common/labels";

export const RELATION_STYLE: Record<RelationKind, { dash: string; className: string }> = {
  commands: { dash: "", className: "rel-commands" },
  coordinates: { dash: "10 6", className: "rel-coordinates" },
  supports: { dash: "2 6", className: "rel-supports" },
  "based-on": { dash: "18 6 4 6", className: "rel-based-on" },
  "forward-element-of": { dash: "4 4", className: "rel-forward" },
  "contributes-to": { dash: "12 4 2 4 2 4", className: "rel-contributes" },
};

/** The card that shows a unit: its own, or its nearest ancestor's when a branch is closed. */
export function shownCard(layout: TreeLayout, units: ReadonlyMap<string, Unit>, id: string) {
  for (let at: string | null | undefined = id; at; at = units.get(at)?.parent) {
    const card = layout.byId.get(at);
    if (card) return card;
  }
  return undefined;
}

/** A gentle curve from the side of one card to the side of the other, away from tree links. */
export function relationPath(a: ChartCard, b: ChartCard): string {
  const ax = a.x + (b.x >= a.x ? CARD.w : 0);
  const bx = b.x + (b.x >= a.x ? 0 : CARD.w);
  const ay = a.y + CARD.h * 0.35;
  const by = b.y + CARD.h * 0.35;
  const bend = Math.max(40, Math.abs(bx - ax) * 0.25);
  const dir = b.x >= a.x ? 1 : -1;
  return `M${ax},${ay} C${ax + bend * dir},${ay - bend * 0.6} ${bx - bend * dir},${by - bend * 0.6} ${bx},${by}`;
}

export const RelationLines = memo(function RelationLines({
  layout,
  relations,
  hidden,
  selected,
  units,
  marks = null,
}: {
  layout: TreeLayout;
  /** To draw a relation of a unit inside a closed branch from the branch's visible card. */
  units: ReadonlyMap<string, Unit>;
  relations: readonly Relation[];
  hidden: ReadonlySet<RelationKind>;
  /** With a selection, its own relations stand out and the rest step back. */
  selected: string | null;
  /** Compare mode's marks by relation id: added heavy, removed dashed and faint, unchanged faded. */
  marks?: ReadonlyMap<string, ItemMark> | null;
}) {
  return (
    <g
      className={`relation-lines${selected && layout.byId.has(selected) ? " has-selection" : ""}`}
      aria-hidden="true"
    >
      {relations.map((relation) => {
        if (hidden.has(relation.kind)) return null;
        const a = shownCard(layout, units, relation.from);
        const b = shownCard(layout, units, relation.to);
        if (!a || !b || a === b) return null;
        const rolledUp = a.id !== relation.from || b.id !== relation.to;
        const d = relationPath(a, b);
        const style = RELATION_STYLE[relation.kind];
        const className = `relation ${style.className} status-${relation.status}${
          relation.from === selected || relation.to === selected ? " is-related" : ""
        }${rolledUp ? " is-rolled-up" : ""}${marks?.get(relation.id) ? ` change-${marks.get(relation.id)!.change}` : ""}`;
        const title = (
          <title>
            {RELATION_LABEL[relation.kind].out}: {units.get(relation.from)?.name ?? relation.from} →{" "}
            {units.get(relation.to)?.name ?? relation.to} ({STATUS_LABEL[relation.status].toLowerCase()})
            {rolledUp ? ", drawn from a closed branch" : ""}
            {relation.ourReading ? ", our reading: no source states this link" : ""}
            {marks?.get(relation.id) ? `; compared: ${marks.get(relation.id)!.change}` : ""}
          </title>
        );
        if (relation.ourReading)
          // Our reading, not a source's: the kind's own dashes, drawn hollow (a casing and a core).
          return (
            <g key={relation.id} className="relation-our-reading">
              <path
                d={d}
                className={`${className} is-our-reading`}
                strokeDasharray={style.dash || undefined}
                markerEnd="url(#relation-arrow-hollow)"
              >
                {title}
              </path>
              <path d={d} className="our-reading-core" strokeDasharray={style.dash || undefined} />
            </g>
          );
        return (
          <path
            key={relation.id}
            d={d}
            className={className}
            strokeDasharray={style.dash || undefined}
            markerEnd="url(#relation-arrow)"
          >
            {title}
          </path>
        );
      })}
    </g>
  );
});
