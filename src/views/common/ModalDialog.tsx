// A modal dialog on the native <dialog>: the browser traps focus, makes the rest inert, closes on
// Esc and gives focus back to where it was. Used by the embed's details overlay and by the
// Embed and Export dialogs.
import { useLayoutEffect, useRef } from "react";
import type { ReactNode } from "react";

type Props = {
  title: string;
  /** Shown as the dialog's heading; false when the content brings its own (still its name). */
  showTitle?: boolean;
  className?: string;
  onClose: () => void;
  /** Called once it is open, with the element (to place it, say). */
  onOpen?: (dialog: HTMLDialogElement) => void;
  children: ReactNode;
};

export function ModalDialog({ title, showTitle = true, className, onClose, onOpen, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    onOpen?.(dialog);
    const closed = () => onCloseRef.current();
    dialog.addEventListener("close", closed);
    return () => {
      dialog.removeEventListener("close", closed);
      if (dialog.open && typeof dialog.close === "function") dialog.close();
    };
    // Opened once per mount; the owner unmounts it to close.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <dialog ref={ref} className={`modal-dialog${className ? ` ${className}` : ""}`} aria-label={title}>
      <div className="modal-bar">
        {showTitle ? <h2 className="modal-title">{title}</h2> : <span />}
        <button
          type="button"
          className="modal-close"
          onClick={() => {
            const dialog = ref.current;
            // The close event tells the owner; where <dialog> is not fully there (jsdom), tell it directly.
            if (dialog && typeof dialog.close === "function") dialog.close();
            else onCloseRef.current();
          }}
        >
          Close<span className="visually-hidden"> {title.toLowerCase()}</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}
