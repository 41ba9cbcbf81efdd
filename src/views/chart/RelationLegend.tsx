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
  const shown = useAtlas((s) => s.relationsShown);
  const setShown = useAtlas((s) => s.setRelationsShown);
  const selected = useAtlas((s) => s.selected);
  const selectedName = useShownModel().index.units.get(selected ?? "")?.shortName;
  return (
    <fieldset className="relation-legend">
      <legend>Lines</legend>
      {present.length > 0 && (
        <span className="legend-item legend-shown" role="group" aria-label="Relations drawn in full">
          <span aria-live="polite">
            {shown === "all"
              ? "All relations in full."
              : selectedName
                ? `In full: ${selectedName}’s relations; others faint.`
                : "Faint until you select a unit."}
          </span>
          <button
            type="button"
            aria-pressed={shown === "all"}
            onClick={() => setShown(shown === "all" ? "selected" : "all")}
          >
            {shown === "all" ? "Only the selected unit’s" : "Show all"}
          </button>
        </span>
      )}
      <span className="legend-item">
        <svg width="40" height="12" aria-hidden="true">
          <path d="M0,6H40" className="tree-link" />
        </svg>
        Part of
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
        Frames: solid decided · dashed planned · dotted proposed · grey dropped
      </span>
    </fieldset>
  );
}
