import { useEffect, useRef } from "react";
import { originName } from "../../load/model-text";
import type { ModelLoadError } from "../../load/model-text";
import { sourceFromParam } from "../../load/queries";
import { useAtlas } from "../../state/store";
import { OPEN_FILE_BUTTON_ID } from "./ModelPicker";
import { prefersReducedMotion } from "../common/media";

const MAX_LISTED = 200;
/**
 * A problem's pointer or message quotes the file (an unknown field's name): one that would take
 * the page seconds to lay out is cut, its place and kind of problem still said.
 */
const MAX_SHOWN_CHARS = 600;
const clipped = (text: string) =>
  text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;

/** Every problem with the model the user asked for, each with the place to fix it. */
export function LoadErrorAlert({ error, hasModel }: { error: ModelLoadError | null; hasModel: boolean }) {
  const request = useAtlas((s) => s.request);
  const shown = useAtlas((s) => s.shown);
  const requested = useAtlas((s) => s.requested);
  const box = useRef<HTMLDivElement>(null);
  // A file dropped or opened far down the page: the alert is drawn at its top, out of sight.
  useEffect(() => {
    const alert = box.current;
    if (!error || !alert) return;
    const { top, bottom } = alert.getBoundingClientRect();
    if (bottom <= 0 || top >= window.innerHeight)
      alert.scrollIntoView?.({ block: "start", behavior: prefersReducedMotion() ? "auto" : "smooth" });
  }, [error]);
  if (!error) return null;
  const count = error.problems.length;
  const listed = error.problems.slice(0, MAX_LISTED);
  return (
    <div role="alert" className="load-error" ref={box}>
      <h2>
        {originName(error.origin)} could not be opened: {count} problem{count === 1 ? "" : "s"}
      </h2>
      <p>
        {hasModel
          ? "The model you had is still shown; nothing was lost."
          : requested.kind === "refused"
            ? "Change the address's ?model= to a path on this site, or go back to the default model."
            : "Fix the file and open it again, or go back to the default model."}
      </p>
      {/* A long list scrolls in its own box; tabIndex lets a keyboard scroll it too. */}
      <ol className="problem-list" tabIndex={0} aria-label="Problems found">
        {listed.map((problem, i) => (
          <li key={i}>
            <code className="pointer">{clipped(problem.pointer) || "(whole file)"}</code>{" "}
            {clipped(problem.message)}
          </li>
        ))}
      </ol>
      {count > MAX_LISTED && (
        <p>…and {count - MAX_LISTED} more. Fix these first; the rest often follow from them.</p>
      )}
      <div className="alert-actions">
        {hasModel && shown ? (
          // Going back to the model on screen also puts its address back in the URL.
          <button
            type="button"
            onClick={() => {
              request(shown);
              // The alert and this button go: focus goes back to where files are opened.
              document.getElementById(OPEN_FILE_BUTTON_ID)?.focus();
            }}
          >
            Dismiss and keep the current model
          </button>
        ) : (
          <button type="button" onClick={() => request(sourceFromParam(null, window.location.href))}>
            Load the default model
          </button>
        )}
      </div>
    </div>
  );
}
