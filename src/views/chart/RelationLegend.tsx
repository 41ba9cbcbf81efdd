import { RELATION_KINDS, isWeaklySourced } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { RELATION_LABEL } from "../common/labels";
import { WEAK_WORDS, WeakIcon } from "../common/WeakMark";
import { RELATION_STYLE } from "./RelationLines";

/** The key to the chart's line styles and marks; each relation kind can be switched off. */
export function RelationLegend() {
  const { resolved, index, sources } = useShownModel();
  const hidden = useAtlas((s) => s.hiddenRelations);
  const toggle = useAtlas((s) => s.toggleRelation);
  const openLegend = useAtlas((s) => s.openLegend);
  const present = RELATION_KINDS.filter((k) => resolved.relations.some((r) => r.kind === k));
  const shown = useAtlas((s) => s.relationsShown);
  const setShown = useAtlas((s) => s.setRelationsShown);
  const selected = useAtlas((s) => s.selected);
  const selectedName = useShownModel().index.units.get(selected ?? "")?.shortName;
  const ourReading =
    resolved.relations.some((r) => r.ourReading) ||
    resolved.units.some((u) => u.ourReading && u.parent && index.units.has(u.parent));
  const weak = resolved.units.some((u) => isWeaklySourced(u.sources, sources));
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
      {ourReading && (
        <span className="legend-item">
          <svg width="40" height="12" aria-hidden="true">
            <path d="M0,6H40" className="tree-link is-our-reading" />
            <path d="M0,6H40" className="our-reading-core" />
          </svg>
          Hollow line: our reading, no source states this placement or link
        </span>
      )}
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
        Frames: solid decided · dashed planned · dotted proposed · grey struck dropped{" "}
        <button
          type="button"
          className="link-button"
          aria-haspopup="dialog"
          onClick={() => openLegend("all")}
        >
          What the statuses mean
        </button>
      </span>
      {weak && (
        <span className="legend-item weak-mark">
          <WeakIcon />
          {WEAK_WORDS}: every source is an aggregator
        </span>
      )}
    </fieldset>
  );
}
