// "Embed": the iframe code for what is on screen, with copy buttons and a live preview of the
// embed page at three widths. Loaded on demand from the app's header.
import { useEffect, useMemo, useRef, useState } from "react";
import { embedUrlOf } from "../../state/url";
import { useAtlas } from "../../state/store";
import type { Theme } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { ModalDialog } from "../common/ModalDialog";
import { copyText } from "../share/share-actions";
import { ESTIMATED_HEIGHT, embedCode, embedTitle } from "./embed-code";
import { HEIGHT_MESSAGE } from "./height-messages";
import { stageLabel } from "./EmbedFooter";
import { VIEW_NAME } from "../common/labels";
import { useElementSize } from "../common/useElementSize";

const WIDTHS = [320, 600, 1000] as const;
/** How long a preview's height must hold before the code takes it. */
const SETTLE_MS = 700;
type Width = (typeof WIDTHS)[number];
const THEME_LABEL: Record<Theme, string> = {
  light: "Light (suits most articles)",
  auto: "Auto: follows the reader's setting",
  dark: "Dark",
  contrast: "High contrast",
};

export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const shown = useShownModel();
  const view = useAtlas((s) => s.view);
  const [theme, setTheme] = useState<Theme>("light");
  const [width, setWidth] = useState<Width>(600);
  const [measured, setMeasured] = useState<{ width: Width; height: number } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const previewBox = useRef<HTMLDivElement>(null);
  const room = useElementSize(previewBox).w;
  // A preview wider than the dialog is drawn smaller, whole, rather than cut at the dialog's edge:
  // the embed inside still lays out at the chosen width. In steps of 5 %: an odd zoom rounds the
  // embed's own width a pixel short.
  const fit = room > 0 ? Math.min(1, Math.floor((room / width) * 20) / 20) : 1;
  const src = useAtlas((s) => embedUrlOf(s, window.location.href, theme, shown.stageId));
  const scriptSrc = new URL("embed.js", window.location.href).href;
  const title = embedTitle(shown.model.meta.title, VIEW_NAME[view], stageLabel(shown));
  const height = measured?.height ?? ESTIMATED_HEIGHT[view];
  const code = useMemo(() => embedCode({ title, src, scriptSrc, height }), [title, src, scriptSrc, height]);

  // The preview frame reports its height as it would to an article; we size it the same way. The
  // code takes a height once it has held for a moment: while the view loads, the frame is short.
  useEffect(() => {
    let settle = 0;
    const onMessage = (event: MessageEvent) => {
      const frame = preview.current;
      if (!frame || event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== "number") return;
      const height = data.height;
      frame.style.height = `${height}px`;
      window.clearTimeout(settle);
      settle = window.setTimeout(() => setMeasured({ width, height }), SETTLE_MS);
    };
    window.addEventListener("message", onMessage);
    return () => {
      window.removeEventListener("message", onMessage);
      window.clearTimeout(settle);
    };
  }, [width]);

  const copy = async (text: string, what: string) =>
    setStatus(
      (await copyText(text))
        ? `${what} copied.`
        : `The browser did not allow copying: select the ${what.toLowerCase()} and copy it.`,
    );

  return (
    <ModalDialog title="Embed this view" className="embed-dialog" onClose={onClose}>
      <p className="hint">
        Paste this into your article (an HTML or embed block). It shows the {VIEW_NAME[view]} as it is now,
        fits any width from 280 px, and sizes itself with the script on the second line. No request goes to
        any site but this one.
      </p>
      <fieldset className="embed-theme">
        <legend>Colours in the article</legend>
        {(["light", "auto", "dark", "contrast"] as Theme[]).map((t) => (
          <label key={t}>
            <input
              type="radio"
              name="embed-theme"
              value={t}
              checked={theme === t}
              onChange={() => setTheme(t)}
            />{" "}
            {THEME_LABEL[t]}
          </label>
        ))}
      </fieldset>
      <label className="embed-code-label" htmlFor="embed-code">
        Embed code
      </label>
      <textarea
        id="embed-code"
        className="embed-code"
        readOnly
        rows={5}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-actions">
        <button type="button" onClick={() => void copy(code, "Embed code")}>
          Copy embed code
        </button>
        <button type="button" onClick={() => void copy(src, "Embed address")}>
          Copy embed address
        </button>
      </div>
      <p role="status" className="share-status">
        {status}
      </p>
      <p className="note">
        {measured
          ? `Height ${measured.height} px, measured in the preview at ${measured.width} px wide; the script corrects it for each reader.`
          : "Height estimated until the preview has loaded."}
      </p>
      <fieldset className="embed-widths">
        <legend>Preview width</legend>
        {WIDTHS.map((w) => (
          <label key={w}>
            <input
              type="radio"
              name="embed-width"
              value={w}
              checked={width === w}
              onChange={() => setWidth(w)}
            />{" "}
            {w} px
          </label>
        ))}
      </fieldset>
      <p className="note" id="embed-preview-note">
        The preview shows the embed as readers will see it
        {fit < 1 ? `, drawn at ${Math.round(fit * 100)} % to fit this dialog` : ""}; to try it, open the embed
        address.
      </p>
      {/* A picture of the embed, not a second copy of the app to wander into: inert keeps focus,
          clicks and screen readers in the dialog, and its landmarks from doubling the page's. */}
      <div className="embed-preview" inert>
        {/* Inside the preview's padding: the room the frame has. */}
        <div ref={previewBox}>
          <iframe
            key={`${src}@${width}`}
            ref={preview}
            title={`Preview at ${width} px: ${title}`}
            src={src}
            scrolling="no"
            style={{ width: `${width}px`, height: `${height}px`, border: "none", zoom: fit }}
          />
        </div>
      </div>
    </ModalDialog>
  );
}
