// The org chart: a pannable, zoomable SVG of the unit tree, sharing selection with the
// structure panel, details and URL; search, filters, relations legend and rotation control.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent, RefObject } from "react";
import { layoutTree, CARD, CARD_NAME_PX } from "../../layout/tree";
import { pickViewport } from "../../layout/viewport";
import { cardsInRect, viewportInChart } from "../../layout/lod";
import { hasActiveFilters, matchesFilters, searchUnits } from "../../layout/search";
import { useAtlas } from "../../state/store";
import { MIN_NAME_PX, selectMinNamePx } from "../../state/selectors";
import { ancestorsOf } from "../../state/selectors";
import { noUnitsWords, useShownModel } from "../app/shown-model";
import { UnitCard } from "./UnitCard";
import type { CardChange, CardFlag } from "./UnitCard";
import { markDetail, markLabel, markSpoken } from "../compare/compare-words";
import { isWeaklySourced } from "../../model";
import { RelationArrowMarkers, RelationLines } from "./RelationLines";
import { ChartToolbar } from "./ChartToolbar";
import { RelationLegend } from "./RelationLegend";
import { Minimap } from "./Minimap";
import { InViewCount } from "./InViewCount";
import { useChartViewport } from "./useChartViewport";
import { useCardDecorations } from "./useCardDecorations";
import { TreeLinks } from "./TreeLinks";
import { neighbourInDirection } from "./chart-navigation";
import { forgetSnapshotFrame, gliding, sameFrame, snapshotFrame, startGlide } from "./snapshot-frame";
import type { Viewport } from "../common/pan-zoom";

const MINIMAP_FROM_CARDS = 150;
/** Screen pixels kept free around the chart when it is fitted. */
const FIT_PADDING = 16;

const markedModels = new WeakSet<object>();

type Props = {
  /** "zoom": only + − Fit above the chart, for a narrow frame such as an embed. */
  controls?: "all" | "zoom";
  /** Unit ids to frame (a story step's zoom); without, the whole chart or, if that is unreadable, its top. */
  frame?: readonly string[] | null;
  /**
   * The unit the step is about (its selection), kept in view where the frame's cards cannot all
   * be shown legibly (a phone): the step's own selection reaches the store only after the chart
   * has opened, and the first of the frame's cards stood in for it.
   */
  frameAnchor?: string | null;
};

export function ChartView({ controls = "all", frame = null, frameAnchor = null }: Props) {
  const { model, index, resolved, sources, changes } = useShownModel();
  const minNamePx = useAtlas(selectMinNamePx);
  // In an article's embed the wheel scrolls the article; Ctrl + wheel zooms (pan-zoom.ts).
  const inEmbed = useAtlas((s) => s.embed);
  const expanded = useAtlas((s) => s.expanded);
  const orientation = useAtlas((s) => s.orientation);
  const selected = useAtlas((s) => s.selected);
  const select = useAtlas((s) => s.select);
  const toggleExpanded = useAtlas((s) => s.toggleExpanded);
  const search = useAtlas((s) => s.search);
  const searchHit = useAtlas((s) => s.searchHit);
  const filters = useAtlas((s) => s.filters);
  const hiddenRelations = useAtlas((s) => s.hiddenRelations);
  const relationsShown = useAtlas((s) => s.relationsShown);

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
  const {
    panZoom,
    window: cullWindow,
    detail,
    subscribe,
    hand,
    viewport,
  } = useChartViewport(svgRef, sceneRef, inEmbed);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  /**
   * The card an arrow key moved to, focused once it is drawn. An id, not a flag: a render from
   * before the key (a zoom frame moving the cull window) may run its effect first, and must
   * neither use up the move nor focus its own, older card.
   */
  const moveFocusTo = useRef<string | null>(null);

  const sectionRef = useRef<HTMLElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  useStageTop(stageRef);
  /** Opens the chart where a room can read it (layout/viewport.ts), and forgets any hand-made pan. */
  const fit = (animate: boolean, from: Viewport | null = null) => {
    const pz = panZoom.current;
    if (!pz || !layout.cards.length) return;
    // Controls drawn over the chart (as focus mode draws them) take their strips off the box.
    const insets = overlaidControls(svgRef.current, sectionRef.current);
    const size = pz.size();
    const box = { w: size.w, h: Math.max(1, size.h - insets.top - insets.bottom) };
    const picked = pickViewport(layout, box, {
      card: CARD,
      namePx: CARD_NAME_PX,
      minNamePx,
      padding: FIT_PADDING,
      // A frame (a story step) may come closer than the whole chart, but not so close it loses context.
      maxScale: frame?.length ? 1.25 : minNamePx > MIN_NAME_PX ? 1.25 : 1,
      anchorId: (frame?.length ? frameAnchor : null) ?? useAtlas.getState().selected,
      frameIds: frame ?? undefined,
      // A step's cards all in view on a laptop-sized screen too, names down to the app's own minimum.
      frameMinNamePx: MIN_NAME_PX,
    });
    hand.release();
    const view = { ...picked, y: picked.y + insets.top };
    // From where the chart already is (the page's prerendered snapshot, on a screen between its
    // sizes), glide to the app's own first view rather than jump. Out of sight (below a phone's
    // structure), a glide shows nobody anything, and each of its frames lays the chart out again.
    if (from && !sameFrame(from, view) && inWindow(svgRef.current)) {
      startGlide();
      pz.setViewport(from, false);
      pz.setViewport(view, true);
    } else pz.setViewport(view, animate);
  };
  const latestFit = useRef(fit);
  useLayoutEffect(() => {
    latestFit.current = fit;
  });
  /** A zoom the user asked for by button or key: from now on a resize keeps their view. */
  const byHand = (action: () => void) => () => {
    hand.take();
    action();
  };

  // Fit a newly shown model (and again when the chart comes back after another view), and
  // mark the first paint of a new model's chart. Its initial expansion arrives a render later,
  // so layouts in the first frames after a new model are fitted too.
  const fittedModel = useRef<object | null>(null);
  const fitPending = useRef<object | null>(null);
  /** The expansion this chart last drew, to tell whether the store's newest one has reached it. */
  const drawnExpanded = useRef(expanded);
  useLayoutEffect(() => {
    drawnExpanded.current = expanded;
  });
  useLayoutEffect(() => {
    if (fittedModel.current === model) return;
    fittedModel.current = model;
    fitPending.current = model;
    // The initial expansion is set in a layout effect after this one, and a chart mounted in that
    // same commit only draws it once its store subscription starts: on a busy machine that can be
    // frames later. Until the chart has drawn the store's expansion, its view is still the roots'
    // (cards cut at the edge once the tree opens), so the first view waits for it.
    const firstViewDrawn = () => {
      // A newer model's first view has taken over.
      if (fitPending.current !== model) return;
      if (svgRef.current?.isConnected && useAtlas.getState().expanded !== drawnExpanded.current) {
        requestAnimationFrame(firstViewDrawn);
        return;
      }
      fitPending.current = null;
      forgetSnapshotFrame();
      if (markedModels.has(model)) return;
      markedModels.add(model);
      performance.mark("chart:rendered");
    };
    requestAnimationFrame(() => requestAnimationFrame(firstViewDrawn));
  }, [model]);
  useLayoutEffect(() => {
    if (fitPending.current === model) latestFit.current(false, snapshotFrame());
  }, [model, layout, minNamePx]);
  // A story step's frame, or a change of type size, moves the view (unless the user has taken over).
  // Not on mount: the new-model fit above opens the chart.
  const frameKey = frame?.length ? `${frame.join(" ")}|${frameAnchor ?? ""}` : "";
  const frameSeen = useRef<string | null>(null);
  useEffect(() => {
    const key = `${frameKey}|${minNamePx}`;
    const first = frameSeen.current === null;
    frameSeen.current = key;
    if (first) {
      if (frameKey) latestFit.current(false);
      return;
    }
    if (!hand.taken() || frameKey) latestFit.current(true);
  }, [frameKey, minNamePx, hand]);
  // Top-down ⇄ left-to-right draws the whole tree in another shape, where the old pan and zoom
  // show nothing: open the turned chart as a first view is opened (a hand-made view cannot carry over).
  const shownOrientation = useRef(orientation);
  useEffect(() => {
    if (shownOrientation.current === orientation) return;
    shownOrientation.current = orientation;
    latestFit.current(true);
  }, [orientation]);
  const lastSize = useRef<{ w: number; h: number } | null>(null);
  // Until the user pans or zooms, the chart keeps fitting its box: a window resized, a panel
  // opened or closed, focus mode or full screen.
  useEffect(
    () =>
      subscribe((_, size) => {
        const last = lastSize.current;
        lastSize.current = size;
        if (!last || (last.w === size.w && last.h === size.h) || hand.taken()) return;
        latestFit.current(gliding());
      }),
    [subscribe, hand],
  );
  const { seats, leadNations } = useCardDecorations(layout);

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
    if (!card) return;
    hand.take();
    panZoom.current?.centerOn({ x: card.x, y: card.y, w: CARD.w, h: CARD.h }, minScale);
  };
  /**
   * Whether a card is wholly in the chart's clear part: inside its box and above the keyboard
   * help, which covers the box's bottom on wide screens for a few seconds after focus comes in.
   */
  const inClearView = (id: string) => {
    const svg = svgRef.current;
    const t = svg?.__zoom;
    const card = layout.byId.get(id);
    if (!svg || !t || !card) return true;
    // Over the chart only while shown: otherwise it is read, not seen (1 px), or under the chart.
    const help = stageRef.current?.querySelector<HTMLElement>(".chart-help");
    const helpBox = help?.getBoundingClientRect();
    const style = help ? getComputedStyle(help) : null;
    const helpShows = style?.position === "absolute" && style.visibility !== "hidden" && helpBox!.height > 1;
    const bottom = helpShows
      ? Math.min(svg.clientHeight, helpBox!.top - svg.getBoundingClientRect().top)
      : svg.clientHeight;
    const [sx, sy] = [card.x * t.k + t.x, card.y * t.k + t.y];
    return sx >= 0 && sy >= 0 && sx + CARD.w * t.k <= svg.clientWidth && sy + CARD.h * t.k <= bottom;
  };
  // A card that gets the keyboard's focus (Tab, or an arrow key) under the help is brought into
  // sight; not a click's focus, which must not move the chart, nor an arrow key's target that
  // the key already brought to the middle.
  const centredForFocus = useRef(false);
  const bringIntoSight = (id: string) => {
    if (!inClearView(id)) centerOn(id, 0); // at the same zoom
  };
  const latestBringIntoSight = useRef(bringIntoSight);
  useLayoutEffect(() => {
    latestBringIntoSight.current = bringIntoSight;
  });
  const onFocusCard = useCallback((id: string) => {
    setFocusedId(id);
    const element = svgRef.current?.querySelector(`[data-unit-id="${CSS.escape(id)}"]`);
    if (!centredForFocus.current && element?.matches(":focus-visible")) latestBringIntoSight.current(id);
  }, []);

  // A unit selected elsewhere (the structure, the map, the matrix) is brought into view when its
  // card is off it, at the same zoom: a phone's chart shows two cards, and "Back to the org chart"
  // after a pick in the tree found the chart as it was. Not in a story: its steps frame the chart.
  const seenSelection = useRef(selected);
  useEffect(() => {
    if (seenSelection.current === selected) return;
    seenSelection.current = selected;
    const card = selected ? layout.byId.get(selected) : undefined;
    const pz = panZoom.current;
    if (!card || !pz || fitPending.current || useAtlas.getState().story) return;
    // Wholly off: a card the reader clicked at the chart's edge stays where it is.
    const shown = viewportInChart(pz.size(), viewport.current, 0);
    if (cardsInRect([card], shown, CARD).length === 0) centerOn(card.id, 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new selection only
  }, [selected]);

  /** A card to move to once it is drawn: "Zoom to selection" on a unit inside a closed branch. */
  const centreWhenDrawn = useRef<string | null>(null);
  const zoomToSelection = (id: string) => {
    hand.take();
    // Branches opened: centre once the new layout is drawn; already drawn: centre now.
    if (useAtlas.getState().openBranches(ancestorsOf(index, id))) centreWhenDrawn.current = id;
    else centerOn(id, 1);
  };
  /**
   * Collapse all leaves only the tops of the trees, most of them off the old view, and Expand all
   * opens the whole tree around a view fitted to fewer cards: either way, fit the chart anew.
   */
  const refitWhenDrawn = useRef(false);
  useLayoutEffect(() => {
    const id = centreWhenDrawn.current;
    centreWhenDrawn.current = null;
    if (id) centerOn(id, 1);
    if (refitWhenDrawn.current) {
      refitWhenDrawn.current = false;
      // At once, not gliding: a glide would run on into the next zoom (and the bench's zoom frames).
      latestFit.current(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once the layout that opened them is drawn
  }, [layout]);

  useEffect(() => {
    const target = moveFocusTo.current;
    if (!target) return;
    if (!layout.byId.has(target)) {
      moveFocusTo.current = null; // gone from the chart (collapsed, filtered): nothing to move to
      return;
    }
    const card = svgRef.current?.querySelector<SVGGElement>(`[data-unit-id="${CSS.escape(target)}"]`);
    if (!card) return; // not drawn yet: the render that draws it runs this again
    moveFocusTo.current = null;
    card.focus({ preventScroll: true });
    centredForFocus.current = false;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after each render that can draw the card
  }, [activeId, drawn]);

  // Search: the current hit's ancestors open, and the chart moves to it.
  useEffect(() => {
    if (!currentHit) return;
    useAtlas.getState().openBranches(ancestorsOf(index, currentHit));
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
    // The key acts on the card that has focus, read from the event, not from state that a fast
    // second key can reach before React has re-rendered after the first.
    const focusedCard = (event.target as Element).closest?.("[data-unit-id]")?.getAttribute("data-unit-id");
    const currentId = focusedCard && layout.byId.has(focusedCard) ? focusedCard : activeId;
    if (!currentId) return;
    const card = layout.byId.get(currentId);
    if (!card) return;
    if (event.key === "Enter") {
      event.preventDefault();
      return activate(currentId);
    }
    if (event.key === " ") {
      event.preventDefault();
      if (card.hasChildren) toggleExpanded(currentId);
      return;
    }
    const next = neighbourInDirection(layout, card, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (next === "expand") return toggleExpanded(currentId, true);
    if (!next) return;
    moveFocusTo.current = next;
    setFocusedId(next);
    const t = svgRef.current?.__zoom;
    centredForFocus.current = !!t && (!inClearView(next) || t.k < 0.35);
    if (centredForFocus.current) centerOn(next, 0.6);
  };

  return (
    <section
      ref={sectionRef}
      className="panel chart-view"
      aria-labelledby="chart-title"
      onKeyDown={(event) => {
        // + − 0 zoom anywhere in the chart panel, except while typing in a field.
        if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey)
          return;
        const zoomKeys: Record<string, () => void> = {
          "+": byHand(() => panZoom.current?.scaleBy(1.25)),
          "=": byHand(() => panZoom.current?.scaleBy(1.25)),
          "-": byHand(() => panZoom.current?.scaleBy(0.8)),
          "0": () => fit(true),
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
        controls={controls}
        hits={hits.length}
        onZoomIn={byHand(() => panZoom.current?.scaleBy(1.25))}
        onZoomOut={byHand(() => panZoom.current?.scaleBy(0.8))}
        onFit={() => fit(true)}
        onZoomToSelection={selected && index.units.has(selected) ? () => zoomToSelection(selected) : null}
        onExpandOrCollapseAll={() => (refitWhenDrawn.current = true)}
        inView={<InViewCount layout={layout} subscribe={subscribe} />}
      />
      <div className="chart-stage" ref={stageRef}>
        <svg
          ref={svgRef}
          className={`chart-svg detail-${detail}`}
          // A tree with no items is no tree: with no units, the chart is an empty picture.
          role={resolved.units.length > 0 ? "tree" : "img"}
          aria-label="Org chart"
          aria-describedby="chart-help"
          onKeyDown={onKeyDown}
        >
          <defs>
            <RelationArrowMarkers />
          </defs>
          {/* role="none": a plain group between the tree and its items hides them from Chromium's tree. */}
          <g ref={sceneRef} role="none">
            <TreeLinks links={links} units={index.units} changes={cardChanges} />
            <RelationLines
              layout={layout}
              relations={resolved.relations}
              hidden={hiddenRelations}
              selected={selected}
              units={index.units}
              shown={relationsShown}
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
                onFocusCard={onFocusCard}
              />
            ))}
          </g>
        </svg>
        {layout.cards.length >= MINIMAP_FROM_CARDS && (
          <Minimap layout={layout} subscribe={subscribe} panZoom={panZoom} />
        )}
        {resolved.units.length === 0 && (
          <p className="chart-empty" role="note">
            {noUnitsWords(model)}
          </p>
        )}
        <p className="gesture-hint" aria-hidden="true">
          <span className="on-touch">Use two fingers to move the chart</span>
          <span className="on-wheel">Use Ctrl + scroll to zoom the chart</span>
        </p>
        {/* In the chart's box: where wide screens show it, over the chart, while a card has focus. */}
        <p id="chart-help" className="chart-help">
          Drag to pan (two fingers on a touch screen), {inEmbed ? "Ctrl + scroll" : "wheel"} or pinch to zoom.
          Keys: arrows move between parent, children and siblings; Enter selects; Space opens or closes; + − 0
          zoom.
        </p>
      </div>
      <RelationLegend />
    </section>
  );
}

const EMPTY: CardFlag[] = [];

/**
 * Keeps --stage-top (the chart box's top on the page, in px) on the box, so the stylesheet can end
 * the box at the bottom of the window on load, whatever wraps above it.
 */
function useStageTop(stageRef: RefObject<HTMLDivElement | null>) {
  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!stage || typeof ResizeObserver === "undefined") return;
    let last = "";
    const measure = () => {
      const top = `${Math.round(stage.getBoundingClientRect().top + window.scrollY)}px`;
      if (top === last) return;
      last = top;
      stage.style.setProperty("--stage-top", top);
    };
    // Anything above the box that changes size moves it: the page's body resizes with it.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    measure();
    return () => observer.disconnect();
  }, [stageRef]);
}

/** Whether any part of an element is inside the window. */
function inWindow(element: Element | null): boolean {
  const box = element?.getBoundingClientRect();
  return (
    !!box && box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth
  );
}

/** How far the chart's own toolbar and key reach over the chart from its top and bottom (0 when beside it). */
function overlaidControls(svg: SVGSVGElement | null, section: HTMLElement | null) {
  const insets = { top: 0, bottom: 0 };
  if (!svg || !section) return insets;
  const chart = svg.getBoundingClientRect();
  const toolbar = section.querySelector(":scope > .chart-toolbar")?.getBoundingClientRect();
  const legend = section.querySelector(":scope > .relation-legend")?.getBoundingClientRect();
  if (toolbar && toolbar.height && toolbar.bottom > chart.top && toolbar.top < chart.top + chart.height / 2)
    insets.top = Math.ceil(toolbar.bottom - chart.top);
  if (legend && legend.height && legend.top < chart.bottom && legend.bottom > chart.top + chart.height / 2)
    insets.bottom = Math.ceil(chart.bottom - legend.top);
  return insets;
}
