// The org chart: a pannable, zoomable SVG of the unit tree, sharing selection with the
// structure panel, details and URL; search, filters, relations legend and rotation control.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { layoutTree, subtreeBounds, CARD, LEVEL_GAP } from "../../layout/tree";
import { cardsInRect } from "../../layout/lod";
import { hasActiveFilters, matchesFilters, searchUnits } from "../../layout/search";
import { seatDate, seatIndexAt, seatsInOrder } from "../../layout/rotation";
import { useAtlas } from "../../state/store";
import { ancestorsOf } from "../../state/selectors";
import { useShownModel } from "../app/shown-model";
import { UnitCard } from "./UnitCard";
import type { CardChange, CardFlag, CardSeat } from "./UnitCard";
import { markDetail, markLabel, markSpoken } from "../compare/compare-words";
import { isWeaklySourced } from "../../model";
import { ROLE_LABEL, STATUS_LABEL } from "../common/labels";
import { RelationLines } from "./RelationLines";
import { ChartToolbar } from "./ChartToolbar";
import { RelationLegend } from "./RelationLegend";
import { Minimap } from "./Minimap";
import { useChartViewport } from "./useChartViewport";
import { neighbourInDirection } from "./chart-navigation";

// Nations that lead the unit itself; a functional lead (logistics) is listed in the details instead.
const LEAD_ROLES = new Set(["lead", "sea-lead", "monitoring-lead"]);
const MINIMAP_FROM_CARDS = 150;
/** The smallest scale at which card text stays readable on a projector. */
const READABLE_SCALE = 0.8;

const markedModels = new WeakSet<object>();

export function ChartView() {
  const { model, stageId, index, resolved, sources, changes } = useShownModel();
  const expanded = useAtlas((s) => s.expanded);
  const orientation = useAtlas((s) => s.orientation);
  const selected = useAtlas((s) => s.selected);
  const select = useAtlas((s) => s.select);
  const toggleExpanded = useAtlas((s) => s.toggleExpanded);
  const search = useAtlas((s) => s.search);
  const searchHit = useAtlas((s) => s.searchHit);
  const filters = useAtlas((s) => s.filters);
  const hiddenRelations = useAtlas((s) => s.hiddenRelations);
  const rotationStep = useAtlas((s) => s.rotationStep);

  const layout = useMemo(
    () => layoutTree(index.roots, index.children, expanded, orientation),
    [index, expanded, orientation],
  );
  const hits = useMemo(() => searchUnits(resolved.units, search), [resolved, search]);
  const hitIds = useMemo(() => new Set(hits.map((u) => u.id)), [hits]);
  const currentHit = hits.length ? hits[Math.min(searchHit, hits.length - 1)]!.id : null;
  const filtering = hasActiveFilters(filters);

  const svgRef = useRef<SVGSVGElement>(null);
  const sceneRef = useRef<SVGGElement>(null);
  const { panZoom, window: cullWindow, detail, subscribe } = useChartViewport(svgRef, sceneRef);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const moveFocus = useRef(false);

  // Fit a newly shown model (and again when the chart comes back after another view), and
  // mark the first paint of a new model's chart. Its initial expansion arrives a render later,
  // so layouts in the first frames after a new model are fitted too.
  const fittedModel = useRef<object | null>(null);
  const fitPending = useRef<object | null>(null);
  useLayoutEffect(() => {
    if (fittedModel.current === model) return;
    fittedModel.current = model;
    fitPending.current = model;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        fitPending.current = null;
        if (markedModels.has(model)) return;
        markedModels.add(model);
        performance.mark("chart:rendered");
      }),
    );
  }, [model]);
  useLayoutEffect(() => {
    if (fitPending.current !== model || !layout.cards.length || !panZoom.current) return;
    // Fit the whole chart when it stays legible; else the tree holding the selection (or the
    // largest tree); else open readable on the selection or the top.
    const { w, h } = panZoom.current.size();
    const fitScale = (b: { w: number; h: number }) => Math.min((w - 64) / b.w, (h - 64) / b.h);
    if (fitScale(layout.bounds) >= READABLE_SCALE)
      return panZoom.current.fitBounds(layout.bounds, 32, 1, false);
    const focus = layout.byId.get(useAtlas.getState().selected ?? "") ?? layout.cards[0]!;
    const rootId = [focus.id, ...ancestorsOf(index, focus.id)].at(-1)!;
    const tree = subtreeBounds(layout, rootId);
    if (tree && fitScale(tree) >= READABLE_SCALE) return panZoom.current.fitBounds(tree, 32, 1, false);
    panZoom.current.setViewport({
      x: w / 2 - (focus.x + CARD.w / 2) * READABLE_SCALE,
      y: 24 - (focus.y - (focus.parentId ? CARD.h + LEVEL_GAP : 0)) * READABLE_SCALE,
      k: READABLE_SCALE,
    });
  }, [model, layout, panZoom, index]);

  // The HQ card's seat follows the year control.
  const seats = useMemo(() => {
    const map = new Map<string, CardSeat>();
    for (const card of layout.cards) {
      const rotation = card.unit.rotation;
      if (!rotation) continue;
      const ordered = seatsInOrder(rotation);
      const at = rotationStep ?? seatIndexAt({ ...rotation, seats: ordered }, seatDate(model, stageId));
      const name = (i: number) =>
        ordered[i] ? (index.places.get(ordered[i]!.place)?.name ?? ordered[i]!.place) : null;
      const shown = Math.min(at, ordered.length - 1);
      map.set(card.id, {
        now: name(shown) ?? "",
        next: name(at + 1),
        // The card says so itself, not only the details: a briefer may quote the card.
        datesAssumed: ordered[shown]?.datesAssumed === true,
      });
    }
    return map;
  }, [layout, rotationStep, index, model, stageId]);

  // One flag per leading nation, with its role and status: a reported lead must not look decided.
  const leadNations = useMemo(() => {
    const map = new Map<string, CardFlag[]>();
    for (const [unitId, roles] of index.rolesByUnit) {
      const flags = new Map<string, CardFlag>();
      for (const r of roles) {
        if (!LEAD_ROLES.has(r.role) || r.status === "dropped" || flags.has(r.nation)) continue;
        const nation = index.nations.get(r.nation)?.name ?? r.nation;
        flags.set(r.nation, {
          code: r.nation,
          status: r.status,
          label: `${nation}: ${ROLE_LABEL[r.role].toLowerCase()} (${STATUS_LABEL[r.status].toLowerCase()})`,
        });
      }
      map.set(unitId, [...flags.values()]);
    }
    return map;
  }, [index]);

  // Compare mode's marks, in words (none outside compare mode).
  const cardChanges = useMemo(() => {
    const map = new Map<string, CardChange>();
    for (const [id, mark] of changes?.units ?? [])
      map.set(id, {
        change: mark.change,
        label: markLabel(mark, "unit"),
        detail: markDetail(mark),
        spoken: markSpoken(mark, "unit"),
      });
    return map;
  }, [changes]);

  const activeId =
    focusedId && layout.byId.has(focusedId)
      ? focusedId
      : selected && layout.byId.has(selected)
        ? selected
        : (layout.cards[0]?.id ?? null);

  // Culling: only cards near the viewport are in the DOM, plus the focused and selected ones.
  const drawn = useMemo(() => {
    if (!cullWindow) return [];
    const inView = cardsInRect(layout.cards, cullWindow, CARD);
    const ids = new Set(inView.map((c) => c.id));
    for (const id of [activeId, selected]) {
      const card = id ? layout.byId.get(id) : undefined;
      if (!card || ids.has(card.id)) continue;
      // Once only: the focused card is often the selected one, and a card drawn twice (two
      // React children with one key) can leave copies behind in the DOM.
      ids.add(card.id);
      inView.push(card);
    }
    return inView;
  }, [layout, cullWindow, activeId, selected]);
  const drawnIds = useMemo(() => new Set(drawn.map((c) => c.id)), [drawn]);
  const links = useMemo(
    () => layout.links.filter((l) => drawnIds.has(l.source) || drawnIds.has(l.target)),
    [layout, drawnIds],
  );

  const centerOn = (id: string, minScale = 0.8) => {
    const card = layout.byId.get(id);
    if (card) panZoom.current?.centerOn({ x: card.x, y: card.y, w: CARD.w, h: CARD.h }, minScale);
  };

  useEffect(() => {
    if (!moveFocus.current || !activeId) return;
    moveFocus.current = false;
    svgRef.current
      ?.querySelector<SVGGElement>(`[data-unit-id="${CSS.escape(activeId)}"]`)
      ?.focus({ preventScroll: true });
  }, [activeId, drawn]);

  // Search: the current hit's ancestors open, and the chart moves to it.
  useEffect(() => {
    if (!currentHit) return;
    const closed = ancestorsOf(index, currentHit).filter((id) => !useAtlas.getState().expanded.has(id));
    if (closed.length) useAtlas.setState((s) => ({ expanded: new Set([...s.expanded, ...closed]) }));
  }, [currentHit, index]);
  useEffect(() => {
    if (currentHit && layout.byId.has(currentHit)) centerOn(currentHit, 0.6);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- move when the hit changes, not on every layout
  }, [currentHit, layout.byId.has(currentHit ?? "")]);

  const activate = useCallback(
    (id: string) => {
      setFocusedId(id);
      select(id);
    },
    [select],
  );
  const toggle = useCallback((id: string) => toggleExpanded(id), [toggleExpanded]);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!activeId) return;
    const card = layout.byId.get(activeId);
    if (!card) return;
    if (event.key === "Enter") {
      event.preventDefault();
      return activate(activeId);
    }
    if (event.key === " ") {
      event.preventDefault();
      if (card.hasChildren) toggleExpanded(activeId);
      return;
    }
    const next = neighbourInDirection(layout, card, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (next === "expand") return toggleExpanded(activeId, true);
    if (!next) return;
    moveFocus.current = true;
    setFocusedId(next);
    const target = layout.byId.get(next)!;
    const svg = svgRef.current;
    const t = svg?.__zoom;
    if (svg && t) {
      const sx = target.x * t.k + t.x;
      const sy = target.y * t.k + t.y;
      const outside =
        sx < 0 || sy < 0 || sx + CARD.w * t.k > svg.clientWidth || sy + CARD.h * t.k > svg.clientHeight;
      if (outside || t.k < 0.35) centerOn(next, 0.6);
    }
  };

  return (
    <section
      className="panel chart-view"
      aria-labelledby="chart-title"
      onKeyDown={(event) => {
        // + − 0 zoom anywhere in the chart panel, except while typing in a field.
        if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey)
          return;
        const zoomKeys: Record<string, () => void> = {
          "+": () => panZoom.current?.scaleBy(1.25),
          "=": () => panZoom.current?.scaleBy(1.25),
          "-": () => panZoom.current?.scaleBy(0.8),
          "0": () => panZoom.current?.fitBounds(layout.bounds, 32, 1),
        };
        const action = zoomKeys[event.key];
        if (action) {
          event.preventDefault();
          action();
        }
      }}
    >
      <h2 id="chart-title" className="visually-hidden">
        Org chart
      </h2>
      <ChartToolbar
        hits={hits.length}
        onZoomIn={() => panZoom.current?.scaleBy(1.25)}
        onZoomOut={() => panZoom.current?.scaleBy(0.8)}
        onFit={() => panZoom.current?.fitBounds(layout.bounds, 32, 1)}
        onZoomToSelection={selected && layout.byId.has(selected) ? () => centerOn(selected, 1) : null}
      />
      <div className="chart-stage">
        <svg
          ref={svgRef}
          className={`chart-svg detail-${detail}`}
          role="tree"
          aria-label="Org chart"
          aria-describedby="chart-help"
          onKeyDown={onKeyDown}
        >
          <defs>
            <marker
              id="relation-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="relation-arrow" />
            </marker>
            {/* The same arrow for the wider, hollow lines of our reading (marker size scales with the stroke). */}
            <marker
              id="relation-arrow-hollow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="3"
              markerHeight="3"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="relation-arrow" />
            </marker>
          </defs>
          {/* role="none": a plain group between the tree and its items hides them from Chromium's tree. */}
          <g ref={sceneRef} role="none">
            <g className="tree-links" aria-hidden="true">
              {links.map((link) => (
                <path key={`${link.source}>${link.target}`} d={link.path} className="tree-link" />
              ))}
              {/* Compare mode: the leg into a ghost (removed) card is dashed, into an added card heavy. */}
              {links
                .filter((link) => {
                  const change = cardChanges.get(link.target)?.change;
                  return change === "removed" || change === "added";
                })
                .map((link) => (
                  <path
                    key={`${link.source}>${link.target}:change`}
                    d={link.leg}
                    className={`tree-link-change change-${cardChanges.get(link.target)!.change}`}
                  />
                ))}
              {/* A placement that is our reading, not a source's: its own leg into the card is drawn
                  hollow (a trunk shared with sourced siblings stays solid), as the legend says. */}
              {links
                .filter((link) => index.units.get(link.target)?.ourReading)
                .map((link) => (
                  <g key={`${link.source}>${link.target}:reading`} className="tree-link-our-reading">
                    <path d={link.leg} className="tree-link is-our-reading" />
                    <path d={link.leg} className="our-reading-core" />
                  </g>
                ))}
            </g>
            <RelationLines
              layout={layout}
              relations={resolved.relations}
              hidden={hiddenRelations}
              selected={selected}
              units={index.units}
              marks={changes?.statements ?? null}
            />
            {drawn.map((card) => (
              <UnitCard
                key={card.id}
                card={card}
                detail={detail}
                selected={card.id === selected}
                focusable={card.id === activeId}
                hit={hitIds.has(card.id)}
                currentHit={card.id === currentHit}
                dimmed={
                  filtering &&
                  !matchesFilters(
                    card.unit,
                    index.rolesByUnit.get(card.id) ?? [],
                    filters,
                    isWeaklySourced(card.unit.sources, sources),
                  )
                }
                weak={isWeaklySourced(card.unit.sources, sources)}
                change={cardChanges.get(card.id) ?? null}
                leadNations={leadNations.get(card.id) ?? EMPTY}
                seat={seats.get(card.id) ?? null}
                onActivate={activate}
                onToggle={toggle}
                onFocusCard={setFocusedId}
              />
            ))}
          </g>
        </svg>
        {layout.cards.length >= MINIMAP_FROM_CARDS && (
          <Minimap layout={layout} subscribe={subscribe} panZoom={panZoom} />
        )}
      </div>
      <p id="chart-help" className="chart-help">
        Drag to pan, wheel or pinch to zoom. Keys: arrows move between parent, children and siblings; Enter
        selects; Space opens or closes; + − 0 zoom.
      </p>
      <RelationLegend />
    </section>
  );
}

const EMPTY: CardFlag[] = [];
