import { useShownModel } from "../app/shown-model";
import { Citations } from "../common/Citations";
import { ROLE_LABEL } from "../common/labels";
import { StatusBadge } from "../common/StatusBadge";
import { ClaimItem } from "../common/ClaimItem";
import { UnitLink } from "../common/UnitLink";
import { OurReading } from "../common/OurReading";

/** Named nations with every role they hold at this stage, and the honest aggregate of the rest. */
export function NationRoles() {
  const { resolved, index, sources } = useShownModel();
  const named = resolved.nations.filter(
    (n) => index.rolesByNation.has(n.code) || index.claimsAbout.has(n.code),
  );
  const aggregates = resolved.units.filter((u) => u.otherContributors);
  return (
    <section aria-labelledby="nations-title">
      <h3 id="nations-title">Nations</h3>
      <table className="nation-table">
        <caption className="visually-hidden">
          Nations named in the sources and their roles at this stage
        </caption>
        <thead>
          <tr>
            <th scope="col">Nation</th>
            <th scope="col">Roles, status and sources</th>
          </tr>
        </thead>
        <tbody>
          {named.map((nation) => (
            <tr key={nation.code}>
              <th scope="row">
                {nation.name} <span className="code">{nation.code}</span>
              </th>
              <td>
                <ul>
                  {(index.rolesByNation.get(nation.code) ?? []).map((role) => {
                    const unit = index.units.get(role.in);
                    return (
                      <li key={role.id}>
                        {ROLE_LABEL[role.role]} in {unit ? <UnitLink unit={unit} /> : role.in}{" "}
                        <StatusBadge status={role.status} />{" "}
                        <Citations ids={role.sources} sources={sources} facts={role.facts} />
                        {role.note && <div className="note">{role.note}</div>}
                      </li>
                    );
                  })}
                  {(index.claimsAbout.get(nation.code) ?? []).map((claim) => (
                    <ClaimItem key={claim.id} claim={claim} />
                  ))}
                </ul>
              </td>
            </tr>
          ))}
          {aggregates.map((unit) => (
            <tr key={unit.id} className="aggregate">
              <th scope="row">{unit.otherContributors!.label}</th>
              <td>
                In <UnitLink unit={unit} />
                {unit.otherContributors!.total ? `: ${unit.otherContributors!.total}` : ""}{" "}
                <StatusBadge status={unit.otherContributors!.status} />{" "}
                <Citations
                  ids={unit.otherContributors!.sources}
                  sources={sources}
                  facts={unit.otherContributors!.facts}
                />
                {unit.otherContributors!.ourReading && (
                  <OurReading text={unit.otherContributors!.ourReading} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
