import { RELATION_KINDS } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { RELATION_LABEL } from "../common/labels";
import { RELATION_STYLE } from "./RelationLines";

/** The key to the chart's line styles; each relation kind can be switched off. */
export function RelationLegend() {
  const { resolved } = useShownModel();
  const hidden = useAtlas((s) => s.hiddenRelations);
  const toggle = useAtlas((s) => s.toggleRelation);
  const present = RELATION_KINDS.filter((k) => resolved.relations.some((r) => r.kind === k));
  return (
    <fieldset className="relation-legend">
      <legend>Lines</legend>
      <span className="legend-item">
        <svg width="40" height="12" aria-hidden="true">
          <path d="M0,6H40" className="tree-link" />
        </svg>
        Part of (tree)
      </span>
      {present.map((kind) => (
        <label key={kind} className="legend-item">
          <input type="checkbox" checked={!hidden.has(kind)} onChange={() => toggle(kind)} />
          <svg width="40" height="12" aria-hidden="true">
            <path
              d="M0,6H40"
              className={`relation ${RELATION_STYLE[kind].className}`}
              strokeDasharray={RELATION_STYLE[kind].dash || undefined}
            />
          </svg>
          {RELATION_LABEL[kind].out}
        </label>
      ))}
      <span className="legend-item legend-status">
        Frames: solid decided · dashed planned · dotted proposed · grey struck dropped
      </span>
    </fieldset>
  );
}
