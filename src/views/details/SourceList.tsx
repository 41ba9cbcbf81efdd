import { useContext } from "react";
import { citationLabel, sourcesByStrength } from "../../model";
import { useShownModel } from "../app/shown-model";
import { useAtlas } from "../../state/store";
import { SourceAnchorPrefix } from "../common/Citations";
import { GradeBadge } from "../common/GradeBadge";
import { formatIsoDate } from "../common/labels";
import { linkableUrl } from "../../lib/safe-url";

/**
 * Full citations for the sources a panel relies on, strongest first, each with its grade; inline
 * references link here. Its heading is an h3 under a panel's h2; a page of its own (the printed
 * handout, under its h1) asks for an h2, so the outline has no gap.
 */
export function SourceList({
  ids,
  title = "Sources",
  headingLevel = 3,
}: {
  ids: readonly string[];
  title?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { sources } = useShownModel();
  const prefix = useContext(SourceAnchorPrefix) ?? "source-";
  const showSource = useAtlas((s) => s.showSource);
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby={`${prefix}title`} className="source-list">
      <Heading id={`${prefix}title`}>{title}</Heading>
      <ol>
        {sourcesByStrength(ids, sources).map((id) => {
          const s = sources.get(id);
          if (!s) return null;
          const href = linkableUrl(s.url);
          return (
            <li key={id} id={`${prefix}${id}`}>
              <GradeBadge source={s} /> {s.author && <>{s.author}, </>}
              <cite>{s.title}</cite>,{" "}
              {s.original ? `${s.original}, as carried by ${s.publisher}` : s.publisher},{" "}
              {formatIsoDate(s.date)}.
              {href && (
                <>
                  {" "}
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {s.url!.replace(/^https:\/\//, "")}
                  </a>
                </>
              )}
              {s.note && <span className="source-note"> {s.note}</span>}{" "}
              {/* To the sources view, where every statement resting on this source is listed (and leads back). */}
              <button
                type="button"
                className="link-button source-statements"
                aria-label={`Every statement on this source: ${citationLabel(s)}`}
                onClick={() => showSource(id)}
              >
                Every statement on this source
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
