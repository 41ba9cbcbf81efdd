import { useAtlas } from "../../state/store";
import { STATUSES } from "../../model";
import { useShownModel } from "../app/shown-model";
import { STATUS_LABEL } from "../common/labels";

/** While the status filter is on, say how many statements about this unit or nation it hides. */
export function HiddenStatusNote({ subject }: { subject: string }) {
  const { hiddenByStatus } = useShownModel();
  const statuses = useAtlas((s) => s.filters.statuses);
  const setFilters = useAtlas((s) => s.setFilters);
  const count = hiddenByStatus.filter((s) => s.subjects.includes(subject)).length;
  if (count === 0) return null;
  return (
    <p className="hidden-weak-note">
      {count} {count === 1 ? "statement is" : "statements are"} hidden by the status filter (showing{" "}
      {STATUSES.filter((s) => statuses.includes(s))
        .map((s) => STATUS_LABEL[s].toLowerCase())
        .join(", ")}{" "}
      only).{" "}
      <button type="button" className="link-button" onClick={() => setFilters({ statuses: [] })}>
        Show every status
      </button>
    </p>
  );
}
