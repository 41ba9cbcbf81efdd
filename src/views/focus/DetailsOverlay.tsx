// Focus mode's details: a dialog over the chart instead of a side panel. It opens on a new
// selection, takes focus, and closes with Esc or its button, giving focus back where it was.
import { useEffect, useRef, useState } from "react";
import { useAtlas } from "../../state/store";
import { DetailsPanel } from "../details/DetailsPanel";

export function DetailsOverlay() {
  const selection = useAtlas((s) => s.selected ?? s.selectedNation ?? s.selectedPlace);
  const [closedFor, setClosedFor] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const open = selection !== null && closedFor !== selection;

  useEffect(() => {
    if (!open) return;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // The heading, so a screen reader starts at the name of what was selected.
    const heading = dialog.current?.querySelector<HTMLElement>("h2");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    } else dialog.current?.focus({ preventScroll: true });
  }, [open, selection]);

  if (!open) return null;
  const close = () => {
    setClosedFor(selection);
    // The card that opened it may have been redrawn: find it again by its id.
    const back =
      returnTo.current?.isConnected === true
        ? returnTo.current
        : document.querySelector<HTMLElement>(`[data-unit-id="${CSS.escape(selection ?? "")}"]`);
    back?.focus({ preventScroll: true });
  };
  return (
    <div
      ref={dialog}
      className="details-overlay"
      role="dialog"
      aria-label="Details"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      }}
    >
      <button type="button" className="overlay-close" onClick={close} aria-label="Close the details (Esc)">
        ×
      </button>
      <DetailsPanel />
    </div>
  );
}
