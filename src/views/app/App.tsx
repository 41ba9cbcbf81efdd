// The shell: header, messages, and the three panels (structure, main view, details).
import { lazy, Suspense, useEffect } from "react";
import { useUrlSync } from "../../state/url";
import { useAtlas } from "../../state/store";
import { ShownModelContext, useModelLoading } from "./shown-model";
import { Header } from "./Header";
import { LoadErrorAlert } from "./LoadErrorAlert";
import { Notice } from "./Notice";
import { FileDropZone } from "./FileDropZone";
import { StructureTree } from "../structure/StructureTree";
import { DetailsPanel } from "../details/DetailsPanel";
import { ModelSummary } from "../summary/ModelSummary";
import { ChartView } from "../chart/ChartView";
import { ViewSwitch } from "./ViewSwitch";
import { useSelectionGuards } from "./useSelectionGuards";
import { useApplyTheme } from "./theme";
import { AsOfBar } from "./AsOfBar";
import { TimelineStrip } from "../timeline/TimelineStrip";
import { StatusLegend } from "../common/StatusLegend";

// The map and its world-atlas data, the matrix, the sources view and compare mode's list load
// only when opened: the first bundle stays small.
const MapView = lazy(() => import("../map/MapView"));
const MatrixView = lazy(() => import("../matrix/MatrixView"));
const SourcesView = lazy(() => import("../sources/SourcesView"));
const CompareRoom = lazy(() => import("../compare/CompareRoom"));

export function App() {
  useUrlSync();
  useApplyTheme();
  const { shown, loading, error } = useModelLoading();
  const view = useAtlas((s) => s.view);
  useSelectionGuards(shown);
  useEffect(() => {
    document.title = shown ? `${shown.model.meta.title} · Command Atlas` : "Command Atlas";
  }, [shown]);

  return (
    <FileDropZone>
      {/* Only when there is a structure to skip to; the header is short without a model. */}
      {shown && (
        <a className="skip-link" href="#structure">
          Skip to the structure
        </a>
      )}
      <ShownModelContext.Provider value={shown}>
        <Header />
        <AsOfBar />
        {shown && shown.model.stages.length > 0 && <TimelineStrip />}
        {/* One main landmark in every state: a load error with no model is the page's main content. */}
        <main className="app-main">
          <div className="messages">
            <LoadErrorAlert error={error} hasModel={shown !== null} />
            <Notice />
            {loading && (
              <p className="loading" role="status">
                Loading model…
              </p>
            )}
          </div>
          {shown && (
            <div className="layout">
              <nav className="panel structure-panel" id="structure" aria-label="Structure panel">
                <h2 className="panel-title">Structure</h2>
                <StructureTree />
              </nav>
              <div className="main-view" id="main-view">
                <ViewSwitch />
                <Suspense
                  fallback={
                    <p className="loading" role="status">
                      Loading the view…
                    </p>
                  }
                >
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
                {/* Compare mode frames the view: its key and the list of differences, below the view. */}
                {shown.comparison && (
                  <Suspense fallback={null}>
                    <CompareRoom />
                  </Suspense>
                )}
              </div>
              <DetailsPanel />
            </div>
          )}
          {shown && <StatusLegend />}
        </main>
      </ShownModelContext.Provider>
    </FileDropZone>
  );
}
