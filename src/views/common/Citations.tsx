import { createContext, useContext } from "react";
import type { Source } from "../../model";
import { formatIsoDate } from "./labels";

/** Which source list inline references point to: each panel has its own, with its own ids. */
export const SourceAnchorPrefix = createContext("source-");

/** Inline source references: short, each expanding to the full citation on hover and for screen readers. */
export function Citations({
  ids,
  sources,
  facts,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
  facts?: readonly string[];
}) {
  const prefix = useContext(SourceAnchorPrefix);
  return (
    <span className="citations">
      {ids.map((id) => {
        const source = sources.get(id);
        const label = source ? shortCitation(source) : id;
        // The visible label is short; the accessible name carries the whole citation.
        return (
          <a
            key={id}
            className="citation"
            href={`#${prefix}${id}`}
            title={source ? fullCitation(source) : id}
            // The visible words come first, so voice control can use them (WCAG 2.5.3).
            aria-label={source ? `${label}. Source: ${fullCitation(source)}` : id}
          >
            {label}
          </a>
        );
      })}
      {facts && facts.length > 0 && <span className="fact-refs"> ({facts.join(", ")})</span>}
    </span>
  );
}

export function shortCitation(source: Source): string {
  const who = source.author ?? source.publisher.split(/[,(]/)[0]!.trim();
  return `${who}, ${formatIsoDate(source.date)}`;
}

export function fullCitation(source: Source): string {
  return [source.author, `“${source.title}”`, source.publisher, formatIsoDate(source.date)]
    .filter(Boolean)
    .join(", ");
}
