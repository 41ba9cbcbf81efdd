import { useAtlas } from "../../state/store";
import type { View } from "../../state/store";

const LABEL: Record<View, string> = {
  chart: "Org chart",
  map: "Map",
  matrix: "Matrix",
  summary: "Summary",
  sources: "Sources",
};

/** Switches the main area between views; the choice is kept in the URL, the selection stays. */
export function ViewSwitch() {
  const view = useAtlas((s) => s.view);
  const setView = useAtlas((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label="View">
      {(Object.keys(LABEL) as View[]).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
          {LABEL[v]}
        </button>
      ))}
    </div>
  );
}
