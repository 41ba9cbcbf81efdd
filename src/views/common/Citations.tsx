import { createContext, useContext } from "react";
import type { Source } from "../../model";
import { citationLabel, fullCitation, isWeaklySourced, sourcesByStrength } from "../../model";
import { GradeBadge } from "./GradeBadge";
import { WeakMark } from "./WeakMark";
import { useAtlas } from "../../state/store";

/**
 * Which source list inline references point to: each panel has its own, with its own ids. A panel
 * without a list of its own (the summary) sets null: its references open the sources view.
 */
export const SourceAnchorPrefix = createContext<string | null>("source-");

/**
 * A statement's sources, inline: strongest first (the strongest decides how the statement is
 * shown, the others stay listed), each with its grade, and the "weakly sourced" mark when every
 * one is an aggregator. Each reference expands to the full citation on hover and for screen readers.
 */
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
  const showSource = useAtlas((s) => s.showSource);
  return (
    <span className="citations">
      {isWeaklySourced(ids, sources) && (
        <>
          <WeakMark />{" "}
        </>
      )}
      {sourcesByStrength(ids, sources).map((id) => {
        const source = sources.get(id);
        const label = source ? citationLabel(source) : id;
        return (
          <span key={id} className="citation-item">
            <a
              className="citation"
              href={prefix === null ? sourcesViewHref(id) : `#${prefix}${id}`}
              onClick={
                prefix === null
                  ? (event) => {
                      event.preventDefault();
                      showSource(id);
                    }
                  : undefined
              }
              title={source ? fullCitation(source) : id}
              // The visible words come first, so voice control can use them (WCAG 2.5.3).
              aria-label={source ? `${label}. Source: ${fullCitation(source)}` : id}
            >
              {label}
            </a>{" "}
            <GradeBadge source={source} />
          </span>
        );
      })}
      {facts && facts.length > 0 && (
        <span className="fact-refs" title="The statements of the fact base the model was checked against">
          {" "}
          (fact base: {facts.join(", ")})
        </span>
      )}
    </span>
  );
}

/** The address of the sources view at one source, keeping the rest of the page's address. */
function sourcesViewHref(id: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set("view", "sources");
  url.searchParams.set("source", id);
  return url.search;
}
