// The keys that change the room from anywhere in the app: `f` for focus mode. Ignored while
// typing, with a modifier held, and while a story is presented (its keys are its own).
import { useEffect } from "react";
import { useAtlas } from "../../state/store";

const NOT_TYPED = new Set(["checkbox", "radio", "button", "submit", "reset", "image"]);

export function isTyping(target: EventTarget | null): boolean {
  return (
    // A checkbox or radio button takes no typing: the room's keys still work on it (a briefer who
    // tabbed into the chart's key could neither go on nor leave).
    (target instanceof HTMLInputElement && !NOT_TYPED.has(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

export function useRoomKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
        return;
      const state = useAtlas.getState();
      if (state.story || state.presenter) return;
      if (event.key === "f" || event.key === "F") {
        event.preventDefault();
        state.setFocus(!state.focus);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
