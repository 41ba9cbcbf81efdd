// A nation picked on the map or in the matrix: its roles in the shown stage, each with status
// and sources, what the sources say about it, and the places of the model in it.
import type { Nation } from "../../model";
import { useShownModel } from "../app/shown-model";
import { Citations } from "../common/Citations";
import { ROLE_LABEL } from "../common/labels";
import { StatusBadge } from "../common/StatusBadge";
import { UnitLink } from "../common/UnitLink";
import { ClaimItem } from "../common/ClaimItem";
import { SourceList } from "./SourceList";
import { PlaceLink } from "./PlaceLink";
import { HiddenWeakNote } from "./HiddenWeakNote";
import { HiddenStatusNote } from "./HiddenStatusNote";
import { ItemChanges } from "../compare/ItemChanges";

export function NationDetails({ nation }: { nation: Nation }) {
  const { index, sources, resolved, changes } = useShownModel();
  const roles = index.rolesByNation.get(nation.code) ?? [];
  const claims = index.claimsAbout.get(nation.code) ?? [];
  const places = resolved.places.filter((p) => p.country === nation.code);
  const commands = resolved.units.filter((u) => u.commander?.nationality === nation.code);
  const cited = new Set<string>();
  roles.forEach((r) => r.sources.forEach((s) => cited.add(s)));
  claims.forEach((c) => c.sources.forEach((s) => cited.add(s)));
  commands.forEach((u) => u.commander!.sources.forEach((s) => cited.add(s)));
  return (
    <article className="nation-details">
      <p className="eyebrow">Nation</p>
      <h2 id="details-title" className="panel-title" tabIndex={-1}>
        {nation.name}
      </h2>
      <section aria-labelledby="details-roles">
        <h3 id="details-roles">Roles in this stage</h3>
        {roles.length === 0 ? (
          <p className="hint">The sources name no role for {nation.name} in this stage of the model.</p>
        ) : (
          <ul className="role-list">
            {roles.map((role) => {
              const unit = index.units.get(role.in);
              return (
                <li key={role.id}>
                  <strong>{ROLE_LABEL[role.role]}</strong> in {unit ? <UnitLink unit={unit} /> : role.in}{" "}
                  <StatusBadge status={role.status} />{" "}
                  <Citations ids={role.sources} sources={sources} facts={role.facts} />
                  {role.note && <div className="note">{role.note}</div>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {commands.length > 0 && (
        <section aria-labelledby="details-commands">
          <h3 id="details-commands">Commanders’ nationality</h3>
          <ul className="role-list">
            {commands.map((unit) => (
              <li key={unit.id}>
                {unit.commander!.rank} of <UnitLink unit={unit} />{" "}
                <StatusBadge status={unit.commander!.status} />{" "}
                <Citations ids={unit.commander!.sources} sources={sources} facts={unit.commander!.facts} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {claims.length > 0 && (
        <section aria-labelledby="details-claims">
          <h3 id="details-claims">Statements</h3>
          <ul className="claim-list">
            {claims.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} />
            ))}
          </ul>
        </section>
      )}
      {places.length > 0 && (
        <section aria-labelledby="details-places">
          <h3 id="details-places">Places in the model</h3>
          <p>
            {places.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ", "}
                <PlaceLink place={p} />
              </span>
            ))}
          </p>
        </section>
      )}
      <ItemChanges mark={changes?.nations.get(nation.code)} subject="nation" />
      <HiddenWeakNote subject={nation.code} />
      <HiddenStatusNote subject={nation.code} />
      <SourceList ids={[...cited]} />
    </article>
  );
}
