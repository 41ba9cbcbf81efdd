// The embed's footer: what this is (model, stage, "as of"), who says so (the outlets behind the
// stage, with their grades), and a way into the full app at the same state.
import { useMemo } from "react";
import { sourceCredits, sourceLine, STATUSES } from "../../model";
import { appUrlOf } from "../../state/url";
import { useAtlas } from "../../state/store";
import type { ShownModel } from "../app/shown-model";
import { formatIsoDate, STATUS_LABEL } from "../common/labels";

/** Outlets named in the footer; the rest are counted, and all are one click away in the app. */
const NAMED_SOURCES = 4;

/**
 * The stage by its name ("January 2026"), as the timeline names it, or the two stages compared
 * ("10 July 2025 → January 2026"); null for a model without stages.
 */
export function stageLabel(shown: ShownModel): string | null {
  const name = (id: string | null) => shown.model.stages.find((s) => s.id === id)?.name ?? null;
  const pair = shown.comparison?.pair;
  if (pair) return `${name(pair.from) ?? pair.from} → ${name(pair.to) ?? pair.to}`;
  return name(shown.stageId);
}

export function EmbedFooter({ shown }: { shown: ShownModel | null }) {
  // The link follows the state: a unit picked in the frame opens selected in the app.
  const appUrl = useAtlas((s) => appUrlOf(s, window.location.href));
  const line = useMemo(
    () => (shown ? sourceLine(sourceCredits(shown.resolved, shown.sources), NAMED_SOURCES) : null),
    [shown],
  );
  const stage = shown ? stageLabel(shown) : null;
  // A status filter narrows what the frame shows: the footer says so, as the app's as-of bar does.
  const statuses = useAtlas((s) => s.filters.statuses);
  const filter = STATUSES.filter((s) => statuses.includes(s)).map((s) => STATUS_LABEL[s].toLowerCase());
  return (
    <footer className="embed-footer">
      {shown && (
        <p className="embed-credit">
          <strong className="embed-model-title">{shown.model.meta.title}</strong>
          {stage && (
            <span>
              {" "}
              · {shown.comparison ? "Comparing" : "Stage"}: {stage}
            </span>
          )}
          <span> · As of {formatIsoDate(shown.model.meta.asOf)}</span>
          {filter.length > 0 && <span> · Showing {filter.join(", ")} only</span>}
        </p>
      )}
      {line && <p className="embed-sources">{line}</p>}
      <p className="embed-open">
        <a href={appUrl} target="_blank" rel="noopener">
          Open in Command Atlas<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        {shown && <span className="embed-hint"> for every source, the structure and the other views</span>}
      </p>
    </footer>
  );
}
