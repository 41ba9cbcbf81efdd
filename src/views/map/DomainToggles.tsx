import type { Domain } from "../../model";
import { MAP_DOMAINS } from "../../layout/map";
import { DOMAIN_LABEL } from "../common/labels";

/** One toggle per domain: which lines of effort the map draws. */
export function DomainToggles({ domains, onChange }: { domains: ReadonlySet<Domain>; onChange: (next: ReadonlySet<Domain>) => void }) {
  return (
    <div className="toolbar-group" role="group" aria-label="Domains shown on the map">
      {MAP_DOMAINS.map((domain) => (
        <button
          key={domain}
          type="button"
          aria-pressed={domains.has(domain)}
          onClick={() => {
            const next = new Set(domains);
            if (next.has(domain)) next.delete(domain);
            else next.add(domain);
            onChange(next);
          }}
        >
          {DOMAIN_LABEL[domain]}
        </button>
      ))}
    </div>
  );
}
