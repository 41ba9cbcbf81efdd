// Presentation mode: the model's story, one step at a time, in full screen and large type. Each
// step sets the view, stage and selection (and what the chart frames); the views themselves are
// the ordinary ones, framed by this room. Loaded only when a story is presented.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { playableStory } from "../../model";
import type { PlayableStory } from "../../model";
import { useAtlas } from "../../state/store";

/** The step on screen now (the store's, not a render's copy): keys pressed in quick succession all count. */
const stepNow = () => useAtlas.getState().story?.step ?? 1;
import type { AtlasState } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { ChartView } from "../chart/ChartView";
import { MainView } from "../app/MainView";
import { enterFullscreen, exitFullscreen } from "../common/fullscreen";
import { announceEnd, useStorySync } from "./useStorySync";
import { useStoryKeys } from "./useStoryKeys";
import { StepSources } from "./StepSources";
import { StoryProblems } from "./StoryProblems";
import { BriefingDownloads } from "../deck/BriefingDownloads";
import { MenuDetails } from "../common/MenuDetails";
import { useModelKey, usePresenterUrl } from "./model-key";
import "./present.css";

type Saved = Pick<AtlasState, "view" | "stage" | "selected" | "selectedNation" | "selectedPlace">;

export default function PresentRoom() {
  const { model } = useShownModel();
  const position = useAtlas((s) => s.story);
  const setStory = useAtlas((s) => s.setStory);
  const playable = playableStory(model);
  const known = playable !== null && position !== null && playable.story.id === position.id;
  const modelKey = useModelKey();

  // What the user had before the story: restored when it ends.
  const saved = useRef<Saved | null>(null);
  if (saved.current === null) {
    const s = useAtlas.getState();
    saved.current = {
      view: s.view,
      stage: s.stage,
      selected: s.selected,
      selectedNation: s.selectedNation,
      selectedPlace: s.selectedPlace,
    };
  }
  const leave = useCallback(() => {
    exitFullscreen();
    if (position) announceEnd(modelKey, position.id);
    useAtlas.setState({ ...saved.current!, story: null });
    // The header comes back with this render: keyboard focus goes back to the Present button,
    // not to the top of the page.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(".present-button")?.focus());
  }, [modelKey, position]);

  // A link to a story this model does not have: say so and go back to the model.
  useEffect(() => {
    if (known || !position) return;
    useAtlas.setState({
      story: null,
      notice: playable
        ? `This model has no story “${position.id}”; its story is “${playable.story.id}”.`
        : `This model has no story to present (asked for “${position.id}”).`,
    });
  }, [known, position, playable]);

  if (!known || !playable || !position) return null;
  return (
    <Room playable={playable} step={position.step} setStory={setStory} leave={leave} modelKey={modelKey} />
  );
}

function Room({
  playable,
  step,
  setStory,
  leave,
  modelKey,
}: {
  playable: PlayableStory;
  step: number;
  setStory: AtlasState["setStory"];
  leave: () => void;
  modelKey: string;
}) {
  const { story, steps, problems } = playable;
  const count = steps.length;
  const current = Math.min(Math.max(step, 1), Math.max(count, 1));
  const entry = steps[current - 1];
  const go = useCallback(
    (n: number) => setStory({ id: story.id, step: Math.min(Math.max(n, 1), count) }),
    [setStory, story.id, count],
  );
  useStorySync(modelKey, leave);
  const moves = useMemo(
    () => ({
      next: () => go(stepNow() + 1),
      previous: () => go(stepNow() - 1),
      first: () => go(1),
      last: () => go(count),
      leave,
    }),
    [go, count, leave],
  );
  useStoryKeys(moves);
  // A step number past the end (an old link) lands on the last step, and the URL says so.
  useEffect(() => {
    if (count && step !== current) go(current);
  }, [step, current, count, go]);

  // Each step sets the view, stage and selection; the views follow as they always do.
  useEffect(() => {
    if (!entry) return;
    const select = entry.step.select ?? {};
    useAtlas.setState({
      view: entry.step.view,
      stage: entry.step.stage,
      selected: select.unit ?? null,
      selectedNation: select.unit ? null : (select.nation ?? null),
      selectedPlace: select.unit || select.nation ? null : (select.place ?? null),
      rotationStep: null,
    });
  }, [entry]);

  // The Present button that had focus is gone with the header: focus goes into the room, which a
  // screen reader then names, rather than being dropped on the page's body.
  const room = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!room.current?.contains(document.activeElement)) room.current?.focus({ preventScroll: true });
  }, []);

  const fullscreen = useFullscreen(leave);
  const presenterUrl = usePresenterUrl();
  const stageName = useShownModel().model.stages.find((s) => s.id === entry?.step.stage)?.name;

  return (
    // The page's main landmark while presenting (the app's header and panels are not shown): its
    // bar is the room's header, not a banner of the page inside another landmark.
    <main
      ref={room}
      tabIndex={-1}
      className="present-room"
      aria-roledescription="presentation"
      aria-label={story.title}
    >
      <header className="present-bar">
        <p className="present-title" title={story.title}>
          {story.title}
        </p>
        <p className="present-progress" aria-live="polite" aria-atomic="true">
          <span className="visually-hidden">Step </span>
          {current} / {count}
        </p>
        <div className="present-controls" role="group" aria-label="Story">
          <button
            type="button"
            onClick={moves.previous}
            disabled={current <= 1}
            aria-label="Previous step (← or Page Up)"
          >
            ←
          </button>
          <button
            type="button"
            onClick={moves.next}
            disabled={current >= count}
            aria-label="Next step (→, Space or Page Down)"
          >
            →
          </button>
          {presenterUrl && (
            <button
              type="button"
              onClick={() =>
                window.open(presenterUrl, "command-atlas-presenter", "popup,width=1100,height=760")
              }
            >
              Presenter view
            </button>
          )}
          {!fullscreen && (
            <button type="button" onClick={() => void enterFullscreen()}>
              Full screen
            </button>
          )}
          <MenuDetails className="briefing-menu" summary="Deck & handout">
            <BriefingDownloads />
          </MenuDetails>
          <button type="button" onClick={leave}>
            Leave (Esc)
          </button>
        </div>
      </header>
      {!fullscreen && (
        <p className="present-hint" role="status">
          Not in full screen (the browser did not allow it): press F11, or Full screen above.
        </p>
      )}
      {problems.length > 0 && <StoryProblems problems={problems} total={story.steps.length} />}
      {entry ? (
        <>
          <div className="present-view">
            {entry.step.view === "chart" ? (
              <ChartView frame={entry.step.zoom ?? null} frameAnchor={entry.step.select?.unit ?? null} />
            ) : (
              <MainView />
            )}
          </div>
          <article className="present-step" key={current} aria-labelledby="present-step-title">
            <h1 id="present-step-title">{entry.step.title}</h1>
            <p className="present-stage">{stageName ?? entry.step.stage}</p>
            <p className="present-text">{entry.step.text}</p>
            <StepSources ids={entry.step.sources} />
          </article>
        </>
      ) : (
        <p className="present-empty">This story has no step that can be shown.</p>
      )}
    </main>
  );
}

/** Whether the page is in full screen; leaving full screen (Esc in the browser) ends the story. */
function useFullscreen(leave: () => void): boolean {
  const [full, setFull] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const change = () => {
      const now = Boolean(document.fullscreenElement);
      setFull((was) => {
        if (was && !now) queueMicrotask(leave);
        return now;
      });
    };
    document.addEventListener("fullscreenchange", change);
    return () => document.removeEventListener("fullscreenchange", change);
  }, [leave]);
  return full;
}
