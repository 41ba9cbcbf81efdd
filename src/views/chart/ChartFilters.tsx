import { DOMAINS } from "../../model";
import type { Domain } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { DOMAIN_LABEL } from "../common/labels";
import { WeakFilterToggle } from "../common/WeakFilterToggle";
import { StatusFilter } from "../common/StatusFilter";
import { MenuDetails } from "../common/MenuDetails";

/**
 * Puts the open panel just below its button, moved left as far as it must be to end inside the
 * toolbar (its containing block, app.css): where the button is at the toolbar's right end, the
 * panel then opens leftwards from it instead of running off the chart.
 */
function placePanel(menu: HTMLDetailsElement): void {
  const panel = menu.querySelector<HTMLElement>(".filters-panel");
  const toolbar = panel?.offsetParent;
  const button = menu.querySelector("summary");
  if (!panel || !toolbar || !button) return;
  const room = toolbar.getBoundingClientRect();
  const at = button.getBoundingClientRect();
  panel.style.top = `${at.bottom - room.top + 3}px`;
  const left = Math.max(0, Math.min(at.left - room.left, room.width - panel.offsetWidth));
  panel.style.left = `${left}px`;
  // Text a tick adds (what the status filter hides) wraps inside the toolbar, not past its end.
  panel.style.maxWidth = `min(46rem, ${room.width - left}px)`; // app.css's cap kept
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * Filters dim what does not match, so the structure stays readable around what does. They open
 * over the chart, not above it: the chart stays where it was, and each tick dims its cards in view.
 * The map's (`forMap`) have the status and sourcing only: its own toggles choose its domains.
 */
export function ChartFilters({ forMap = false }: { forMap?: boolean }) {
  const { resolved } = useShownModel();
  const filters = useAtlas((s) => s.filters);
  const setFilters = useAtlas((s) => s.setFilters);
  const nations = forMap ? [] : resolved.nations.filter((n) => resolved.roles.some((r) => r.nation === n.code));
  const active =
    (forMap ? 0 : filters.domains.length + filters.nations.length) +
    filters.statuses.length +
    (filters.hideWeak ? 1 : 0);
  return (
    <MenuDetails
      className="chart-filters"
      onOpen={placePanel}
      summary={`Filters${active ? ` (${active})` : ""}`}
    >
      <div className="filters-panel">
        {!forMap && (
          <fieldset>
            <legend>Domain</legend>
            {DOMAINS.map((d: Domain) => (
              <label key={d}>
                <input
                  type="checkbox"
                  checked={filters.domains.includes(d)}
                  onChange={() => setFilters({ domains: toggle(filters.domains, d) })}
                />
                {DOMAIN_LABEL[d]}
              </label>
            ))}
          </fieldset>
        )}
        <StatusFilter />
        {nations.length > 0 && (
          <fieldset>
            <legend>Nation</legend>
            {nations.map((n) => (
              <label key={n.code}>
                <input
                  type="checkbox"
                  checked={filters.nations.includes(n.code)}
                  onChange={() => setFilters({ nations: toggle(filters.nations, n.code) })}
                />
                {n.name}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>Sourcing</legend>
          <WeakFilterToggle />
        </fieldset>
        {active > 0 && (
          <button
            type="button"
            onClick={(event) => {
              setFilters({ ...(forMap ? {} : { domains: [], nations: [] }), statuses: [], hideWeak: false });
              // The button goes with the filters: the keyboard's place moves to their summary.
              event.currentTarget.closest("details")?.querySelector("summary")?.focus();
            }}
          >
            Clear filters
          </button>
        )}
      </div>
    </MenuDetails>
  );
}
