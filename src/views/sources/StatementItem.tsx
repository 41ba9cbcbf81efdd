import type { ReactNode } from "react";
import type { CitedStatement } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { CLAIM_KIND_LABEL, formatIsoDate, KIND_LABEL, RELATION_LABEL, ROLE_LABEL } from "../common/labels";
import { StatusBadge } from "../common/StatusBadge";

/** A statement that rests on a source, in words, with its status and links to what it is about. */
export function StatementItem({ statement }: { statement: CitedStatement }) {
  const { index, resolved, model } = useShownModel();
  const select = useAtlas((s) => s.select);
  const selectNation = useAtlas((s) => s.selectNation);
  const selectPlace = useAtlas((s) => s.selectPlace);
  const setStage = useAtlas((s) => s.setStage);
  const selected = useAtlas((s) => s.selected);

  const unitLink = (id: string) => {
    const unit = index.units.get(id);
    return (
      <button
        type="button"
        className="link-button"
        aria-current={selected === id ? "true" : undefined}
        onClick={() => select(id)}
      >
        {unit?.name ?? id}
      </button>
    );
  };
  const nationLink = (code: string) => (
    <button type="button" className="link-button" onClick={() => selectNation(code)}>
      {index.nations.get(code)?.name ?? code}
    </button>
  );
  const placeLink = (id: string) => (
    <button type="button" className="link-button" onClick={() => selectPlace(id)}>
      {resolved.places.find((p) => p.id === id)?.name ?? id}
    </button>
  );
  /** A claim is about a unit or a nation. */
  const aboutLink = (id: string) => (index.units.has(id) ? unitLink(id) : nationLink(id));

  let kind: string;
  let words: ReactNode;
  let status = null as null | Parameters<typeof StatusBadge>[0]["status"];
  switch (statement.kind) {
    case "unit":
      kind = "Unit";
      words = (
        <>
          {unitLink(statement.unit.id)}, {KIND_LABEL[statement.unit.kind].toLowerCase()}
        </>
      );
      status = statement.unit.status;
      break;
    case "commander": {
      const commander = statement.unit.commander!;
      kind = "Commander";
      words = (
        <>
          {commander.rank} of {unitLink(statement.unit.id)}
          {commander.nationality && <>, {nationLink(commander.nationality)}</>}
        </>
      );
      status = commander.status;
      break;
    }
    case "seat":
      kind = "Seat";
      words = (
        <>
          {unitLink(statement.unit.id)} in {placeLink(statement.seat.place)},{" "}
          {formatIsoDate(statement.seat.from)} to {formatIsoDate(statement.seat.until)}
        </>
      );
      status = statement.seat.status;
      break;
    case "aggregate":
      kind = "Members not named";
      words = (
        <>
          {statement.aggregate.label}
          {statement.aggregate.total ? ` (${statement.aggregate.total})` : ""}, in{" "}
          {unitLink(statement.unit.id)}
        </>
      );
      status = statement.aggregate.status;
      break;
    case "role":
      kind = "Role";
      words = (
        <>
          {nationLink(statement.role.nation)}: {ROLE_LABEL[statement.role.role].toLowerCase()} in{" "}
          {unitLink(statement.role.in)}
        </>
      );
      status = statement.role.status;
      break;
    case "relation":
      kind = "Relation";
      words = (
        <>
          {unitLink(statement.relation.from)} {RELATION_LABEL[statement.relation.kind].out.toLowerCase()}{" "}
          {unitLink(statement.relation.to)}
        </>
      );
      status = statement.relation.status;
      break;
    case "claim":
      kind = CLAIM_KIND_LABEL[statement.claim.kind];
      words = (
        <>
          {aboutLink(statement.claim.about)}: {statement.claim.text}
          {statement.claim.place && <> ({placeLink(statement.claim.place)})</>}
        </>
      );
      status = statement.claim.status;
      break;
    case "place":
      kind = "Place";
      words = placeLink(statement.place.id);
      break;
    case "stage":
      kind = "Stage";
      words = (
        <>
          <button type="button" className="link-button" onClick={() => setStage(statement.stage.id)}>
            {model.stages.find((s) => s.id === statement.stage.id)?.name ?? statement.stage.id}
          </button>
          : {statement.stage.summary}
        </>
      );
      break;
  }
  return (
    <li className={`statement statement-${statement.kind}`}>
      <span className="statement-kind">{kind}</span> {words} {status && <StatusBadge status={status} />}
    </li>
  );
}
