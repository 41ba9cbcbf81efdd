// Details inside the frame: when the reader picks a unit, nation or place, the details panel
// opens over the view as a modal dialog (Esc or Close shuts it; the selection stays marked).
// Placed near where the reader clicked, inside the part of the frame on screen: a frame sized to
// its content is often taller than the part of it the article shows (dialog-top.ts).
import { useEffect } from "react";
import { useAtlas } from "../../state/store";
import { DetailsPanel } from "../details/DetailsPanel";
import { ModalDialog } from "../common/ModalDialog";
import { DIALOG_MARGIN, dialogTop, seenBand } from "./dialog-top";
import type { Band } from "./dialog-top";

/** Where the reader last pointed, or (by keyboard) the middle of what last had focus. */
let lastPointerY: number | null = null;
let lastFocusY: number | null = null;

export function EmbedDetails() {
  const open = useAtlas(
    (s) => s.detailsOpen && (s.selected !== null || s.selectedNation !== null || s.selectedPlace !== null),
  );
  const closeDetails = useAtlas((s) => s.closeDetails);
  useEffect(() => {
    const remember = (event: PointerEvent) => void (lastPointerY = event.clientY);
    // A key pressed means the keyboard chose: an earlier click no longer says where the reader is.
    const keyed = () => void (lastPointerY = null);
    const focused = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || target.closest("dialog")) return;
      const box = target.getBoundingClientRect();
      lastFocusY = box.top + box.height / 2;
    };
    document.addEventListener("pointerdown", remember, true);
    document.addEventListener("keydown", keyed, true);
    document.addEventListener("focusin", focused, true);
    return () => {
      document.removeEventListener("pointerdown", remember, true);
      document.removeEventListener("keydown", keyed, true);
      document.removeEventListener("focusin", focused, true);
    };
  }, []);
  if (!open) return null;
  return (
    <ModalDialog
      title="Details"
      showTitle={false}
      className="embed-details"
      onClose={closeDetails}
      onOpen={place}
    >
      <DetailsPanel />
    </ModalDialog>
  );
}

/**
 * Puts the dialog's middle at the reader's last click (or the item last focused by keyboard),
 * inside the part of the frame on the reader's screen. Only an IntersectionObserver can tell a
 * frame that part (the article is another site); it answers within a frame, and the dialog is
 * shown once placed, or after a moment placed in the whole frame if no answer has come.
 */
function place(dialog: HTMLDialogElement) {
  const anchor = lastPointerY ?? lastFocusY ?? window.innerHeight / 2;
  lastPointerY = null;
  const put = (visible: Band | null) => {
    const band = seenBand(window.innerHeight, visible);
    // Its content scrolls inside it rather than below the reader's screen.
    const room = band.bottom - band.top - 2 * DIALOG_MARGIN;
    dialog.style.maxHeight = room >= 240 ? `min(36rem, ${Math.floor(room)}px)` : "";
    const height = dialog.getBoundingClientRect().height;
    dialog.style.marginTop = `${dialogTop(anchor, height, band)}px`;
    dialog.style.opacity = "";
  };
  if (typeof IntersectionObserver === "undefined") return put(null);
  dialog.style.opacity = "0";
  // A modal dialog must never stay unseen: without an answer soon, it goes in the whole frame.
  const fallback = setTimeout(() => {
    observer.disconnect();
    put(null);
  }, 300);
  const observer = new IntersectionObserver(([entry]) => {
    clearTimeout(fallback);
    observer.disconnect();
    const seen = entry?.isIntersecting ? entry.intersectionRect : null;
    put(seen ? { top: seen.top, bottom: seen.bottom } : null);
  });
  observer.observe(document.documentElement);
}
