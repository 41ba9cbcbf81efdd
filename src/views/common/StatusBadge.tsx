import type { Status } from "../../model";
import { STATUS_LABEL, STATUS_MEANING } from "./labels";
import { StatusIcon } from "./StatusIcon";

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`status-badge status-${status}`} title={STATUS_MEANING[status]}>
      <StatusIcon status={status} />
      {STATUS_LABEL[status]}
    </span>
  );
}
