import type { Unit } from "../../model";
import { useShownModel } from "../app/shown-model";
import { Citations } from "../common/Citations";
import { RELATION_LABEL } from "../common/labels";
import { StatusBadge } from "../common/StatusBadge";
import { UnitLink } from "../common/UnitLink";
import { OurReading } from "../common/OurReading";

/** Links the tree cannot show: coordination, support, what a unit is built on. */
export function UnitRelations({ unit }: { unit: Unit }) {
  const { index, sources } = useShownModel();
  const relations = index.relationsOf.get(unit.id) ?? [];
  if (relations.length === 0) return null;
  return (
    <section aria-labelledby="details-relations">
      <h3 id="details-relations">Relations</h3>
      <ul>
        {relations.map((rel) => {
          const outgoing = rel.from === unit.id;
          const other = index.units.get(outgoing ? rel.to : rel.from);
          return (
            <li key={rel.id}>
              {RELATION_LABEL[rel.kind][outgoing ? "out" : "in"]}{" "}
              {other ? <UnitLink unit={other} /> : outgoing ? rel.to : rel.from}{" "}
              <StatusBadge status={rel.status} />{" "}
              <Citations ids={rel.sources} sources={sources} facts={rel.facts} />
              {rel.note && <div className="note">{rel.note}</div>}
              {rel.ourReading && <OurReading text={rel.ourReading} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
