// The map's SVG: draws the scene (layout/map-scene.ts) and nothing else. Countries are drawn once
// per size and moved by the zoom transform; points, lines and labels are placed in screen pixels
// so that type and strokes keep their size at every zoom.
import { memo, useMemo, useRef, useState } from "react";
import type { KeyboardEvent, PointerEvent, RefObject } from "react";
import { geoPath } from "d3-geo";
import type { GeoProjection } from "d3-geo";
import type { ChangeMarks, Domain, ItemMark } from "../../model";
import { countryOf } from "../../layout/map";
import type { LonLat, PlaceOnMap, WorldAtlas } from "../../layout/map";
import { buildScene, lineBaselines, markerTargets, rowBox, targetKey } from "../../layout/map-scene";
import type { MapLayers, SceneLabel, Target } from "../../layout/map-scene";
import type { Box } from "../../layout/map-labels";
import { useAtlas } from "../../state/store";
import { selectLargeType } from "../../state/selectors";
import { useShownModel } from "../app/shown-model";
import { formatIsoDate, ROLE_LABEL, STATUS_LABEL } from "../common/labels";
import { ArrowheadMarker } from "../common/ArrowheadMarker";
import type { Viewport } from "../common/pan-zoom";
import { describeTarget, HINT } from "./map-words";
import { MapTooltip } from "./MapTooltip";
import { markLabel } from "../compare/compare-words";

type Props = {
  svgRef: RefObject<SVGSVGElement | null>;
  atlas: WorldAtlas;
  layers: MapLayers;
  projection: GeoProjection;
  transform: Viewport;
  width: number;
  height: number;
  domains: ReadonlySet<Domain>;
  onFocusPoint: (x: number, y: number) => void;
  /** Compare mode's marks (null outside it): changed items say so, unchanged ones recede. */
  changes: ChangeMarks | null;
};

const WORDS = {
  role: (r: keyof typeof ROLE_LABEL) => ROLE_LABEL[r],
  status: (s: keyof typeof STATUS_LABEL) => STATUS_LABEL[s],
  date: formatIsoDate,
};

/** The text sign of each change on the map's labels (the chart and lists draw the icons). */
const CHANGE_SIGN = {
  added: "+",
  removed: "−",
  status: "→",
  role: "⇄",
  changed: "Δ",
  unchanged: "=",
} as const;

/** A map item's compare mark: a nation's, a place's, or a unit's. */
export function markOf(changes: ChangeMarks | null, target: Target): ItemMark | undefined {
  if (!changes) return undefined;
  if (target.kind === "nation") return changes.nations.get(target.code);
  if (target.kind === "place") return changes.places.get(target.id);
  return changes.units.get(target.id);
}
const changeClass = (mark: ItemMark | undefined) => (mark ? ` change-${mark.change}` : "");
const hostsUnits = (place: PlaceOnMap) => place.units.length > 0 || place.seats.length > 0;

/** How much large type grows the map's labels: country names from 14 px to 17 px. */
const LARGE_MAP_TYPE = 1.2;

export function MapCanvas({
  svgRef,
  atlas,
  layers,
  projection,
  transform,
  width,
  height,
  domains,
  changes,
}: Props) {
  const { index, sources } = useShownModel();
  const selected = useAtlas((s) => s.selected);
  const selectedNation = useAtlas((s) => s.selectedNation);
  const selectedPlace = useAtlas((s) => s.selectedPlace);
  const select = useAtlas((s) => s.select);
  const selectNation = useAtlas((s) => s.selectNation);
  const selectPlace = useAtlas((s) => s.selectPlace);
  /** The tooltip's item and point; `avoid`, a focused callout row's box, which it must not cover. */
  const [hover, setHover] = useState<{ target: Target; x: number; y: number; avoid?: Box } | null>(null);
  // A tap opens the details (a phone scrolls to them): its tooltip goes, rather than stay over the map.
  const tapped = useRef(false);
  const compact = width < 640;
  // Large type (and presenting) grows the labels, less than the chart's names (14 px to 20 px):
  // a map's labels share one picture, and at 20 px a laptop's map lost its air policing note.
  const typeScale = useAtlas((s) => (selectLargeType(s) ? LARGE_MAP_TYPE : 1));

  const path = useMemo(() => geoPath(projection), [projection]);
  const base = useMemo(
    () => ({
      countries: atlas.countries.map((c) => ({ id: c.id, name: c.name, d: path(c.geometry) ?? "" })),
      borders: path(atlas.borders) ?? "",
      coast: path(atlas.coast) ?? "",
    }),
    [atlas, path],
  );
  const named = useMemo(
    () =>
      layers.nations
        .map((nation) => {
          const shape = countryOf(atlas, nation.code);
          return shape ? { nation, d: path(shape.geometry) ?? "" } : null;
        })
        .filter((n): n is NonNullable<typeof n> => n !== null && n.d !== ""),
    [layers, atlas, path],
  );
  const namedIds = useMemo(
    () => new Set(layers.nations.map((n) => countryOf(atlas, n.code)?.id).filter(Boolean)),
    [layers, atlas],
  );
  const airPath = useMemo(() => {
    const shape = layers.air ? countryOf(atlas, layers.air.country) : undefined;
    return shape ? (path(shape.geometry) ?? "") : "";
  }, [layers, atlas, path]);
  const taskGroupNations = useMemo(
    () => new Set(layers.sea?.taskGroups.flatMap((g) => g.roles.map((r) => r.nation)) ?? []),
    [layers],
  );

  const scene = useMemo(() => {
    const project = (lonLat: LonLat): [number, number] | null => {
      const p = projection(lonLat);
      return p ? [p[0] * transform.k + transform.x, p[1] * transform.k + transform.y] : null;
    };
    const change = (target: Target) => {
      const mark = markOf(changes, target);
      if (!mark || mark.change === "unchanged") return null;
      return `${CHANGE_SIGN[mark.change]} ${markLabel(mark, target.kind === "nation" ? "nation" : "unit")}`;
    };
    return buildScene(layers, {
      width,
      height,
      compact,
      typeScale,
      domains,
      project,
      atlas,
      // Only in compare mode: outside it nothing is "unchanged" (the scene ranks callouts by it).
      words: changes ? { ...WORDS, change } : WORDS,
    });
  }, [layers, projection, transform, width, height, compact, typeScale, domains, atlas, changes]);

  // What the current selection lights up: the HQ on the chart lights Paris and London here.
  const lit = useMemo(() => {
    const places = new Set<string>();
    const nations = new Set<string>();
    const unit = selected ? index.units.get(selected) : undefined;
    if (unit) {
      if (unit.place) places.add(unit.place);
      unit.rotation?.seats.forEach((s) => places.add(s.place));
      index.rolesByUnit.get(unit.id)?.forEach((r) => nations.add(r.nation));
    }
    if (selectedPlace) places.add(selectedPlace);
    if (selectedNation) nations.add(selectedNation);
    return { places, nations };
  }, [selected, selectedNation, selectedPlace, index]);

  const activate = (target: Target) => {
    if (target.kind === "nation") selectNation(target.code);
    else if (target.kind === "place") selectPlace(target.id);
    else select(target.id);
  };
  const itemProps = (target: Target, point: { x: number; y: number }, avoid?: Box) => {
    const { title, lines } = describeTarget(target, layers, index, sources, markOf(changes, target));
    return {
      role: "button",
      tabIndex: 0,
      "aria-label": [title, ...lines].join(". "),
      "data-map-item": targetKey(target),
      onPointerDown: (event: PointerEvent) => {
        tapped.current = event.pointerType !== "mouse";
      },
      onClick: () => {
        activate(target);
        if (tapped.current) setHover(null);
      },
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          activate(target);
        }
        // A tooltip must be dismissable without moving focus (WCAG 1.4.13).
        if (event.key === "Escape") setHover(null);
      },
      onFocus: () => setHover({ target, x: point.x, y: point.y, ...(avoid ? { avoid } : {}) }),
      onBlur: () => setHover(null),
      onPointerMove: (event: PointerEvent) => {
        const box = svgRef.current?.getBoundingClientRect();
        if (box) setHover({ target, x: event.clientX - box.left, y: event.clientY - box.top });
      },
      onPointerLeave: () => setHover(null),
    };
  };

  const t = `translate(${transform.x},${transform.y}) scale(${transform.k})`;
  const offMapCodes = new Set(scene.offMap.map((n) => n.code));
  const namedPlaces = new Set(scene.labels.flatMap((l) => (l.target?.kind === "place" ? [l.target.id] : [])));
  const { radii: hitRadii, covered } = markerTargets(
    scene.markers.map((m) => ({ ...m, named: namedPlaces.has(m.place.place.id) })),
  );
  const anchorPoint = (code: string) => {
    const label = scene.labels.find((l) => l.id === `nation:${code}`);
    return label?.point ?? { x: width / 2, y: height / 2 };
  };

  return (
    <>
      <svg
        ref={svgRef}
        className={`map-svg${compact ? " is-compact" : ""}`}
        width={width}
        height={height}
        role="group"
        aria-label="Map of Europe and the Black Sea: nations by role, the headquarters and its seats, and the lines of effort"
        aria-describedby="map-help"
      >
        <defs>
          <pattern
            id="map-hatch"
            width="7"
            height="7"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="7" height="7" fill="transparent" />
            <line x1="0" y1="0" x2="0" y2="7" className="hatch-line" />
          </pattern>
          <pattern id="map-dots" width="6" height="6" patternUnits="userSpaceOnUse">
            <circle cx="3" cy="3" r="0.9" className="dot-fill" />
          </pattern>
          <pattern
            id="map-air"
            width="10"
            height="10"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(-45)"
          >
            <line x1="0" y1="0" x2="0" y2="10" className="air-line" />
          </pattern>
          <ArrowheadMarker id="map-arrow" className="flow-arrow" tip={8} />
        </defs>
        <rect className="map-sea" width={width} height={height} aria-hidden="true" />
        <g transform={t}>
          <BaseCountries countries={base.countries} skip={namedIds} />
          {named.map(({ nation, d }) => {
            const role = nation.primary;
            const classes = [
              "country",
              "nation",
              role ? `role-${role.role}` : "role-none",
              role ? `status-${role.status}` : "",
              lit.nations.has(nation.code) ? "is-lit" : "",
              selectedNation === nation.code ? "is-selected" : "",
              changeClass(changes?.nations.get(nation.code)).trim(),
            ];
            // A nation outside the frame (the US, say) is reached from the key, not by an invisible Tab stop.
            if (offMapCodes.has(nation.code))
              return (
                <path
                  key={nation.code}
                  d={d}
                  className={classes.filter(Boolean).join(" ")}
                  aria-hidden="true"
                />
              );
            return (
              <path
                key={nation.code}
                d={d}
                className={classes.filter(Boolean).join(" ")}
                {...itemProps({ kind: "nation", code: nation.code }, anchorPoint(nation.code))}
              />
            );
          })}
          {named.map(({ nation, d }) =>
            nation.primary && nation.primary.status !== "decided" ? (
              <path
                key={`pattern-${nation.code}`}
                d={d}
                className="status-pattern"
                fill={nation.primary.status === "planned" ? "url(#map-dots)" : "url(#map-hatch)"}
                aria-hidden="true"
              />
            ) : null,
          )}
          {domains.has("air") && airPath && (
            <path d={airPath} className="air-area" fill="url(#map-air)" aria-hidden="true" />
          )}
          <path d={base.borders} className="borders" aria-hidden="true" />
          <path d={base.coast} className="coast" aria-hidden="true" />
          {/* Compare mode: a changed nation's outline, its line style by the change (its label says it in words). */}
          {named.map(({ nation, d }) => {
            const change = changes?.nations.get(nation.code)?.change;
            return change && change !== "unchanged" ? (
              <path
                key={`change-${nation.code}`}
                d={d}
                className={`nation-change change-${change}`}
                aria-hidden="true"
              />
            ) : null;
          })}
          {domains.has("sea") &&
            named
              .filter(({ nation }) => taskGroupNations.has(nation.code))
              .map(({ nation, d }) => (
                <path key={`tg-${nation.code}`} d={d} className="task-group-outline" aria-hidden="true" />
              ))}
        </g>
        <g className="map-lines" aria-hidden="true">
          {scene.lines.map((line) => (
            <path
              key={line.id}
              d={line.d}
              className={`map-line line-${line.kind} status-${line.status}${line.target ? changeClass(markOf(changes, line.target)) : ""}`}
              markerEnd={line.kind === "flow" ? "url(#map-arrow)" : undefined}
            />
          ))}
        </g>
        {/* Markers drawn apart from close neighbours: a thin line back to where each place is. */}
        <g className="marker-leaders" aria-hidden="true">
          {scene.markers.map((m) =>
            m.at ? (
              <g key={m.place.place.id} data-place={m.place.place.id}>
                <line x1={m.x} y1={m.y} x2={m.at.x} y2={m.at.y} />
                <circle cx={m.at.x} cy={m.at.y} r="1.5" />
              </g>
            ) : null,
          )}
        </g>
        <g className="map-markers">
          {scene.markers.map((m, markerIndex) => {
            const lit_ = lit.places.has(m.place.place.id);
            const hosts = hostsUnits(m.place);
            return (
              <g
                key={m.place.place.id}
                transform={`translate(${m.x},${m.y})`}
                className={`place-marker kind-${m.place.place.kind ?? "place"}${hosts ? " hosts-units" : ""}${covered.has(markerIndex) ? " is-covered" : ""}${lit_ ? " is-lit" : ""}${changeClass(changes?.places.get(m.place.place.id))}`}
                {...itemProps({ kind: "place", id: m.place.place.id }, m)}
              >
                {lit_ && <circle r="11" className="lit-ring" />}
                <circle r={hitRadii[markerIndex]} className="hit-area" />
                {m.place.place.kind === "port" ? (
                  <rect
                    x="-4.5"
                    y="-4.5"
                    width="9"
                    height="9"
                    className="marker-shape"
                    transform={`scale(${Math.min(1, hitRadii[markerIndex]! / 7)}) rotate(45)`}
                  />
                ) : (
                  <circle
                    r={
                      (m.place.place.kind === "capital" ? 5.5 : 4.5) * Math.min(1, hitRadii[markerIndex]! / 7)
                    }
                    className="marker-shape"
                  />
                )}
              </g>
            );
          })}
        </g>
        <g className="map-labels">
          {scene.labels.map((label) => (
            <MapLabel
              key={label.id}
              label={label}
              compact={compact}
              typeScale={typeScale}
              selected={selected}
              lit={
                label.target?.kind === "place"
                  ? lit.places.has(label.target.id)
                  : label.target?.kind === "nation"
                    ? lit.nations.has(label.target.code)
                    : false
              }
              itemProps={itemProps}
              onPick={label.target ? () => activate(label.target!) : undefined}
              change={label.target ? markOf(changes, label.target)?.change : undefined}
              rowChange={(target) => markOf(changes, target)?.change}
            />
          ))}
        </g>
      </svg>
      {hover && (
        <MapTooltip
          {...describeTarget(hover.target, layers, index, sources, markOf(changes, hover.target))}
          hint={HINT}
          x={hover.x}
          y={hover.y}
          avoid={hover.avoid}
          width={width}
          height={height}
        />
      )}
    </>
  );
}

/** Countries the model does not name: grey, inert, drawn once per projection. */
const BaseCountries = memo(function BaseCountries({
  countries,
  skip,
}: {
  countries: { id: string; name: string; d: string }[];
  skip: ReadonlySet<unknown>;
}) {
  return (
    <g aria-hidden="true">
      {countries
        .filter((c) => !skip.has(c.id))
        .map((c) => (
          <path key={c.id} d={c.d} className="country" />
        ))}
    </g>
  );
});

/** The props that make an SVG element a map item: role, focus, name, pointer and key handlers. */
type ItemProps = Record<string, unknown>;

function MapLabel({
  label,
  lit,
  selected,
  compact,
  typeScale,
  itemProps,
  onPick,
  change,
  rowChange,
}: {
  /** Compare mode: the label's item's change, and each callout row's. */
  change?: string | undefined;
  rowChange: (target: Target) => string | undefined;
  label: SceneLabel;
  lit: boolean;
  selected: string | null;
  compact: boolean;
  typeScale: number;
  itemProps: (target: Target, point: { x: number; y: number }, avoid?: Box) => ItemProps;
  onPick?: (() => void) | undefined;
}) {
  const { box } = label;
  const x =
    label.anchor === "start" ? box.x + 4 : label.anchor === "end" ? box.x + box.w - 4 : box.x + box.w / 2;
  const baselines = lineBaselines(label.lines.length, compact, label.rows, typeScale);
  const classes = [
    "map-label",
    `label-${label.kind}`,
    label.status ? `status-${label.status}` : "",
    lit ? "is-lit" : "",
    change ? `change-${change}` : "",
  ];
  if (label.kind === "unit" && label.rows) {
    // A place's callout: its name, then one focusable row per unit.
    const textX = box.x + 8;
    return (
      <g className={classes.filter(Boolean).join(" ")}>
        <line
          x1={label.point.x}
          y1={label.point.y}
          x2={clamp(label.point.x, box.x, box.x + box.w)}
          y2={clamp(label.point.y, box.y, box.y + box.h)}
          className="callout-leader"
          aria-hidden="true"
        />
        <rect
          x={box.x}
          y={box.y}
          width={box.w}
          height={box.h}
          rx="4"
          className="callout-box"
          aria-hidden="true"
          // The box stands over the map: a click on it, between its rows, opens its place.
          onClick={onPick}
        />
        <text
          x={textX}
          y={box.y + baselines[0]!.dy}
          fontSize={baselines[0]!.size}
          className="line-main"
          aria-hidden="true"
          onClick={onPick}
        >
          {label.lines[0]}
        </text>
        {label.rows.map((row) => {
          const { top, bottom } = rowBox(baselines, row);
          const isSelected = row.target.kind === "unit" && row.target.id === selected;
          return (
            <g
              key={row.first}
              className={`callout-row status-${row.status}${row.dashed ? " is-dashed" : ""}${isSelected ? " is-selected" : ""}${rowChange(row.target) ? ` change-${rowChange(row.target)}` : ""}`}
              // Focused, the row's tooltip stands off the whole callout: over it, it hid the row.
              {...itemProps(row.target, label.point, box)}
              // The words on screen first, then where (two HQ rows must not sound alike).
              aria-label={`${label.lines.slice(row.first, row.last + 1).join(" ")}, at ${label.lines[0] ?? ""}. ${itemProps(row.target, label.point)["aria-label"]}`}
            >
              <rect
                x={box.x + 3}
                y={box.y + top}
                width={box.w - 6}
                height={bottom - top}
                rx="3"
                className="row-box"
              />
              <text fontSize={baselines[row.first]!.size}>
                {label.lines.slice(row.first, row.last + 1).map((line, i, lines) => (
                  <tspan key={i} x={textX} y={box.y + baselines[row.first + i]!.dy}>
                    {/* A space between lines, so the row's text reads "if deployed", not "ifdeployed". */}
                    {i < lines.length - 1 ? `${line} ` : line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </g>
    );
  }
  return (
    <g className={classes.filter(Boolean).join(" ")} aria-hidden="true" onClick={onPick}>
      {label.kind === "note" && (
        <rect x={box.x} y={box.y} width={box.w} height={box.h} rx="4" className="callout-box" />
      )}
      <text textAnchor={label.anchor}>
        {label.lines.map((line, i) => (
          <tspan
            key={i}
            x={x}
            y={box.y + baselines[i]!.dy}
            fontSize={baselines[i]!.size}
            className={i === 0 ? "line-main" : "line-sub"}
          >
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
