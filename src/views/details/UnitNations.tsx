import type { Unit } from "../../model";
import { useShownModel } from "../app/shown-model";
import { Citations } from "../common/Citations";
import { ROLE_LABEL } from "../common/labels";
import { StatusBadge } from "../common/StatusBadge";
import { OurReading } from "../common/OurReading";

/** Who leads and who contributes, each role with its status and source, and the unnamed rest. */
export function UnitNations({ unit }: { unit: Unit }) {
  const { index, sources } = useShownModel();
  const roles = index.rolesByUnit.get(unit.id) ?? [];
  if (roles.length === 0 && !unit.otherContributors) return null;
  return (
    <section aria-labelledby="details-nations">
      <h3 id="details-nations">Nations</h3>
      <ul className="role-list">
        {roles.map((role) => (
          <li key={role.id}>
            <strong>{index.nations.get(role.nation)?.name ?? role.nation}</strong>: {ROLE_LABEL[role.role]}{" "}
            <StatusBadge status={role.status} />{" "}
            <Citations ids={role.sources} sources={sources} facts={role.facts} />
            {role.note && <div className="note">{role.note}</div>}
          </li>
        ))}
        {unit.otherContributors && (
          <li className="aggregate">
            <strong>{unit.otherContributors.label}</strong>
            {unit.otherContributors.total ? ` (${unit.otherContributors.total})` : ""}{" "}
            <StatusBadge status={unit.otherContributors.status} />{" "}
            <Citations
              ids={unit.otherContributors.sources}
              sources={sources}
              facts={unit.otherContributors.facts}
            />
            {unit.otherContributors.ourReading && <OurReading text={unit.otherContributors.ourReading} />}
          </li>
        )}
      </ul>
    </section>
  );
}
