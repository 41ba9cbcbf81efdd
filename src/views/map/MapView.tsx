// The domain map: nations coloured by role, the HQ and its rotation, the Kyiv cell, and the
// land, air and sea lines of effort, drawn on bundled borders. Loaded lazily with its data.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import type { Domain } from "../../model";
import { fitProjection, MAP_DOMAINS } from "../../layout/map";
import { mapLayers } from "../../layout/map-scene";
import type { MapLayers } from "../../layout/map-scene";
import { seatDate } from "../../layout/rotation";
import { useAtlas } from "../../state/store";
import { appUrlOf } from "../../state/url";
import { useShownModel } from "../app/shown-model";
import { RotationControl } from "../chart/RotationControl";
import { atlasKeys, loadWorldAtlas } from "./world-atlas";
import { createPanZoom } from "../common/pan-zoom";
import { useElementSize } from "../common/useElementSize";
import type { PanZoom, Viewport } from "../common/pan-zoom";
import { MapCanvas } from "./MapCanvas";
import { MapLegend } from "./MapLegend";
import { DomainToggles } from "./DomainToggles";
import { ChartFilters } from "../chart/ChartFilters";
import "./map.css";

/** The map never zooms out past its fitted frame, and far enough in (×12) to tell Odesa's ports apart. */
const MAP_SCALE_EXTENT: [number, number] = [1, 12];
const IDENTITY: Viewport = { x: 0, y: 0, k: 1 };

type Props = {
  /** "zoom": only + − Whole map above the map, for a narrow frame such as an embed. */
  controls?: "all" | "zoom";
  /** "folded": the key behind a disclosure (open on wide screens), so a narrow frame stays short. */
  legend?: "open" | "folded";
};

export default function MapView({ controls = "all", legend = "open" }: Props = {}) {
  const { model, stageId, resolved, index, changes, unitsOutOfStatus } = useShownModel();
  const rotationStep = useAtlas((s) => s.rotationStep);
  const setView = useAtlas((s) => s.setView);
  // In an article's embed the wheel scrolls the article; Ctrl + wheel zooms (pan-zoom.ts).
  const inEmbed = useAtlas((s) => s.embed);
  const atlas = useQuery({
    queryKey: atlasKeys.countries50m,
    queryFn: loadWorldAtlas,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
  const [domains, setDomains] = useState<ReadonlySet<Domain>>(() => new Set(MAP_DOMAINS));

  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(stageRef);
  const [transform, setTransform] = useState<Viewport>(IDENTITY);
  const panZoom = useRef<PanZoom | null>(null);
  const ready = atlas.isSuccess && size.w > 0;

  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg || !ready) return;
    // keepInView: some of the map stays on screen whatever the pan.
    panZoom.current = createPanZoom(svg, setTransform, {
      scaleExtent: MAP_SCALE_EXTENT,
      keepInView: 0.25,
      wheelScrollsPage: inEmbed,
    });
    return () => {
      panZoom.current?.destroy();
      panZoom.current = null;
    };
    // A new size re-creates the behaviour so its pan limits match the screen.
  }, [ready, size.w, size.h, inEmbed]);

  const projection = useMemo(() => fitProjection(size.w, size.h), [size.w, size.h]);
  // The status filter leaves out units of other statuses (the chart keeps them, receded, for its
  // tree's shape): "decided only" draws only what is decided.
  const layers = useMemo(() => {
    const shownUnits = unitsOutOfStatus.size
      ? { ...resolved, units: resolved.units.filter((u) => !unitsOutOfStatus.has(u.id)) }
      : resolved;
    return mapLayers(shownUnits, index, rotationStep, seatDate(model, stageId));
  }, [resolved, index, rotationStep, model, stageId, unitsOutOfStatus]);
  const drawable = useMemo(() => drawableDomains(layers), [layers]);
  // The domains the status filter hides: drawable with every unit, not with the filter's.
  const filteredOut = useMemo(() => {
    if (!unitsOutOfStatus.size) return new Set<Domain>();
    const all = drawableDomains(mapLayers(resolved, index, rotationStep, seatDate(model, stageId)));
    return new Set([...all].filter((domain) => !drawable.has(domain)));
  }, [drawable, resolved, index, rotationStep, model, stageId, unitsOutOfStatus]);

  useEffect(() => {
    if (atlas.isSuccess) performance.mark("map:rendered");
  }, [atlas.isSuccess]);

  // The key, shown open or folded (legend).
  const mapKey = (
    <MapLegend
      layers={layers}
      atlas={atlas.data ?? null}
      projection={projection}
      width={size.w}
      height={size.h}
      domains={domains}
    />
  );
  return (
    <section
      className="panel map-view"
      aria-labelledby="map-title"
      onKeyDown={(event) => {
        if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey)
          return;
        const keys: Record<string, () => void> = {
          "+": () => panZoom.current?.scaleBy(1.5),
          "=": () => panZoom.current?.scaleBy(1.5),
          "-": () => panZoom.current?.scaleBy(1 / 1.5),
          "0": () => panZoom.current?.setViewport(IDENTITY, true),
        };
        const action = keys[event.key];
        if (action) {
          event.preventDefault();
          action();
        }
      }}
    >
      <h2 id="map-title" className="visually-hidden">
        Map of the lines of effort
      </h2>
      <div className="chart-toolbar map-toolbar">
        {controls === "all" && (
          <DomainToggles
            domains={domains}
            drawable={drawable}
            filteredOut={filteredOut}
            onChange={setDomains}
          />
        )}
        <div className="toolbar-group" role="group" aria-label="Zoom">
          <button type="button" aria-label="Zoom in" onClick={() => panZoom.current?.scaleBy(1.5)}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => panZoom.current?.scaleBy(1 / 1.5)}>
            −
          </button>
          <button type="button" onClick={() => panZoom.current?.setViewport(IDENTITY, true)}>
            Whole map
          </button>
        </div>
        {controls === "all" && (
          <>
            {/* Status and sourcing open over the map, as on the chart: the map keeps its room. */}
            <ChartFilters forMap />
            <RotationControl />
          </>
        )}
      </div>
      <div className="map-stage" ref={stageRef}>
        {atlas.isPending && (
          <p className="map-status" role="status">
            Loading the map…
          </p>
        )}
        {atlas.isError && (
          <p className="map-status" role="alert">
            The map’s borders could not be loaded. The{" "}
            <MatrixLink onOpen={() => setView("matrix")}>nations × lines of effort table</MatrixLink> holds
            the same information.
          </p>
        )}
        {atlas.isSuccess && size.w > 0 && (
          <MapCanvas
            svgRef={svgRef}
            atlas={atlas.data}
            layers={layers}
            projection={projection}
            transform={transform}
            width={size.w}
            height={size.h}
            domains={domains}
            changes={changes}
            onFocusPoint={(x, y) => panZoom.current?.centerOn({ x, y, w: 0, h: 0 }, 1)}
          />
        )}
        <p className="gesture-hint" aria-hidden="true">
          <span className="on-touch">Use two fingers to move the map</span>
          <span className="on-wheel">Use Ctrl + scroll to zoom the map</span>
        </p>
      </div>
      <p id="map-help" className="chart-help">
        Drag to pan (two fingers on a touch screen), {inEmbed ? "Ctrl + scroll" : "wheel"} or pinch to zoom;
        keys + − 0. Tab to a nation, place or unit; Enter opens its details and sources. The{" "}
        <MatrixLink onOpen={() => setView("matrix")}>matrix</MatrixLink> gives the same information as a
        table.
      </p>
      {legend === "open" ? (
        mapKey
      ) : (
        <details className="map-legend-fold" open={size.w >= 760 || undefined}>
          <summary>Key: what the colours, marks and lines mean</summary>
          {mapKey}
        </details>
      )}
    </section>
  );
}

/** The domains that have a layer to draw at this stage. */
function drawableDomains(layers: MapLayers): ReadonlySet<Domain> {
  const drawable = new Set<Domain>();
  if (layers.land) drawable.add("land");
  if (layers.air) drawable.add("air");
  if (layers.sea) drawable.add("sea");
  return drawable;
}

/**
 * The matrix, from the map's words. In the app it switches the view; an article's embed has no
 * view switch to come back by, so there it opens the matrix in the full app, in a new tab.
 */
function MatrixLink({ onOpen, children }: { onOpen: () => void; children: ReactNode }) {
  const inEmbed = useAtlas((s) => s.embed);
  const appUrl = useAtlas((s) => (s.embed ? appUrlOf({ ...s, view: "matrix" }, window.location.href) : ""));
  if (inEmbed)
    return (
      <a href={appUrl} target="_blank" rel="noopener">
        {children}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        onOpen();
        focusOnceShown(MATRIX_TITLE_ID);
      }}
    >
      {children}
    </button>
  );
}

const MATRIX_TITLE_ID = "matrix-title";

/**
 * Focus to an element as soon as it is drawn (the matrix's code may still be loading): the link
 * that opened it goes with the map, and focus would fall back to the page's start.
 */
function focusOnceShown(id: string, within = 3000) {
  const until = performance.now() + within;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
