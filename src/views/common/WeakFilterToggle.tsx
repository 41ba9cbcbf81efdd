import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { WeakIcon } from "./WeakMark";

/**
 * The one "hide weakly sourced" filter, shown wherever filters are: the chart's filters, the map,
 * the matrix and the summary all read the same switch in the store.
 */
export function WeakFilterToggle() {
  const hideWeak = useAtlas((s) => s.filters.hideWeak);
  const setFilters = useAtlas((s) => s.setFilters);
  const { hiddenWeak } = useShownModel();
  return (
    <span className="weak-filter">
      <label>
        <input type="checkbox" checked={hideWeak} onChange={() => setFilters({ hideWeak: !hideWeak })} />
        <WeakIcon />
        Hide weakly sourced items
      </label>
      <span className="weak-filter-count" aria-live="polite">
        {hideWeak
          ? ` ${hiddenWeak.length} ${hiddenWeak.length === 1 ? "statement" : "statements"} hidden; weakly sourced units stay, dimmed on the chart.`
          : ""}
      </span>
    </span>
  );
}
