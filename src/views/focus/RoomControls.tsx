// The buttons that change the room: focus mode, large type, and the story (when the model has one).
import { lazy, Suspense, useState } from "react";
import { playableStory } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { enterFullscreen } from "../common/fullscreen";
import { MenuDetails } from "../common/MenuDetails";
// The menu's own look (its summary as a button, hidden on phones) is needed from the first paint.
import "../deck/deck.css";

// Out of the first load: the menu's buttons load when it is first opened.
const BriefingDownloads = lazy(() =>
  import("../deck/BriefingDownloads").then((m) => ({ default: m.BriefingDownloads })),
);

export function RoomControls() {
  const { model } = useShownModel();
  const focus = useAtlas((s) => s.focus);
  const largeType = useAtlas((s) => s.largeType);
  const setFocus = useAtlas((s) => s.setFocus);
  const setLargeType = useAtlas((s) => s.setLargeType);
  const setStory = useAtlas((s) => s.setStory);
  const [downloadsOpened, setDownloadsOpened] = useState(false);
  const story = model.story;
  const playable = playableStory(model);
  const skipped = playable ? playable.story.steps.length - playable.steps.length : 0;
  return (
    <div className="room-controls" role="group" aria-label="Room">
      <button type="button" aria-pressed={focus} onClick={() => setFocus(!focus)} title="Focus mode (f)">
        {focus ? "Leave focus" : "Focus"}
      </button>
      <button type="button" aria-pressed={largeType} onClick={() => setLargeType(!largeType)}>
        Large type
      </button>
      {story && (
        <button
          type="button"
          className="present-button"
          aria-describedby={skipped ? "story-skipped" : undefined}
          title={
            skipped ? `${skipped} of ${story.steps.length} story steps are skipped for problems` : story.title
          }
          // Full screen is asked for in this click: a browser allows it only from a gesture.
          onClick={() => {
            void enterFullscreen();
            setStory({ id: story.id, step: 1 });
          }}
        >
          Present{skipped > 0 && <span aria-hidden="true"> ⚠</span>}
        </button>
      )}
      {/* The story as a deck and handout, and the view on screen as a slide or PDF (issue 10). */}
      <MenuDetails className="briefing-menu" summary="Deck & handout" onOpen={() => setDownloadsOpened(true)}>
        {downloadsOpened && (
          <Suspense
            fallback={
              <div className="briefing-downloads">
                <p className="briefing-status">Loading…</p>
              </div>
            }
          >
            <BriefingDownloads withView />
          </Suspense>
        )}
      </MenuDetails>
      {story && skipped > 0 && (
        // A model author learns at load, not only when presenting, that the story has broken steps.
        <span id="story-skipped" className="visually-hidden">
          {skipped} of {story.steps.length} story steps are skipped for problems, listed when you present.
        </span>
      )}
    </div>
  );
}
