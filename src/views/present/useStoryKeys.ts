// Keys that move through a story, in the audience window and the presenter's alike.
// Presentation clickers send PageDown / PageUp (some send arrows), so both work.
import { useEffect, useRef } from "react";
import { isTyping } from "../focus/useRoomKeys";

export type StoryMoves = {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  leave?: () => void;
};

export function useStoryKeys(moves: StoryMoves): void {
  // The latest moves, read at the key press: a press right after a step must not use the old one.
  const latest = useRef(moves);
  useEffect(() => {
    latest.current = moves;
  }, [moves]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
        return;
      // A focused button, menu or checkbox keeps Space (and Enter) for itself.
      const onButton =
        event.target instanceof HTMLElement &&
        event.target.matches("button, summary, input[type=checkbox], input[type=radio]");
      const moves = latest.current;
      const action: Record<string, (() => void) | undefined> = {
        ArrowRight: moves.next,
        PageDown: moves.next,
        " ": onButton ? undefined : moves.next,
        ArrowLeft: moves.previous,
        PageUp: moves.previous,
        Home: moves.first,
        End: moves.last,
        Escape: moves.leave,
      };
      const run = action[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
