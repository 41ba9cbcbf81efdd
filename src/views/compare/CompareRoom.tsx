// Compare mode's room: below the chart, map or matrix, the key to its marks and every difference
// between the two stages in plain words, grouped by unit and by nation, each with its sources and
// their grades. Selecting a row selects its unit (or nation) everywhere. Loaded lazily.
import { useMemo } from "react";
import type { ItemChange } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { formatIsoDate } from "../common/labels";
import { ChangeIcon } from "./ChangeIcon";
import { ChangeTag } from "./ChangeTag";
import { CHANGE_LABEL, CHANGE_LINE } from "./compare-words";
import { DifferenceItem, useNames } from "./DifferenceItem";
import { groupDifferences } from "./group-differences";
import type { DifferenceGroup } from "./group-differences";
import "./compare.css";

const KEY: readonly ItemChange[] = ["added", "removed", "status", "role", "changed", "unchanged"];

export default function CompareRoom() {
  const { comparison, index, model, changes } = useShownModel();
  const names = useNames();
  const select = useAtlas((s) => s.select);
  const selectNation = useAtlas((s) => s.selectNation);
  const selectPlace = useAtlas((s) => s.selectPlace);
  const openLegend = useAtlas((s) => s.openLegend);
  const groups = useMemo(
    () => (comparison ? groupDifferences(comparison.differences, index, comparison.union) : null),
    [comparison, index],
  );
  if (!comparison || !groups || !changes) return null;
  const stage = (id: string) => model.stages.find((s) => s.id === id);
  const from = stage(comparison.pair.from)!;
  const to = stage(comparison.pair.to)!;
  const named = (s: typeof from) =>
    s.name === formatIsoDate(s.date) ? `“${s.name}”` : `“${s.name}” (${formatIsoDate(s.date)})`;
  const count = comparison.differences.length;

  const group = (g: DifferenceGroup) => {
    const mark =
      g.target.kind === "unit"
        ? changes.units.get(g.target.id)
        : g.target.kind === "nation"
          ? changes.nations.get(g.target.id)
          : changes.places.get(g.target.id);
    const pick = () =>
      g.target.kind === "unit"
        ? select(g.target.id)
        : g.target.kind === "nation"
          ? selectNation(g.target.id)
          : selectPlace(g.target.id);
    return (
      <li key={`${g.target.kind}:${g.target.id}`} className="difference-group">
        <h4>
          <button type="button" className="link-button" onClick={pick}>
            {g.name}
          </button>{" "}
          {mark && <ChangeTag mark={mark} subject={g.target.kind === "nation" ? "nation" : "unit"} />}
        </h4>
        <ul className="difference-list">
          {g.rows.map((d) => (
            <DifferenceItem key={`${d.kind}:${d.key}`} difference={d} names={names} />
          ))}
        </ul>
      </li>
    );
  };

  return (
    <section className="panel compare-room" aria-labelledby="compare-title">
      <h2 id="compare-title" className="panel-title">
        What changed from {named(from)} to {named(to)}
      </h2>
      <p className="hint">
        {count === 0
          ? "Nothing differs between these two stages."
          : `${count} ${count === 1 ? "difference" : "differences"}, each with its sources and their grades. Select one to find its unit everywhere.`}{" "}
        <button
          type="button"
          className="link-button"
          aria-haspopup="dialog"
          onClick={() => openLegend("all")}
        >
          What the marks mean
        </button>
      </p>
      <ul className="compare-key" aria-label="Compare marks">
        {KEY.map((change) => (
          <li key={change}>
            <ChangeIcon change={change} />
            <strong>{CHANGE_LABEL[change]}</strong>
            <span className="key-line"> ({CHANGE_LINE[change]})</span>
          </li>
        ))}
      </ul>
      {groups.units.length > 0 && (
        <section aria-labelledby="compare-units">
          <h3 id="compare-units">Changes by unit</h3>
          <ul className="difference-groups">{groups.units.map(group)}</ul>
        </section>
      )}
      {groups.nations.length > 0 && (
        <section aria-labelledby="compare-nations">
          <h3 id="compare-nations">Changes by nation</h3>
          <ul className="difference-groups">{groups.nations.map(group)}</ul>
        </section>
      )}
      {groups.places.length > 0 && (
        <section aria-labelledby="compare-places">
          <h3 id="compare-places">Changes by place</h3>
          <ul className="difference-groups">{groups.places.map(group)}</ul>
        </section>
      )}
    </section>
  );
}
