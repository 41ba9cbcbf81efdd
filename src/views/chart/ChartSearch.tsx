import { useAtlas } from "../../state/store";

/** Find units by name; Enter or the arrows step through the hits, "3 of 7". */
export function ChartSearch({ hits }: { hits: number }) {
  const search = useAtlas((s) => s.search);
  const setSearch = useAtlas((s) => s.setSearch);
  const hit = useAtlas((s) => s.searchHit);
  const setHit = useAtlas((s) => s.setSearchHit);
  const current = hits ? Math.min(hit, hits - 1) : 0;
  const step = (by: number) => hits && setHit((current + by + hits) % hits);
  return (
    <div className="toolbar-group chart-search" role="search">
      <label>
        <span className="visually-hidden">Search units</span>
        <input
          type="search"
          placeholder="Search units"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              step(event.shiftKey ? -1 : 1);
            }
          }}
        />
      </label>
      <button type="button" onClick={() => step(-1)} disabled={hits < 2} aria-label="Previous match">
        ‹
      </button>
      <button type="button" onClick={() => step(1)} disabled={hits < 2} aria-label="Next match">
        ›
      </button>
      <output aria-live="polite" className="search-count">
        {search.trim() ? (hits ? `${current + 1} of ${hits}` : "No match") : ""}
      </output>
    </div>
  );
}
