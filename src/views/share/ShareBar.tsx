// Copy link, Share (where the browser has a share sheet), Embed… and Export…: buttons only. What
// they do (clipboard, dialogs, the export code) loads on first use, so the first paint stays small.
import { lazy, Suspense, useEffect, useState } from "react";
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
  const fromFile = useAtlas((s) => s.requested.kind === "file");
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), 6000);
    return () => clearTimeout(timer);
  }, [status]);

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
    <div className="share-bar">
      <div className="share-buttons" role="group" aria-label="Share and export">
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
      </div>
      {/* Polite, like a status, without a second status role beside the page's notices. */}
      <p aria-live="polite" className={status ? "share-status" : "visually-hidden"}>
        {status}
      </p>
      {fallback && (
        <label className="share-fallback">
          <span className="visually-hidden">Link to this view</span>
          <input readOnly value={fallback} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
      <Suspense fallback={null}>
        {dialog === "embed" && <EmbedDialog onClose={() => setDialog(null)} />}
        {dialog === "export" && <ExportDialog onClose={() => setDialog(null)} />}
      </Suspense>
    </div>
  );
}
