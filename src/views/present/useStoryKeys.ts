// Keys that move through a story, in the audience window and the presenter's alike.
// Presentation clickers send PageDown / PageUp (some send arrows), so both work.
import { useEffect } from "react";
import { isTyping } from "../focus/useRoomKeys";

export type StoryMoves = {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  leave?: () => void;
};

export function useStoryKeys(moves: StoryMoves): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
        return;
      // A focused button keeps Space and Enter for itself.
      const onButton = event.target instanceof HTMLButtonElement;
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
  }, [moves]);
}
