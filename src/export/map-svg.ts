// The map as an exported picture: the same projection, layers, scene and label placement as the
// screen (layout/map.ts, layout/map-scene.ts) at the picture's size, drawn as MapCanvas draws it.
import { geoPath } from "d3-geo";
import type { Domain, Status } from "../model";
import { countryOf, fitProjection, offFrame, ROLE_PRECEDENCE } from "../layout/map";
import type { LonLat, WorldAtlas } from "../layout/map";
import { buildScene, lineBaselines, rowBox } from "../layout/map-scene";
import type { MapLayers, SceneLabel } from "../layout/map-scene";
import { formatIsoDate, ROLE_LABEL, STATUS_LABEL } from "../views/common/labels";
import type { Palette, PaletteKey } from "./palette";
import { paint } from "./palette";
import { el, escapeXml, text } from "./svg";
import type { LegendItem, SvgPiece } from "./svg";

export type MapPictureInput = {
  atlas: WorldAtlas;
  layers: MapLayers;
  width: number;
  height: number;
  domains: ReadonlySet<Domain>;
  palette: Palette;
};

const WORDS = {
  role: (r: keyof typeof ROLE_LABEL) => ROLE_LABEL[r],
  status: (s: Status) => STATUS_LABEL[s],
  date: formatIsoDate,
};

const roleKey = (role: string) => `role-${role}` as PaletteKey;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

function patterns(p: Palette): string {
  return el(
    "defs",
    {},
    el(
      "pattern",
      { id: "x-hatch", width: 7, height: 7, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
      el("line", {
        x1: 0,
        y1: 0,
        x2: 0,
        y2: 7,
        stroke: p["pattern-ink"],
        "stroke-width": 1.2,
        "stroke-opacity": 0.55,
      }),
    ),
    el(
      "pattern",
      { id: "x-dots", width: 6, height: 6, patternUnits: "userSpaceOnUse" },
      el("circle", { cx: 3, cy: 3, r: 0.9, fill: p["pattern-ink"], "fill-opacity": 0.6 }),
    ),
    el(
      "pattern",
      { id: "x-air", width: 10, height: 10, patternUnits: "userSpaceOnUse", patternTransform: "rotate(-45)" },
      el("line", {
        x1: 0,
        y1: 0,
        x2: 0,
        y2: 10,
        stroke: p["air-line"],
        "stroke-width": 1.4,
        "stroke-opacity": 0.45,
      }),
    ),
    el(
      "marker",
      {
        id: "x-map-arrow",
        viewBox: "0 0 10 10",
        refX: 8,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: "auto-start-reverse",
      },
      el("path", { d: "M0,0 L10,5 L0,10 z", fill: p.flow }),
    ),
  );
}

function label(l: SceneLabel, compact: boolean, p: Palette): string {
  const { box } = l;
  const baselines = lineBaselines(l.lines.length, compact, l.rows);
  const halo = {
    ...paint(p.halo, "stroke"),
    "stroke-width": 3.5,
    "stroke-linejoin": "round",
    "paint-order": "stroke",
  };
  if (l.kind === "unit" && l.rows) {
    const textX = box.x + 8;
    const parts = [
      el("line", {
        x1: l.point.x,
        y1: l.point.y,
        x2: clamp(l.point.x, box.x, box.x + box.w),
        y2: clamp(l.point.y, box.y, box.y + box.h),
        stroke: p.ink,
        "stroke-width": 1.2,
      }),
      el("rect", {
        x: box.x,
        y: box.y,
        width: box.w,
        height: box.h,
        rx: 4,
        ...paint(p["callout-bg"], "fill"),
        stroke: p["callout-line"],
        "stroke-width": 1,
      }),
      text(textX, box.y + baselines[0]!.dy, l.lines[0] ?? "", {
        "font-size": baselines[0]!.size,
        "font-weight": 700,
        fill: p.ink,
      }),
    ];
    for (const row of l.rows) {
      const { top, bottom } = rowBox(baselines, row);
      parts.push(
        el("rect", {
          x: box.x + 3,
          y: box.y + top,
          width: box.w - 6,
          height: bottom - top,
          rx: 3,
          fill: row.dashed ? p["dashed-row-bg"] : p.paper,
          stroke: p.ink,
          "stroke-width": 1.2,
          "stroke-dasharray": row.dashed ? "4 3" : undefined,
        }),
        el(
          "text",
          { "font-size": baselines[row.first]!.size, fill: row.dashed ? p["ink-soft"] : p.ink },
          ...l.lines
            .slice(row.first, row.last + 1)
            .map((line, i) =>
              el("tspan", { x: textX, y: box.y + baselines[row.first + i]!.dy }, escapeXml(line)),
            ),
        ),
      );
    }
    return el("g", {}, ...parts);
  }
  const x = l.anchor === "start" ? box.x + 4 : l.anchor === "end" ? box.x + box.w - 4 : box.x + box.w / 2;
  const note = l.kind === "note";
  return el(
    "g",
    {},
    note
      ? el("rect", {
          x: box.x,
          y: box.y,
          width: box.w,
          height: box.h,
          rx: 4,
          fill: p["note-bg"],
          stroke: p["note-line"],
          "stroke-width": 1.5,
          "stroke-dasharray": "3 2",
        })
      : "",
    el(
      "text",
      { "text-anchor": l.anchor, ...(note ? {} : halo) },
      ...l.lines.map((line, i) =>
        el(
          "tspan",
          {
            x,
            y: box.y + baselines[i]!.dy,
            "font-size": baselines[i]!.size,
            "font-weight": i === 0 ? (l.kind === "country" ? 700 : 650) : undefined,
            fill: i === 0 ? p.ink : p["ink-soft"],
          },
          escapeXml(line),
        ),
      ),
    ),
  );
}

const LINE_STYLE: Record<"lane" | "flow" | "hop", (p: Palette) => Record<string, string | number>> = {
  lane: (p) => ({
    stroke: p["sea-line"],
    "stroke-width": 3,
    "stroke-dasharray": "10 6",
    "stroke-linecap": "round",
  }),
  flow: (p) => ({ stroke: p.flow, "stroke-width": 2.2, "stroke-dasharray": "7 4" }),
  hop: (p) => ({ stroke: p.hop, "stroke-width": 2, "stroke-dasharray": "2 4", "stroke-linecap": "round" }),
};

/** The whole map at the picture's size (never zoomed: the picture shows the fitted frame). */
export function mapPicture(input: MapPictureInput): SvgPiece {
  const { atlas, layers, width, height, domains, palette: p } = input;
  const compact = width < 640;
  const projection = fitProjection(width, height);
  const path = geoPath(projection);
  const project = (lonLat: LonLat): [number, number] | null => {
    const xy = projection(lonLat);
    return xy ? [xy[0], xy[1]] : null;
  };
  const scene = buildScene(layers, { width, height, compact, domains, project, atlas, words: WORDS });
  const named = layers.nations
    .map((nation) => {
      const shape = countryOf(atlas, nation.code);
      return shape ? { nation, id: shape.id, d: path(shape.geometry) ?? "" } : null;
    })
    .filter((n): n is NonNullable<typeof n> => n !== null && n.d !== "");
  const namedIds = new Set(named.map((n) => n.id));
  const taskGroupNations = new Set(layers.sea?.taskGroups.flatMap((g) => g.roles.map((r) => r.nation)) ?? []);
  const air = domains.has("air") && layers.air ? countryOf(atlas, layers.air.country) : undefined;
  const parts: string[] = [
    patterns(p),
    el("rect", { width, height, fill: p.sea }),
    el(
      "g",
      { fill: p.land },
      ...atlas.countries
        .filter((c) => !namedIds.has(c.id))
        .map((c) => el("path", { d: path(c.geometry) ?? "" })),
    ),
    ...named.map(({ nation, d }) =>
      el(
        "path",
        {
          d,
          fill: p[roleKey(nation.primary?.role ?? "none")],
          stroke: p["nation-line"],
          "stroke-width": 0.9,
        },
        el(
          "title",
          {},
          escapeXml(
            nation.name +
              (nation.primary
                ? `: ${ROLE_LABEL[nation.primary.role]} (${STATUS_LABEL[nation.primary.status].toLowerCase()})`
                : ""),
          ),
        ),
      ),
    ),
    ...named
      .filter(({ nation }) => nation.primary && nation.primary.status !== "decided")
      .map(({ nation, d }) =>
        el("path", { d, fill: nation.primary!.status === "planned" ? "url(#x-dots)" : "url(#x-hatch)" }),
      ),
    air ? el("path", { d: path(air.geometry) ?? "", fill: "url(#x-air)" }) : "",
    el("path", { d: path(atlas.borders) ?? "", fill: "none", stroke: p["land-line"], "stroke-width": 0.8 }),
    el("path", { d: path(atlas.coast) ?? "", fill: "none", stroke: p.coast, "stroke-width": 0.7 }),
    ...(domains.has("sea")
      ? named
          .filter(({ nation }) => taskGroupNations.has(nation.code))
          .map(({ d }) =>
            el("path", {
              d,
              fill: "none",
              stroke: p["sea-line"],
              "stroke-width": 2.5,
              "stroke-dasharray": "6 3",
            }),
          )
      : []),
    ...scene.lines.map((line) =>
      el("path", {
        d: line.d,
        fill: "none",
        ...LINE_STYLE[line.kind](p),
        "marker-end": line.kind === "flow" ? "url(#x-map-arrow)" : undefined,
      }),
    ),
    // Markers drawn apart from close neighbours, as on screen: a thin line back to the true point.
    ...scene.markers.flatMap((m) =>
      m.at
        ? [
            el("line", { x1: m.x, y1: m.y, x2: m.at.x, y2: m.at.y, stroke: p.ink, "stroke-width": 1.5 }),
            el("circle", { cx: m.at.x, cy: m.at.y, r: 1.5, fill: p.ink }),
          ]
        : [],
    ),
    ...scene.markers.map((m) => {
      const hosts = m.place.units.length > 0 || m.place.seats.length > 0;
      const shape = { fill: hosts ? p.ink : p.paper, stroke: p.ink, "stroke-width": 2 };
      return el(
        "g",
        { transform: `translate(${m.x} ${m.y})` },
        m.place.place.kind === "port"
          ? el("rect", { x: -4.5, y: -4.5, width: 9, height: 9, transform: "rotate(45)", ...shape })
          : el("circle", { r: m.place.place.kind === "capital" ? 5.5 : 4.5, ...shape }),
      );
    }),
    ...scene.labels.map((l) => label(l, compact, p)),
  ];
  // The screen's SVG clips the world at its edges; the picture does the same.
  const clip = el("clipPath", { id: "x-map-clip" }, el("rect", { width, height }));
  return {
    width,
    height,
    svg: el("defs", {}, clip) + el("g", { "clip-path": "url(#x-map-clip)" }, ...parts),
  };
}

/** The map's key: the roles coloured, the status patterns, places, callouts, and the notional lines. */
export function mapLegend(input: MapPictureInput): LegendItem[] {
  const p = input.palette;
  const { layers, domains } = input;
  const swatch = (fill: string, extra = "") =>
    el("rect", { x: 1, y: 0, width: 26, height: 14, fill, stroke: p["nation-line"], "stroke-width": 1 }) +
    extra;
  const roles = ROLE_PRECEDENCE.filter((role) => layers.nations.some((n) => n.primary?.role === role));
  // A nation off the picture (the United States) has its role's colour nowhere on it: the key
  // says so, as the screen's key does. The frame's extent is the same at every picture size.
  const projection = fitProjection(input.width, input.height);
  const offMap = (code: string) => offFrame(input.atlas, code, projection, input.width, input.height);
  const items: LegendItem[] = roles.map((role) => {
    const names = layers.nations
      .filter((n) => n.primary?.role === role)
      .map((n) => (offMap(n.code) ? `${n.name} (off this map)` : n.name));
    return { mark: swatch(p[roleKey(role)]), label: `${ROLE_LABEL[role]}: ${names.join(", ")}` };
  });
  // The patterns are the map's own (defined with it, in the same picture).
  if (layers.nations.some((n) => n.primary?.status === "planned"))
    items.push({
      mark: swatch(
        p["role-contributor"],
        el("rect", { x: 1, y: 0, width: 26, height: 14, fill: "url(#x-dots)" }),
      ),
      label: "Dotted: planned",
    });
  if (
    layers.nations.some((n) => n.primary && n.primary.status !== "decided" && n.primary.status !== "planned")
  )
    items.push({
      mark: swatch(
        p["role-contributor"],
        el("rect", { x: 1, y: 0, width: 26, height: 14, fill: "url(#x-hatch)" }),
      ),
      label: "Hatched: reported or proposed",
    });
  items.push({
    mark:
      el("circle", { cx: 8, cy: 7, r: 5, fill: p.paper, stroke: p.ink, "stroke-width": 2 }) +
      el("rect", {
        x: 17.5,
        y: 3.5,
        width: 7,
        height: 7,
        transform: "rotate(45 21 7)",
        fill: p.paper,
        stroke: p.ink,
        "stroke-width": 2,
      }),
    label: "City, port (the cities' coordinates, not bases)",
  });
  items.push({
    mark: el("rect", {
      x: 1,
      y: 1,
      width: 26,
      height: 12,
      rx: 3,
      fill: p.paper,
      stroke: p.ink,
      "stroke-width": 1.2,
      "stroke-dasharray": "4 3",
    }),
    label: "Dashed box: a unit only under a condition, or another year's seat",
  });
  if (layers.hops.length)
    items.push({
      mark: el("path", { d: "M0,7H28", ...LINE_STYLE.hop(p) }),
      label: "HQ rotation between its seats",
    });
  if (domains.has("sea") && layers.sea?.lanes.length)
    items.push({
      mark: el("path", { d: "M0,7H28", ...LINE_STYLE.lane(p) }),
      label: "Sea lane: notional, not an official route",
    });
  if (domains.has("land") && layers.land?.flows.length)
    items.push({
      mark: el("path", { d: "M0,7H28", ...LINE_STYLE.flow(p) }),
      label: "Land support flows: notional",
    });
  if (domains.has("air") && layers.air)
    items.push({
      mark:
        el("rect", {
          x: 1,
          y: 0,
          width: 26,
          height: 14,
          fill: p.land,
          stroke: p["air-line"],
          "stroke-width": 1,
        }) + el("rect", { x: 1, y: 0, width: 26, height: 14, fill: "url(#x-air)" }),
      label: "Striped: air policing area, notional",
    });
  return items;
}
