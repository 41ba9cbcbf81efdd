// Relations the tree cannot show, drawn between cards in one line style per kind.
import { memo, useMemo } from "react";
import type { ItemMark, Relation, RelationKind, Unit } from "../../model";
import type { TreeLayout } from "../../layout/tree";
import { CARD } from "../../layout/tree";
import { routeRelations } from "../../layout/relation-routes";
import type { Point } from "../../layout/relation-routes";
import type { RelationsShown } from "../../state/store";
import { RELATION_LABEL, STATUS_LABEL } from "../common/labels";
import { ArrowheadMarker } from "../common/ArrowheadMarker";

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

/** A coordinate for a path: to the hundredth of a pixel, enough for any zoom. */
const at = ([x, y]: Point) => `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`;

/**
 * A route as an SVG path, its corners rounded: straight legs, and round each corner a quadratic
 * curve from just before it to just after it. (Hand-written: d3-shape's curve did the same for
 * 3.7 KB of the first load.)
 */
export function relationPath(points: readonly Point[]): string {
  if (points.length === 0) return "";
  let d = `M${at(points[0]!)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [px, py] = points[i - 1]!;
    const [cx, cy] = points[i]!;
    const [nx, ny] = points[i + 1]!;
    // The corner radius stays under the router's clearance, so the curve keeps off the cards.
    const r = Math.min(6, Math.hypot(cx - px, cy - py) / 2, Math.hypot(nx - cx, ny - cy) / 2);
    const towards = (x: number, y: number): Point => {
      const length = Math.hypot(x - cx, y - cy) || 1;
      return [cx + ((x - cx) / length) * r, cy + ((y - cy) / length) * r];
    };
    d += `L${at(towards(px, py))}Q${at([cx, cy])} ${at(towards(nx, ny))}`;
  }
  return points.length > 1 ? `${d}L${at(points.at(-1)!)}` : d;
}

/**
 * The arrowheads RelationLines ends its lines with, to go in the <defs> of the SVG that draws them
 * with the same `markerId`: one for a sourced line, and one for our reading's wider, hollow line
 * (a marker's size scales with the stroke, so that one is smaller).
 */
export function RelationArrowMarkers({ markerId = "relation-arrow" }: { markerId?: string }) {
  return (
    <>
      <ArrowheadMarker id={markerId} className="relation-arrow" />
      <ArrowheadMarker id={`${markerId}-hollow`} className="relation-arrow" size={3} />
    </>
  );
}

export const RelationLines = memo(function RelationLines({
  layout,
  relations,
  hidden,
  selected,
  units,
  shown,
  markerId = "relation-arrow",
  marks = null,
}: {
  layout: TreeLayout;
  /** To draw a relation of a unit inside a closed branch from the branch's visible card. */
  units: ReadonlyMap<string, Unit>;
  relations: readonly Relation[];
  hidden: ReadonlySet<RelationKind>;
  /** With a selection, its own relations stand out and the rest step back. */
  selected: string | null;
  /** "selected": only the selected unit's relations in full, the others faint; "all": every one. */
  shown: RelationsShown;
  /** The arrowhead's marker id in the SVG that draws these lines. */
  markerId?: string;
  /** Compare mode's marks by relation id: added heavy, removed dashed and faint, unchanged faded. */
  marks?: ReadonlyMap<string, ItemMark> | null;
}) {
  const drawn = useMemo(() => {
    const list = [];
    for (const relation of relations) {
      if (hidden.has(relation.kind)) continue;
      const from = shownCard(layout, units, relation.from);
      const to = shownCard(layout, units, relation.to);
      if (!from || !to || from === to) continue;
      list.push({ relation, from, to, rolledUp: from.id !== relation.from || to.id !== relation.to });
    }
    return list;
  }, [layout, relations, hidden, units]);
  const routes = useMemo(
    () =>
      routeRelations(
        layout.cards,
        drawn.map(({ relation, from, to }) => ({ id: relation.id, from, to })),
        CARD,
        layout.orientation,
      ),
    [layout, drawn],
  );
  const hasSelection = selected !== null && layout.byId.has(selected);
  return (
    <g
      className={`relation-lines${hasSelection ? " has-selection" : ""}${shown === "selected" ? " shows-selected" : ""}`}
      aria-hidden="true"
    >
      {drawn.map(({ relation, rolledUp }) => {
        const points = routes.get(relation.id);
        if (!points) return null;
        const style = RELATION_STYLE[relation.kind];
        const d = relationPath(points);
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
                markerEnd={`url(#${markerId}-hollow)`}
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
            markerEnd={`url(#${markerId})`}
          >
            {title}
          </path>
        );
      })}
    </g>
  );
});
