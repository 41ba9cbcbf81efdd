// Always in view (sticky): the date the model is good up to, what is shown (a stage, or two
// stages compared), the status filter if one is on, and the status key.
import { useContext } from "react";
import { ShownModelContext } from "./shown-model";
import { formatIsoDate, STATUS_LABEL } from "../common/labels";
import { useAtlas } from "../../state/store";
import { STATUSES } from "../../model";

export function AsOfBar() {
  const shown = useContext(ShownModelContext);
  const statuses = useAtlas((s) => s.filters.statuses);
  const openLegend = useAtlas((s) => s.openLegend);
  if (!shown) return null;
  const { model, stageId, comparison } = shown;
  const name = (id: string | null) => model.stages.find((s) => s.id === id)?.name ?? "";
  return (
    <div className="as-of-bar" role="region" aria-label="As of">
      <p className="as-of">
        <strong>As of {formatIsoDate(model.meta.asOf)}</strong>
        {comparison ? (
          <span>
            {" "}
            · Comparing “{name(comparison.pair.from)}” → “{name(comparison.pair.to)}”
          </span>
        ) : (
          stageId && <span> · Stage: {name(stageId)}</span>
        )}
        {statuses.length > 0 && (
          <span className="as-of-filter">
            {" "}
            · Showing{" "}
            {STATUSES.filter((s) => statuses.includes(s))
              .map((s) => STATUS_LABEL[s].toLowerCase())
              .join(", ")}{" "}
            only
          </span>
        )}
      </p>
      <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => openLegend("all")}>
        Status key
      </button>
    </div>
  );
}
