// The shell: header, messages, and the three panels (structure, main view, details).
import { lazy, Suspense, useEffect, useLayoutEffect } from "react";
import { useUrlSync } from "../../state/url";
import { useAtlas } from "../../state/store";
import { ShownModelContext, useModelLoading } from "./shown-model";
import type { ShownModel } from "./shown-model";
import { Header } from "./Header";
import { LoadErrorAlert } from "./LoadErrorAlert";
import { Notice } from "./Notice";
import { FileDropZone } from "./FileDropZone";
import { StructureTree } from "../structure/StructureTree";
import { DetailsPanel } from "../details/DetailsPanel";
import { ModelSummary } from "../summary/ModelSummary";
import { ChartView } from "../chart/ChartView";
import { ViewSwitch } from "./ViewSwitch";
import { ancestorsOf } from "../../state/selectors";
import { AsOfBar } from "./AsOfBar";
import { TimelineStrip } from "../timeline/TimelineStrip";
import { StatusLegend } from "../common/StatusLegend";
import { comparePairFor, formatComparePair } from "../../model";
import { compareNotice } from "../compare/compare-words";

// The map and its world-atlas data, the matrix, the sources view and compare mode's list load
// only when opened: the first bundle stays small.
const MapView = lazy(() => import("../map/MapView"));
const MatrixView = lazy(() => import("../matrix/MatrixView"));
const SourcesView = lazy(() => import("../sources/SourcesView"));
const CompareRoom = lazy(() => import("../compare/CompareRoom"));

export function App() {
  useUrlSync();
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

/**
 * Keeps the selection meaningful: an unknown stage or unit (from a link, or a stage that lacks
 * the unit) gets a quiet notice instead of a crash, and a selected unit's ancestors open.
 */
function useSelectionGuards(shown: ShownModel | null) {
  const stage = useAtlas((s) => s.stage);
  const compare = useAtlas((s) => s.compare);
  const selected = useAtlas((s) => s.selected);
  const model = shown?.model;
  const index = shown?.index;
  useEffect(() => {
    if (!model || stage === null || model.stages.some((s) => s.id === stage)) return;
    useAtlas.setState({
      stage: null,
      notice: `This model has no stage “${stage}”, so its default stage is shown.`,
    });
  }, [model, stage]);
  // ?compare= with an unknown or repeated stage: a sensible pair instead, and a quiet notice.
  useEffect(() => {
    if (!model || compare === null) return;
    const { pair, problem } = comparePairFor(model, compare);
    const text = pair ? formatComparePair(pair) : null;
    if (text === compare && !problem) return;
    const stageName = (id: string) => model.stages.find((s) => s.id === id)?.name ?? id;
    useAtlas.setState({
      compare: text,
      ...(problem ? { notice: compareNotice(problem, pair, stageName) } : {}),
    });
  }, [model, compare]);
  useEffect(() => {
    if (!index || !selected) return;
    if (!index.units.has(selected)) {
      useAtlas.setState({
        selected: null,
        notice: `There is no unit “${selected}” in this stage of the model, so nothing is selected.`,
      });
      return;
    }
    const closed = ancestorsOf(index, selected).filter((id) => !useAtlas.getState().expanded.has(id));
    if (closed.length) useAtlas.setState((s) => ({ expanded: new Set([...s.expanded, ...closed]) }));
  }, [index, selected]);
  // A newly shown model opens fully when small, and to its second level when large. A layout
  // effect, so the first frame that shows the model already shows those levels.
  useLayoutEffect(() => {
    if (!model || !index) return;
    const open = index.units.size <= 60 ? [...index.children.keys()] : index.roots.map((u) => u.id);
    useAtlas.setState((s) => ({ expanded: new Set([...open, ...ancestorsOfSelection(s.selected)]) }));
    function ancestorsOfSelection(id: string | null) {
      return id && index ? ancestorsOf(index, id) : [];
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new model arrives
  }, [model]);
}
