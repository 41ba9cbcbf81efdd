// Starts, changes and ends compare mode: two native selects (keyboard- and phone-friendly), each
// offering only the stages that keep the pair in date order. With one stage, it says why not.
import { comparePairFor, stagesByDate } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";

export function CompareControls() {
  const { model, stageId, comparison } = useShownModel();
  const setCompare = useAtlas((s) => s.setCompare);
  const ordered = stagesByDate(model);
  if (ordered.length < 2)
    return (
      <p className="compare-unavailable">
        Compare needs two stages; this model has {ordered.length === 1 ? "only one" : "none"}.
      </p>
    );
  const toggle = (
    <button
      type="button"
      className="compare-toggle"
      aria-pressed={comparison !== null}
      onClick={() => {
        if (comparison) return setCompare(null);
        // The stage shown and the one before it: "what changed to get here".
        const current = stageId ?? ordered.at(-1)!.id;
        setCompare(comparePairFor(model, `${current}..${current}`).pair);
      }}
    >
      Compare two stages
    </button>
  );
  if (!comparison) return <div className="compare-controls">{toggle}</div>;
  const { from, to } = comparison.pair;
  const at = (id: string) => ordered.findIndex((s) => s.id === id);
  const option = (stage: (typeof ordered)[number], disabled: boolean) => (
    <option key={stage.id} value={stage.id} disabled={disabled}>
      {stage.name}
    </option>
  );
  return (
    <div className="compare-controls" role="group" aria-label="Compare">
      {toggle}
      <label htmlFor="compare-from">From</label>
      <select
        id="compare-from"
        value={from}
        onChange={(event) => setCompare({ from: event.target.value, to })}
      >
        {ordered.map((stage) => option(stage, at(stage.id) >= at(to)))}
      </select>
      <label htmlFor="compare-to">To</label>
      <select id="compare-to" value={to} onChange={(event) => setCompare({ from, to: event.target.value })}>
        {ordered.map((stage) => option(stage, at(stage.id) <= at(from)))}
      </select>
    </div>
  );
}
