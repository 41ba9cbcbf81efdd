import type { Unit } from "../../model";
import { useAtlas } from "../../state/store";
import { STATUS_LABEL } from "./labels";

/** A unit named in running text: activating it selects that unit everywhere. */
export function UnitLink({ unit }: { unit: Unit }) {
  const select = useAtlas((s) => s.select);
  return (
    <button type="button" className="link-button" onClick={() => select(unit.id)}>
      <bdi>{unit.name}</bdi>
      <span className="visually-hidden"> (unit {STATUS_LABEL[unit.status].toLowerCase()})</span>
    </button>
  );
}
