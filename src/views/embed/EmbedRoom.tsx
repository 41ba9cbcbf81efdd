// The embed room (embed.html, or ?embed=1): one view, framed for an article. No header or side
// panels; a footer with title, stage, "as of", sources and a link to the full app; details as an
// overlay; the content height posted to the host page. It wraps the views, it does not change them.
import { lazy, Suspense, useEffect, useRef } from "react";
import { useUrlSync } from "../../state/url";
import { useAtlas } from "../../state/store";
import { ShownModelContext, useModelLoading } from "../app/shown-model";
import { useSelectionGuards } from "../app/useSelectionGuards";
import { useApplyTheme } from "../app/theme";
import { LoadErrorAlert } from "../app/LoadErrorAlert";
import { Notice } from "../app/Notice";
import { ChartView } from "../chart/ChartView";
import { ModelSummary } from "../summary/ModelSummary";
import { StatusLegend } from "../common/StatusLegend";
import { VIEW_NAME } from "../common/labels";
import { EmbedFooter } from "./EmbedFooter";
import { EmbedDetails } from "./EmbedDetails";
import { useHeightMessages } from "./useHeightMessages";
import { useEmbedStory } from "./useEmbedStory";
import "./embed.css";

const MapView = lazy(() => import("../map/MapView"));
const MatrixView = lazy(() => import("../matrix/MatrixView"));
const SourcesView = lazy(() => import("../sources/SourcesView"));
// Compare mode (?compare=) frames the view as in the app: its key and the list of differences
// below, so the marks on the view are explained inside the frame.
const CompareRoom = lazy(() => import("../compare/CompareRoom"));
const EmbedStoryStep = lazy(() => import("./EmbedStoryStep"));

export default function EmbedRoom() {
  useUrlSync();
  useApplyTheme();
  const { shown, loading, error } = useModelLoading();
  const view = useAtlas((s) => s.view);
  useSelectionGuards(shown);
  const step = useEmbedStory(shown);
  const content = useRef<HTMLDivElement>(null);
  useHeightMessages(content);
  useEffect(() => {
    document.title = shown
      ? `${shown.model.meta.title}: ${VIEW_NAME[view]} · Command Atlas`
      : "Command Atlas (embedded)";
  }, [shown, view]);

  return (
    <div ref={content} className="embed-room" data-view={view}>
      <ShownModelContext.Provider value={shown}>
        <main className="embed-main">
          <h1 className="visually-hidden">
            {shown ? `${shown.model.meta.title}: ${VIEW_NAME[view]}` : "Command Atlas"}
          </h1>
          <div className="messages">
            <LoadErrorAlert error={error} hasModel={shown !== null} />
            <Notice />
            {loading && !shown && (
              <p className="loading" role="status">
                Loading the model…
              </p>
            )}
          </div>
          {step && (
            <Suspense fallback={null}>
              <EmbedStoryStep step={step} />
            </Suspense>
          )}
          {shown && (
            <Suspense
              fallback={
                <p className="loading" role="status">
                  Loading the view…
                </p>
              }
            >
              {view === "chart" ? (
                <ChartView
                  controls="zoom"
                  frame={step?.step.zoom ?? null}
                  frameAnchor={step?.step.select?.unit ?? null}
                />
              ) : view === "map" ? (
                <MapView controls="zoom" legend="folded" />
              ) : view === "matrix" ? (
                <MatrixView />
              ) : view === "sources" ? (
                <SourcesView />
              ) : (
                <ModelSummary />
              )}
            </Suspense>
          )}
          {shown?.comparison && (
            <Suspense fallback={null}>
              <CompareRoom />
            </Suspense>
          )}
        </main>
        <EmbedFooter shown={shown} />
        {shown && <EmbedDetails />}
        {/* Every status badge opens the key, in the frame as in the app. */}
        {shown && <StatusLegend />}
      </ShownModelContext.Provider>
    </div>
  );
}
