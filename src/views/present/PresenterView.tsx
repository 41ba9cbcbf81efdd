// The presenter's window (?presenter=1&story=…&step=…): the current step's notes, the next step
// and a timer; its buttons and keys (clickers too) drive the audience window through the
// channel in useStorySync. Opened by the room's "Presenter view" button; loaded only here.
import { useCallback, useEffect, useMemo, useState } from "react";
import { playableStory } from "../../model";
import { useAtlas } from "../../state/store";

/** The step on screen now (the store's, not a render's copy): keys pressed in quick succession all count. */
const stepNow = () => useAtlas.getState().story?.step ?? 1;
import { useShownModel } from "../app/shown-model";
import { useStorySync } from "./useStorySync";
import { useStoryKeys } from "./useStoryKeys";
import { StepSources } from "./StepSources";
import { StoryProblems } from "./StoryProblems";
import { useModelKey } from "./model-key";
import "./present.css";

export default function PresenterView() {
  const { model } = useShownModel();
  const position = useAtlas((s) => s.story);
  const setStory = useAtlas((s) => s.setStory);
  const playable = playableStory(model);
  const modelKey = useModelKey();
  const [audienceLeft, setAudienceLeft] = useState(false);
  useStorySync(
    modelKey,
    useCallback(() => setAudienceLeft(true), []),
  );
  const count = playable?.steps.length ?? 0;
  const current = Math.min(Math.max(position?.step ?? 1, 1), Math.max(count, 1));
  const go = useCallback(
    (n: number) => {
      if (!playable) return;
      setAudienceLeft(false);
      setStory({ id: playable.story.id, step: Math.min(Math.max(n, 1), count) });
    },
    [playable, setStory, count],
  );
  const moves = useMemo(
    () => ({
      next: () => go(stepNow() + 1),
      previous: () => go(stepNow() - 1),
      first: () => go(1),
      last: () => go(count),
    }),
    [go, count],
  );
  useStoryKeys(moves);
  const timer = useTimer();
  useEffect(() => {
    document.title = `Presenter · ${playable?.story.title ?? model.meta.title}`;
  }, [playable, model]);

  if (!playable || !position || playable.story.id !== position.id)
    return (
      <main className="presenter">
        <p role="alert">This model has no story “{position?.id}” to present.</p>
      </main>
    );
  const entry = playable.steps[current - 1];
  const next = playable.steps[current];
  return (
    <main className="presenter" aria-label="Presenter view">
      <header className="presenter-bar">
        <h1>{playable.story.title}</h1>
        <p className="present-progress" aria-live="polite" aria-atomic="true">
          <span className="visually-hidden">Step </span>
          {current} / {count}
        </p>
        <p className="presenter-timer" role="timer" aria-label="Time since the start">
          {timer.text}
        </p>
        <div className="present-controls" role="group" aria-label="Story">
          <button type="button" onClick={moves.previous} disabled={current <= 1}>
            ← Previous
          </button>
          <button type="button" onClick={moves.next} disabled={current >= count}>
            Next →
          </button>
          <button type="button" onClick={timer.reset}>
            Reset timer
          </button>
        </div>
      </header>
      {audienceLeft && (
        <p className="present-hint" role="status">
          The audience window has left the presentation. Moving to a step here does not reopen it.
        </p>
      )}
      {playable.problems.length > 0 && (
        <StoryProblems problems={playable.problems} total={playable.story.steps.length} />
      )}
      {entry && (
        <section className="presenter-now" aria-labelledby="presenter-now-title">
          <p className="eyebrow">Now</p>
          <h2 id="presenter-now-title">{entry.step.title}</h2>
          <p className="present-text">{entry.step.text}</p>
          {entry.step.notes && (
            <>
              <h3>Notes</h3>
              <p className="presenter-notes">{entry.step.notes}</p>
            </>
          )}
          <StepSources ids={entry.step.sources} />
        </section>
      )}
      <section className="presenter-next" aria-labelledby="presenter-next-title">
        <p className="eyebrow">Next</p>
        <h2 id="presenter-next-title">{next ? next.step.title : "End of the story"}</h2>
        {next && <p>{next.step.text}</p>}
      </section>
    </main>
  );
}

/** Minutes and seconds since the window opened (or since Reset), ticking once a second. */
function useTimer() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return {
    text,
    reset: () => {
      setStart(Date.now());
      setNow(Date.now());
    },
  };
}
