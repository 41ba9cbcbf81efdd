// The status key: what decided, planned, proposed, dropped, reported and "weakly sourced" mean,
// one sentence each, and in compare mode what the change marks mean. Every status badge and weak
// mark opens it at its own entry; the "Status key" button in the as-of bar opens it anywhere.
import { useEffect, useRef } from "react";
import { STATUSES } from "../../model";
import { useAtlas } from "../../state/store";
import type { LegendTopic } from "../../state/store";
import { STATUS_LABEL, STATUS_SENTENCE } from "./labels";
import { StatusIcon } from "./StatusIcon";
import { WEAK_MEANING, WEAK_WORDS, WeakIcon } from "./WeakMark";
import { useShownModel } from "../app/shown-model";
import { CHANGE_LABEL, CHANGE_LINE, CHANGE_MEANING } from "../compare/compare-words";
import { ChangeIcon } from "../compare/ChangeIcon";
import type { ItemChange } from "../../model";

const CHANGES: readonly ItemChange[] = ["added", "removed", "status", "role", "changed", "unchanged"];

export function StatusLegend() {
  const topic = useAtlas((s) => s.legend);
  const openLegend = useAtlas((s) => s.openLegend);
  const { changes } = useShownModel();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (topic && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
    } else if (!topic && element.open) element.close();
    if (topic) element.querySelector<HTMLElement>(`[data-topic="${topic}"]`)?.focus();
  }, [topic]);

  const close = () => {
    openLegend(null);
    // Back where the reader was: the badge that opened the key.
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };
  const entry = (key: LegendTopic, icon: React.ReactNode, word: string, sentence: string) => (
    <div
      key={key}
      className={`legend-entry${topic === key ? " is-topic" : ""}`}
      data-topic={key}
      tabIndex={-1}
      aria-current={topic === key ? "true" : undefined}
    >
      <dt>
        {icon}
        {word}
      </dt>
      <dd>{sentence}</dd>
    </div>
  );

  return (
    <dialog
      ref={dialog}
      className="status-legend"
      aria-labelledby="status-legend-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      // A tap on the backdrop closes it too: a phone has no Esc key.
      onClick={(event) => {
        const box = event.currentTarget.getBoundingClientRect();
        const outside =
          event.clientX < box.left ||
          event.clientX > box.right ||
          event.clientY < box.top ||
          event.clientY > box.bottom;
        if (event.target === event.currentTarget && outside) close();
      }}
    >
      <h2 id="status-legend-title">What the marks mean</h2>
      <p className="hint">
        Every statement in the model carries one of these statuses, in words and in shape. The status says how
        far the thing itself has got; each source's grade (official, wire, press, analysis, aggregator) says
        how strong the evidence for it is: a decision may be known from an analysis that reports it. Codes
        such as P-5 or S0-9 after the sources name the statements of the fact base the model was checked
        against.
      </p>
      <dl className="legend-list">
        {STATUSES.map((status) =>
          entry(
            status,
            <span className={`status-badge status-${status}`}>
              <StatusIcon status={status} />
            </span>,
            STATUS_LABEL[status],
            STATUS_SENTENCE[status],
          ),
        )}
        {entry(
          "weak",
          <span className="weak-mark">
            <WeakIcon />
          </span>,
          WEAK_WORDS.charAt(0).toUpperCase() + WEAK_WORDS.slice(1),
          WEAK_MEANING,
        )}
      </dl>
      <h3>Unit symbols</h3>
      {/* A student read the plain frames as pictures that failed to load. */}
      <p>
        The cards carry NATO map symbols (APP-6): a blue frame for a friendly unit, dashed while it is planned
        or proposed, with a mark inside for its branch where the model gives one (air, sea, mine clearing). A
        frame left empty is not a missing picture: a coalition, a force, a formation or a line of effort on
        land has no branch mark.
      </p>
      {changes && (
        <>
          <h3>Compare marks</h3>
          <dl className="legend-list">
            {CHANGES.map((change) => (
              <div key={change} className="legend-entry">
                <dt>
                  <ChangeIcon change={change} />
                  {CHANGE_LABEL[change]}
                </dt>
                <dd>
                  {CHANGE_MEANING[change]} On the chart and map: {CHANGE_LINE[change]}.
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {/* Kept in sight at the dialog's foot while its text scrolls (on a phone it sat a screen down). */}
      <div className="legend-foot">
        <button type="button" className="legend-close" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
