// Details inside the frame: when the reader picks a unit, nation or place, the details panel
// opens over the view as a modal dialog (Esc or Close shuts it; the selection stays marked).
// Placed near where the reader clicked: a frame sized to its content is often taller than the
// part of it the article shows, so a dialog centred in the frame could open out of sight.
import { useEffect } from "react";
import { useAtlas } from "../../state/store";
import { DetailsPanel } from "../details/DetailsPanel";
import { ModalDialog } from "../common/ModalDialog";

let lastPointerY: number | null = null;

export function EmbedDetails() {
  const open = useAtlas(
    (s) => s.detailsOpen && (s.selected !== null || s.selectedNation !== null || s.selectedPlace !== null),
  );
  const closeDetails = useAtlas((s) => s.closeDetails);
  useEffect(() => {
    const remember = (event: PointerEvent) => void (lastPointerY = event.clientY);
    document.addEventListener("pointerdown", remember, true);
    return () => document.removeEventListener("pointerdown", remember, true);
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

/** Puts the dialog's middle at the reader's last click (or the focused item), inside the frame. */
function place(dialog: HTMLDialogElement) {
  const anchor = lastPointerY ?? focusedTop();
  lastPointerY = null;
  if (anchor === null) return;
  const height = dialog.getBoundingClientRect().height;
  const top = Math.max(8, Math.min(anchor - height / 2, window.innerHeight - height - 8));
  dialog.style.marginTop = `${Math.round(top)}px`;
}

function focusedTop(): number | null {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const box = element.getBoundingClientRect();
  return box.top + box.height / 2;
}
