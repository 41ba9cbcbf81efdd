// The shell: header, messages, and the three panels (structure, main view, details). The rooms
// (focus, presentation, presenter's window, print) frame the same views; each lives in its own folder.
import { lazy, Suspense, useEffect } from "react";
import { useMediaQuery } from "../common/media";
import { useUrlSync } from "../../state/url";
import { useAtlas } from "../../state/store";
import { ShownModelContext, useModelLoading } from "./shown-model";
import { Header } from "./Header";
import { LoadErrorAlert } from "./LoadErrorAlert";
import { Notice } from "./Notice";
import { FileDropZone } from "./FileDropZone";
import { StructurePanel } from "../structure/StructurePanel";
import { DetailsPanel } from "../details/DetailsPanel";
import { MainView, LOADING_VIEW } from "./MainView";
import { ViewSwitch } from "./ViewSwitch";
import { SkipLinks } from "./SkipLinks";
import { selectLargeType } from "../../state/selectors";
import { useSelectionGuards } from "./useSelectionGuards";
import { useApplyTheme } from "./theme";
import { DetailsOverlay } from "../focus/DetailsOverlay";
import { useRoomKeys } from "../focus/useRoomKeys";
import { usePrintReady } from "../print/usePrintReady";
import { AsOfBar } from "./AsOfBar";
import { TimelineStrip } from "../timeline/TimelineStrip";
import { StatusLegend } from "../common/StatusLegend";

// Presenting, the presenter's window, the printed handout and compare mode's list load only
// when used: the first bundle stays small.
const PresentRoom = lazy(() => import("../present/PresentRoom"));
const PresenterView = lazy(() => import("../present/PresenterView"));
const PrintHandout = lazy(() => import("../print/PrintHandout"));
const CompareRoom = lazy(() => import("../compare/CompareRoom"));

export function App() {
  useUrlSync();
  useApplyTheme();
  useRoomKeys();
  const { shown, loading, error } = useModelLoading();
  const focus = useAtlas((s) => s.focus);
  const presenting = useAtlas((s) => s.story !== null);
  const presenter = useAtlas((s) => s.presenter);
  const hasSelection = useAtlas((s) => (s.selected ?? s.selectedNation ?? s.selectedPlace) !== null);
  // From 1000 px (and in focus mode) the view switch sits in the header: the chart gets its row.
  const wide = useMediaQuery("(min-width: 1000px)");
  const switchInHeader = focus || wide;
  useSelectionGuards(shown);
  useRoomMarks(presenter ? "presenter" : presenting ? "present" : focus ? "focus" : "");
  const printReady = usePrintReady(shown !== null);
  useEffect(() => {
    document.title = shown ? `${shown.model.meta.title} · Command Atlas` : "Command Atlas";
  }, [shown]);

  return (
    <FileDropZone>
      {/* Only when there is something to skip to; the header is short without a model. */}
      {shown && !presenting && !presenter && <SkipLinks viewFirst={wide} structure={!focus} />}
      <ShownModelContext.Provider value={shown}>
        {shown && presenter ? (
          <Suspense fallback={LOADING_VIEW}>
            <PresenterView />
          </Suspense>
        ) : shown && presenting ? (
          <Suspense fallback={LOADING_VIEW}>
            <PresentRoom />
          </Suspense>
        ) : (
          <>
            <Header viewSwitch={switchInHeader && shown ? <ViewSwitch /> : null} />
            {/* Focus mode says "as of" in its slim header instead. */}
            {!focus && <AsOfBar />}
            {!focus && shown && shown.model.stages.length > 0 && <TimelineStrip />}
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
                <div className={`layout${focus ? " is-focus" : ""}${hasSelection ? " has-selection" : ""}`}>
                  {/* In the order they are seen, so Tab goes down the page: from 1000 px the view
                      comes first and the structure below it; narrower, the structure and the
                      details come first and the view below. Keyed, so a resize moves them rather
                      than draw them anew (the chart keeps its zoom). */}
                  {!focus && !wide && <StructurePanel key="structure" />}
                  {!focus && !wide && <DetailsPanel key="details" />}
                  <div className="main-view" id="main-view" key="main">
                    {!switchInHeader && <ViewSwitch />}
                    <MainView />
                    {/* Compare mode frames the view: its key and the list of differences, below the view. */}
                    {shown.comparison && (
                      <Suspense fallback={null}>
                        <CompareRoom />
                      </Suspense>
                    )}
                  </div>
                  {!focus && wide && <StructurePanel key="structure" />}
                  {focus ? <DetailsOverlay key="overlay" /> : wide && <DetailsPanel key="details" />}
                </div>
              )}
              {shown && <StatusLegend />}
            </main>
          </>
        )}
        {shown && printReady && (
          <Suspense fallback={null}>
            <PrintHandout />
          </Suspense>
        )}
      </ShownModelContext.Provider>
    </FileDropZone>
  );
}

/** Marks the page with its room and type size, for the stylesheet (focus, present, presenter). */
function useRoomMarks(room: string) {
  const largeType = useAtlas(selectLargeType);
  useEffect(() => {
    const root = document.documentElement;
    if (room) root.dataset.room = room;
    else delete root.dataset.room;
    if (largeType) root.dataset.type = "large";
    else delete root.dataset.type;
  }, [room, largeType]);
}
