import { stageName } from "../../model";
import type { ItemMark } from "../../model";
import { useShownModel } from "../app/shown-model";
import { ChangeTag } from "./ChangeTag";
import { DifferenceItem, useNames } from "./DifferenceItem";

/**
 * In compare mode, the details of a unit or nation say how it changed between the two stages,
 * each difference with its sources. Outside compare mode (no mark), nothing.
 */
export function ItemChanges({ mark, subject }: { mark: ItemMark | undefined; subject: "unit" | "nation" }) {
  const { comparison, model } = useShownModel();
  const names = useNames();
  if (!mark || !comparison) return null;
  const name = (id: string) => stageName(model, id);
  const differences = [...(mark.own ? [mark.own] : []), ...mark.related];
  return (
    <section aria-labelledby="details-compare" className="item-changes">
      <h3 id="details-compare">
        From “{name(comparison.pair.from)}” to “{name(comparison.pair.to)}”
      </h3>
      <p>
        <ChangeTag mark={mark} subject={subject} />
      </p>
      {differences.length > 0 && (
        <ul className="difference-list">
          {differences.map((d) => (
            <DifferenceItem key={`${d.kind}:${d.key}`} difference={d} names={names} />
          ))}
        </ul>
      )}
    </section>
  );
}
