import type { ReactNode } from "react";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { ChartSearch } from "./ChartSearch";
import { ChartFilters } from "./ChartFilters";
import { RotationControl } from "./RotationControl";

type Props = {
  controls?: "all" | "zoom";
  hits: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** Null when nothing is selected; on a unit inside a closed branch, opens the branches to it. */
  onZoomToSelection: (() => void) | null;
  /** Before "Expand all" or "Collapse all" (the chart then fits the new tree). */
  onExpandOrCollapseAll?: () => void;
  /** Shown after the zoom buttons where the toolbar has only those (an embed): how much is in view. */
  inView?: ReactNode;
};

/** Zoom, layout and finding things: the controls a briefer reaches for, all keyboard-operable. */
export function ChartToolbar({
  controls = "all",
  hits,
  onZoomIn,
  onZoomOut,
  onFit,
  onZoomToSelection,
  onExpandOrCollapseAll,
  inView,
}: Props) {
  const { index } = useShownModel();
  const orientation = useAtlas((s) => s.orientation);
  const setOrientation = useAtlas((s) => s.setOrientation);
  const setExpanded = useAtlas((s) => s.setExpanded);
  return (
    <div className="chart-toolbar">
      <div className="toolbar-group" role="group" aria-label="Zoom">
        <button type="button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button
          type="button"
          onClick={onFit}
          title="Back to the first view: the whole chart, or as much as stays readable (0)"
        >
          Fit
        </button>
        {controls === "all" && (
          <button
            type="button"
            onClick={onZoomToSelection ?? undefined}
            disabled={!onZoomToSelection}
            title={onZoomToSelection ? undefined : "Select a unit first"}
          >
            Zoom to selection
          </button>
        )}
      </div>
      {controls === "zoom" && inView}
      {controls === "all" && (
        <>
          <div className="toolbar-group" role="group" aria-label="Layout">
            <button
              type="button"
              onClick={() => {
                onExpandOrCollapseAll?.();
                setExpanded(index.children.keys());
              }}
            >
              Expand all
            </button>
            <button
              type="button"
              onClick={() => {
                onExpandOrCollapseAll?.();
                setExpanded([]);
              }}
            >
              Collapse all
            </button>
            <button
              type="button"
              aria-pressed={orientation === "left-right"}
              onClick={() => setOrientation(orientation === "top-down" ? "left-right" : "top-down")}
            >
              Left to right
            </button>
          </div>
          <ChartSearch hits={hits} />
          <ChartFilters />
          <RotationControl />
        </>
      )}
    </div>
  );
}
