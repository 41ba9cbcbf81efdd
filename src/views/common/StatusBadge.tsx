import type { Status } from "../../model";
import { useAtlas } from "../../state/store";
import { STATUS_LABEL, STATUS_MEANING } from "./labels";
import { StatusIcon } from "./StatusIcon";

/**
 * A status in words and shape. It opens the status key (what each status means), unless it sits
 * inside another control (a card button, a tree row), whose own view offers the key instead.
 */
export function StatusBadge({ status, interactive = true }: { status: Status; interactive?: boolean }) {
  const openLegend = useAtlas((s) => s.openLegend);
  const className = `status-badge status-${status}`;
  if (!interactive)
    return (
      <span className={className} title={STATUS_MEANING[status]}>
        <StatusIcon status={status} />
        {STATUS_LABEL[status]}
      </span>
    );
  return (
    <button
      type="button"
      className={className}
      title={`${STATUS_LABEL[status]}: ${STATUS_MEANING[status]}. Opens the status key.`}
      aria-haspopup="dialog"
      onClick={() => openLegend(status)}
    >
      <StatusIcon status={status} />
      {STATUS_LABEL[status]}
    </button>
  );
}
