import type { Domain } from "../../model";
import { MAP_DOMAINS } from "../../layout/map";
import { DOMAIN_LABEL } from "../common/labels";

/**
 * One toggle per domain: which lines of effort the map draws. A domain with nothing to draw at
 * this stage says so instead of toggling nothing (the key explains it in words), and says when
 * it is the status filter that hides it ("decided only" hides the planned lines of effort).
 */
export function DomainToggles({
  domains,
  drawable,
  filteredOut = new Set(),
  onChange,
}: {
  domains: ReadonlySet<Domain>;
  drawable: ReadonlySet<Domain>;
  /** Domains the map would draw but for the status filter. */
  filteredOut?: ReadonlySet<Domain>;
  onChange: (next: ReadonlySet<Domain>) => void;
}) {
  return (
    <div className="toolbar-group" role="group" aria-label="Domains shown on the map">
      {MAP_DOMAINS.map((domain) => (
        <button
          key={domain}
          type="button"
          aria-pressed={drawable.has(domain) ? domains.has(domain) : undefined}
          aria-disabled={drawable.has(domain) ? undefined : true}
          title={
            drawable.has(domain)
              ? undefined
              : filteredOut.has(domain)
                ? "The status filter hides this domain's line of effort; Filters sets which statuses show"
                : "Nothing to draw on the map for this domain; the key says why"
          }
          onClick={() => {
            if (!drawable.has(domain)) return;
            const next = new Set(domains);
            if (next.has(domain)) next.delete(domain);
            else next.add(domain);
            onChange(next);
          }}
        >
          {DOMAIN_LABEL[domain]}
          {!drawable.has(domain) && (
            <span className="toggle-note">
              {filteredOut.has(domain) ? " (filtered out)" : " (none on the map)"}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
