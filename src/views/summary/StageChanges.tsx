import { useMemo } from "react";
import { diffStages, stageName } from "../../model";
import { useShownModel } from "../app/shown-model";
import { useAtlas } from "../../state/store";
import { ROLE_LABEL, STATUS_LABEL } from "../common/labels";
import type { Status } from "../../model";
import { UnitLink } from "../common/UnitLink";

/** What this stage changed compared with the one it builds on: the difference between two stages. */
export function StageChanges() {
  const { model, stageId, index, comparison } = useShownModel();
  const setCompare = useAtlas((s) => s.setCompare);
  const stage = model.stages.find((s) => s.id === stageId);
  const basis = stage?.basedOn ?? null;
  const diff = useMemo(() => (stage ? diffStages(model, basis, stage.id) : null), [model, basis, stage]);
  if (!stage || !diff) return null;
  const basisName = basis ? stageName(model, basis) : "the base";
  const statusChanges = diff.units.changed.filter((c) => c.fields.some((f) => f.field === "status"));
  const claimStatus = diff.claims.changed.filter((c) => c.fields.some((f) => f.field === "status"));
  // An aggregate of unnamed nations that a stage sets (the 26 pledging nations, say) is news too.
  const aggregates = diff.units.changed.filter((c) =>
    c.fields.some((f) => f.field === "otherContributors" && c.after.otherContributors),
  );
  // What the stage added or removed in bulk, counted: "8 relations between units added". A few
  // nations' new roles are named instead ("Nation roles added: United States, lead in …").
  const namedRoles = diff.roles.added.length <= MAX_NAMED_ROLES;
  const counts = [
    namedRoles ? null : counted(diff.roles.added.length, "nation role", "added"),
    counted(diff.relations.added.length, "relation", "between units added"),
    counted(diff.relations.removed.length, "relation", "between units removed"),
    counted(diff.claims.added.length, "statement", "added"),
  ].filter((line) => line !== null);
  return (
    <section aria-labelledby="changes-title">
      <h3 id="changes-title">Changes since {basisName}</h3>
      {basis && !comparison && (
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => setCompare({ from: basis, to: stage.id })}
          >
            Compare “{basisName}” with “{stage.name}”
          </button>{" "}
          to see every difference on the chart, map and matrix, each with its sources.
        </p>
      )}
      <ul className="change-list">
        {diff.units.added.map((u) => {
          const unit = index.units.get(u.id);
          return <li key={u.id}>Added: {unit ? <UnitLink unit={unit} /> : u.name}</li>;
        })}
        {diff.units.removed.map((u) => (
          <li key={u.id}>Removed: {u.name}</li>
        ))}
        {statusChanges.map((c) => {
          const unit = index.units.get(c.key);
          return (
            <li key={c.key}>
              {unit ? <UnitLink unit={unit} /> : c.key}: {STATUS_LABEL[c.before.status as Status]} →{" "}
              {STATUS_LABEL[c.after.status as Status]}
            </li>
          );
        })}
        {aggregates.map((c) => {
          const unit = index.units.get(c.key);
          const aggregate = c.after.otherContributors!;
          const was = c.before.otherContributors;
          // Say what changed: the count of the members the sources leave unnamed, and what it was.
          return (
            <li key={`${c.key}-aggregate`}>
              {unit ? <UnitLink unit={unit} /> : c.key}, members the sources do not name:{" "}
              {aggregate.total ?? aggregate.label} ({STATUS_LABEL[aggregate.status].toLowerCase()})
              {was ? `; before: ${was.total ?? was.label}` : "; not counted before"}
            </li>
          );
        })}
        {namedRoles && diff.roles.added.length > 0 && (
          <li>
            Nation roles added:{" "}
            {diff.roles.added.map((role, i) => {
              const unit = index.units.get(role.in);
              return (
                <span key={role.id}>
                  {i > 0 && "; "}
                  {index.nations.get(role.nation)?.name ?? role.nation}, {ROLE_LABEL[role.role].toLowerCase()}{" "}
                  in {unit ? <UnitLink unit={unit} /> : role.in} ({STATUS_LABEL[role.status].toLowerCase()})
                </span>
              );
            })}
          </li>
        )}
        {claimStatus.map((c) => (
          <li key={c.key}>
            “{c.after.text}”: {STATUS_LABEL[c.before.status as Status]} →{" "}
            {STATUS_LABEL[c.after.status as Status]}
          </li>
        ))}
        {counts.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

/** Up to this many new nation roles are each named; more are counted. */
const MAX_NAMED_ROLES = 8;

/** "1 relation between units added", "8 relations …"; null for none. */
function counted(n: number, noun: string, rest: string): string | null {
  return n > 0 ? `${n} ${noun}${n === 1 ? "" : "s"} ${rest}` : null;
}
