// The printed handout: one A4 landscape page with the title, stage, "as of", the current view
// (the chart drawn whole from the same layout functions as the screen; the map or matrix as
// shown), its legend and the sources the stage cites. Rendered only while printing.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { layoutTree } from "../../layout/tree";
import { RELATION_KINDS, isWeaklySourced } from "../../model";
import type { ResolvedModel } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { formatIsoDate, RELATION_LABEL } from "../common/labels";
import { SourceList } from "../details/SourceList";
import { SourceAnchorPrefix } from "../common/Citations";
import { RelationArrowMarkers, RelationLines, RELATION_STYLE } from "../chart/RelationLines";
import { TreeLinks } from "../chart/TreeLinks";
import { UnitCard } from "../chart/UnitCard";
import type { CardFlag } from "../chart/UnitCard";
import { useCardDecorations } from "../chart/useCardDecorations";

const noop = () => undefined;
const MARGIN = 24;

export default function PrintHandout() {
  const printing = usePrinting();
  if (!printing) return null;
  return <Handout />;
}

/**
 * The print media query, held for the module's life: a MediaQueryList that only a listener
 * refers to can be collected, and its change event (print preview, print emulation) lost.
 */
const printQuery: MediaQueryList | undefined =
  typeof window !== "undefined" ? window.matchMedia?.("print") : undefined;

/** True from beforeprint (or print media) to afterprint; rendered synchronously so the page has it. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printQuery?.matches ?? false);
  useEffect(() => {
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    const change = (event: MediaQueryListEvent) => (event.matches ? on() : off());
    window.addEventListener("beforeprint", on);
    window.addEventListener("afterprint", off);
    printQuery?.addEventListener?.("change", change);
    // Print may have started between the first render and this effect.
    if (printQuery?.matches) on();
    return () => {
      window.removeEventListener("beforeprint", on);
      window.removeEventListener("afterprint", off);
      printQuery?.removeEventListener?.("change", change);
    };
  }, []);
  return printing;
}

function Handout() {
  const { model, stageId, resolved, index } = useShownModel();
  const view = useAtlas((s) => s.view);
  const stage = model.stages.find((s) => s.id === stageId);
  const cited = useMemo(() => citedSources(resolved), [resolved]);
  return (
    // While printing, the handout is the page (print.css hides the rest): its main landmark.
    <main className="print-handout" aria-label="Printed handout">
      <header className="handout-header">
        <h1>{model.meta.title}</h1>
        <p>
          {stage ? (
            <>
              Stage: <strong>{stage.name}</strong> ({formatIsoDate(stage.date)}) ·{" "}
            </>
          ) : null}
          As of {formatIsoDate(model.meta.asOf)} · Status in words on every item: decided, planned, proposed,
          dropped, reported.
        </p>
      </header>
      {view === "chart" ? <HandoutChart /> : <ScreenCopy view={view} />}
      {view === "chart" && (
        <HandoutLegend kinds={RELATION_KINDS.filter((k) => resolved.relations.some((r) => r.kind === k))} />
      )}
      <SourceAnchorPrefix.Provider value="print-source-">
        <SourceList ids={cited} title={`Sources (${cited.length})`} headingLevel={2} />
      </SourceAnchorPrefix.Provider>
      <p className="handout-foot">
        {index.units.size} units · Printed from Command Atlas. Every statement carries its status and its
        sources; planned units exist only if their condition is met.
      </p>
    </main>
  );
}

/** The whole chart as on screen (same expansion and orientation), scaled to the page by its viewBox. */
function HandoutChart() {
  const { index, resolved, sources } = useShownModel();
  const expanded = useAtlas((s) => s.expanded);
  const orientation = useAtlas((s) => s.orientation);
  const hidden = useAtlas((s) => s.hiddenRelations);
  const selected = useAtlas((s) => s.selected);
  const layout = useMemo(
    () => layoutTree(index.roots, index.children, expanded, orientation),
    [index, expanded, orientation],
  );
  const { seats, leadNations } = useCardDecorations(layout);
  const b = layout.bounds;
  return (
    <svg
      className="handout-chart"
      viewBox={`${b.x - MARGIN} ${b.y - MARGIN} ${b.w + 2 * MARGIN} ${b.h + 2 * MARGIN}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
    >
      <defs>
        <RelationArrowMarkers markerId="print-relation-arrow" />
      </defs>
      <TreeLinks links={layout.links} units={index.units} />
      <g className="print-relations">
        <RelationLines
          layout={layout}
          relations={resolved.relations}
          hidden={hidden}
          selected={selected}
          units={index.units}
          shown="all"
          markerId="print-relation-arrow"
        />
      </g>
      {layout.cards.map((card) => (
        <UnitCard
          key={card.id}
          card={card}
          detail="full"
          selected={card.id === selected}
          focusable={false}
          hit={false}
          currentHit={false}
          dimmed={false}
          leadNations={leadNations.get(card.id) ?? NO_FLAGS}
          seat={seats.get(card.id) ?? null}
          weak={isWeaklySourced(card.unit.sources, sources)}
          onActivate={noop}
          onToggle={noop}
          onFocusCard={noop}
        />
      ))}
    </svg>
  );
}
const NO_FLAGS: CardFlag[] = [];

/** The map or the matrix as the screen shows it: a copy of its drawing, which only the screen computes. */
function ScreenCopy({ view }: { view: string }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const source = document.querySelector(view === "map" ? ".map-stage svg" : "#main-view .panel");
    if (!box.current || !source) return;
    const copy = source.cloneNode(true) as Element;
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach((el) => el.removeAttribute("id"));
    box.current.replaceChildren(copy);
  }, [view]);
  // A picture of the view, not the view: inert, so its copied buttons and links take no focus.
  return <div ref={box} className={`handout-view handout-${view}`} aria-hidden="true" inert />;
}

function HandoutLegend({ kinds }: { kinds: readonly (typeof RELATION_KINDS)[number][] }) {
  return (
    <p className="handout-legend">
      <span>Lines:</span>
      <span className="legend-item">
        <svg width="32" height="10" aria-hidden="true">
          <path d="M0,5H32" className="tree-link" />
        </svg>
        part of
      </span>
      {kinds.map((kind) => (
        <span key={kind} className="legend-item">
          <svg width="32" height="10" aria-hidden="true">
            <path
              d="M0,5H32"
              className={`relation ${RELATION_STYLE[kind].className}`}
              strokeDasharray={RELATION_STYLE[kind].dash || undefined}
            />
          </svg>
          {RELATION_LABEL[kind].out.toLowerCase()}
        </span>
      ))}
      <span>Frames: solid decided · dashed planned · dotted proposed · grey struck dropped.</span>
    </p>
  );
}

/** Every source the shown stage cites, in the model's order. */
function citedSources(resolved: ResolvedModel): string[] {
  const ids = new Set<string>();
  const add = (list?: readonly string[]) => list?.forEach((id) => ids.add(id));
  for (const u of resolved.units) {
    add(u.sources);
    add(u.commander?.sources);
    add(u.otherContributors?.sources);
    u.rotation?.seats.forEach((s) => add(s.sources));
  }
  for (const list of [resolved.roles, resolved.relations, resolved.claims])
    for (const item of list) add(item.sources);
  return [...ids];
}
