// The main area's view: the same components in every room (the ordinary layout, focus mode, a story).
import { lazy, Suspense } from "react";
import { useAtlas } from "../../state/store";
import { ChartView } from "../chart/ChartView";
import { ModelSummary } from "../summary/ModelSummary";

// The map and its world-atlas data, the matrix and the sources view load only when opened: the
// first bundle stays small.
const MapView = lazy(() => import("../map/MapView"));
const MatrixView = lazy(() => import("../matrix/MatrixView"));
const SourcesView = lazy(() => import("../sources/SourcesView"));

export const LOADING_VIEW = (
  <p className="loading" role="status">
    Loading the view…
  </p>
);

export function MainView() {
  const view = useAtlas((s) => s.view);
  return (
    <Suspense fallback={LOADING_VIEW}>
      {view === "chart" ? (
        <ChartView />
      ) : view === "map" ? (
        <MapView />
      ) : view === "matrix" ? (
        <MatrixView />
      ) : view === "sources" ? (
        <SourcesView />
      ) : (
        <ModelSummary />
      )}
    </Suspense>
  );
}
