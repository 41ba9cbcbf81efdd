import { stageName } from "../../model";
import type { Difference } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { Citations } from "../common/Citations";
import { ChangeIcon } from "./ChangeIcon";
import { differenceParts } from "./compare-words";
import type { Names } from "./compare-words";
import { rowTarget } from "./group-differences";

/** The names the sentences use, from the shown model (both stages' items, in compare mode). */
export function useNames(): Names {
  const { index, resolved } = useShownModel();
  return {
    unit: (id) => index.units.get(id)?.name ?? index.nations.get(id)?.name ?? id,
    short: (id) => index.units.get(id)?.shortName ?? index.nations.get(id)?.name ?? id,
    nation: (code) => index.nations.get(code)?.name ?? code,
    place: (id) => resolved.places.find((p) => p.id === id)?.name ?? id,
  };
}

/**
 * One difference in plain words, its change's shape, and its sources with their grades:
 * "France: contributor to MNF-U, added, planned — Office of the President of Ukraine, 6 January
 * 2026". The words select the unit (or nation) everywhere.
 */
export function DifferenceItem({ difference, names }: { difference: Difference; names: Names }) {
  const { index, sources, model, comparison } = useShownModel();
  const selected = useAtlas((s) => s.selected);
  const selectedNation = useAtlas((s) => s.selectedNation);
  const select = useAtlas((s) => s.select);
  const selectNation = useAtlas((s) => s.selectNation);
  const selectPlace = useAtlas((s) => s.selectPlace);
  const target = rowTarget(difference, index);
  const isSelected =
    target.kind === "unit"
      ? selected === target.id
      : target.kind === "nation" && selectedNation === target.id;
  const since = difference.since && difference.since !== comparison?.pair.to ? difference.since : null;
  const parts = differenceParts(difference, names);
  const sinceName = since ? stageName(model, since) : null;
  // Added in one stage and reworded in a later one: the words and sources shown are the later's.
  const againName = since && difference.changedAgain ? stageName(model, difference.changedAgain) : null;
  return (
    <li className={`difference change-${difference.change}${isSelected ? " is-selected" : ""}`}>
      <ChangeIcon change={difference.change} />
      <span>
        {/* The whole sentence selects its unit (or nation), so each row's name says what it picks. */}
        <button
          type="button"
          className="link-button difference-select"
          aria-current={isSelected ? "true" : undefined}
          onClick={() =>
            target.kind === "unit"
              ? select(target.id)
              : target.kind === "nation"
                ? selectNation(target.id)
                : selectPlace(target.id)
          }
        >
          {parts.subject}: {parts.what}, <strong className="difference-change">{parts.change}</strong>
        </button>
        {sinceName && (
          <span className="difference-since">
            {" "}
            (in “{sinceName}”{againName && <>; changed again in “{againName}”</>})
          </span>
        )}{" "}
        — <Citations ids={difference.sources} sources={sources} />
      </span>
    </li>
  );
}
