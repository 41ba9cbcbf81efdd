import { useRef } from "react";
import { STATUSES } from "../../model";
import type { Status } from "../../model";
import { useAtlas } from "../../state/store";
import type { View } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { STATUS_LABEL } from "./labels";
import { StatusIcon } from "./StatusIcon";

/**
 * The one status filter ("decided only", say), wherever filters are: the chart's filters, the map
 * and the matrix read the same statuses in the store (and the URL, ?status=). Nothing ticked:
 * every status shows.
 */
/** Where the hidden statements go, in the view the filter sits in. */
const HIDDEN_WHERE: Partial<Record<View, string>> = {
  map: "they are off the map.",
  matrix: "they are out of the table.",
};

export function StatusFilter() {
  const statuses = useAtlas((s) => s.filters.statuses);
  const view = useAtlas((s) => s.view);
  const setFilters = useAtlas((s) => s.setFilters);
  const { hiddenByStatus } = useShownModel();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const toggle = (status: Status) =>
    setFilters({
      statuses: statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status],
    });
  return (
    <fieldset className="status-filter" ref={fieldset}>
      <legend>Status: show only</legend>
      {STATUSES.map((status) => (
        <label key={status}>
          <input type="checkbox" checked={statuses.includes(status)} onChange={() => toggle(status)} />
          <StatusIcon status={status} />
          {STATUS_LABEL[status]}
        </label>
      ))}
      <span className="status-filter-count" aria-live="polite">
        {statuses.length > 0
          ? ` ${hiddenByStatus.length} ${hiddenByStatus.length === 1 ? "statement" : "statements"} of other statuses hidden; ${HIDDEN_WHERE[view] ?? "their units stay, faded, on the chart."}`
          : ""}
      </span>
      {statuses.length > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setFilters({ statuses: [] });
            // This button goes with the filter: keep the keyboard's place in the group, not on the page.
            fieldset.current?.querySelector("input")?.focus();
          }}
        >
          Show every status
        </button>
      )}
    </fieldset>
  );
}
