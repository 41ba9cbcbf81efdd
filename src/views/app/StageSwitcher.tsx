import { useAtlas } from "../../state/store";
import { useShownModel } from "./shown-model";
import { formatIsoDate } from "../common/labels";

/** Chooses the stage shown everywhere; a native select keeps it keyboard- and phone-friendly. */
export function StageSwitcher() {
  const { model, stageId } = useShownModel();
  const setStage = useAtlas((s) => s.setStage);
  return (
    <label className="stage-switcher">
      <span>Stage</span>
      <select value={stageId ?? ""} onChange={(event) => setStage(event.target.value || null)}>
        {model.stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {/* A stage named after its date ("10 July 2025") does not repeat it. */}
            {stage.name === formatIsoDate(stage.date)
              ? stage.name
              : `${stage.name} (${formatIsoDate(stage.date)})`}
          </option>
        ))}
      </select>
    </label>
  );
}
