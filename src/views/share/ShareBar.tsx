// "Share": a disclosure in the header holding Copy link, Share… (where the browser has a share
// sheet), Embed… and Export…, so the header keeps one line beside the view switch and the room's
// buttons. What they do (clipboard, dialogs, the export code) loads on first use, so the first
// paint stays small.
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { appUrlOf } from "../../state/url";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";

const EmbedDialog = lazy(() => import("../embed/EmbedDialog"));
const ExportDialog = lazy(() => import("../export/ExportDialog"));
const actions = () => import("./share-actions");

type Dialog = "embed" | "export" | null;

export function ShareBar() {
  const { model } = useShownModel();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const fromFile = useAtlas((s) => s.requested.kind === "file");
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), 6000);
    return () => clearTimeout(timer);
  }, [status]);

  // The list closes on Escape or a click elsewhere; it stays open behind a dialog it opened, so
  // focus can return to the button that opened the dialog.
  useEffect(() => {
    if (!open || dialog) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open, dialog]);

  const link = () => appUrlOf(useAtlas.getState(), window.location.href);
  const note = fromFile ? " It opens the default model: a file from your computer has no address." : "";

  const copyLink = async () => {
    const url = link();
    const { copyText } = await actions();
    if (await copyText(url)) {
      setFallback(null);
      setStatus(`Link copied: it opens exactly this view.${note}`);
    } else {
      setFallback(url);
      setStatus("The browser did not allow copying: select the link below and copy it.");
    }
  };
  const share = async () => {
    const { shareLink } = await actions();
    const result = await shareLink(model.meta.title, link());
    if (result === "failed") setStatus("Sharing did not work here; use Copy link instead.");
  };

  return (
    <div className="share-bar" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="share-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        Share <span aria-hidden="true">▾</span>
      </button>
      <div id={listId} className="share-buttons" role="group" aria-label="Share and export" hidden={!open}>
        <button type="button" onClick={() => void copyLink()} onPointerEnter={() => void actions()}>
          Copy link
        </button>
        {canShare && (
          <button type="button" onClick={() => void share()}>
            Share…
          </button>
        )}
        <button type="button" aria-haspopup="dialog" onClick={() => setDialog("embed")}>
          Embed…
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setDialog("export")}>
          Export…
        </button>
        {fallback && (
          <label className="share-fallback">
            <span className="visually-hidden">Link to this view</span>
            <input readOnly value={fallback} onFocus={(event) => event.currentTarget.select()} />
          </label>
        )}
        {/* Polite, like a status, without a second status role beside the page's notices. */}
        <p aria-live="polite" className={status ? "share-status" : "visually-hidden"}>
          {status}
        </p>
      </div>
      <Suspense fallback={null}>
        {dialog === "embed" && <EmbedDialog onClose={() => setDialog(null)} />}
        {dialog === "export" && <ExportDialog onClose={() => setDialog(null)} />}
      </Suspense>
    </div>
  );
}
