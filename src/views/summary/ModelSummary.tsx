// The stage in words: its lines of effort, what changed since the stage before, and the nations.
// Its citations open the sources view, which lists every source with the statements on it.
import { useShownModel } from "../app/shown-model";
import { useAtlas } from "../../state/store";
import { Citations, SourceAnchorPrefix } from "../common/Citations";
import { formatIsoDate } from "../common/labels";
import { LinesOfEffort } from "./LinesOfEffort";
import { NationRoles } from "./NationRoles";
import { StageChanges } from "./StageChanges";
import { WeakFilterToggle } from "../common/WeakFilterToggle";

export function ModelSummary() {
  const { model, stageId, sources } = useShownModel();
  const setView = useAtlas((s) => s.setView);
  const stage = model.stages.find((s) => s.id === stageId);
  return (
    <SourceAnchorPrefix.Provider value={null}>
      <section className="panel summary" aria-labelledby="summary-title">
        <h2 id="summary-title" className="panel-title">
          {stage ? `${stage.name}` : "Base model"}
          {stage && <span className="stage-date"> · {formatIsoDate(stage.date)}</span>}
        </h2>
        {stage ? (
          <p className="lead">
            {stage.summary} <Citations ids={stage.sources} sources={sources} />
          </p>
        ) : (
          <p className="lead">{model.meta.description}</p>
        )}
        <p className="summary-filters">
          <WeakFilterToggle />
        </p>
        <LinesOfEffort />
        <StageChanges />
        <NationRoles />
        <h3>Sources</h3>
        <p>
          All {model.meta.sources.length} sources of this model, each with its grade and every statement that
          rests on it, are in the{" "}
          <button type="button" className="link-button" onClick={() => setView("sources")}>
            sources view
          </button>
          .
        </p>
      </section>
    </SourceAnchorPrefix.Provider>
  );
}
