// The main area until the org chart arrives: the stage in words, its lines of effort,
// what changed since the stage before, the nations and every source.
import { useShownModel } from "../app/shown-model";
import { Citations } from "../common/Citations";
import { formatIsoDate } from "../common/labels";
import { SourceList } from "../details/SourceList";
import { LinesOfEffort } from "./LinesOfEffort";
import { NationRoles } from "./NationRoles";
import { StageChanges } from "./StageChanges";
import { WeakFilterToggle } from "../common/WeakFilterToggle";

export function ModelSummary() {
  const { model, stageId, sources } = useShownModel();
  const stage = model.stages.find((s) => s.id === stageId);
  return (
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
      <SourceList ids={model.meta.sources.map((s) => s.id)} title="All sources" />
    </section>
  );
}
