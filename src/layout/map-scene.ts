// What the map draws, in screen pixels: a pure function from the model's layers, a projection
// (with the zoom already applied) and the screen size. The view only turns this into SVG.
import type { Domain, ResolvedModel, RoleKind, Status, Unit } from "../model";
import type { ModelIndex } from "../state/selectors";
import {
  airLayer,
  countryOf,
  landLayer,
  nationsOnMap,
  placesOnMap,
  rotationHops,
  seaLayer,
  unplacedInDomain,
} from "./map";
import type {
  AreaLayer,
  LandLayer,
  LonLat,
  NationOnMap,
  PlaceOnMap,
  RotationHop,
  SeaLayer,
  WorldAtlas,
} from "./map";
import { estimateTextWidth, placeLabels } from "./map-labels";
import type { Box, LabelRequest } from "./map-labels";

/** The model's layers, before projection: computed once per stage and year. */
export type MapLayers = {
  nations: NationOnMap[];
  places: PlaceOnMap[];
  hops: RotationHop[];
  sea: SeaLayer | null;
  air: AreaLayer | null;
  land: LandLayer | null;
  unplaced: Partial<Record<Domain, Unit[]>>;
};

export function mapLayers(
  resolved: ResolvedModel,
  index: ModelIndex,
  rotationStep: number | null,
  today: string,
): MapLayers {
  return {
    nations: nationsOnMap(resolved, index),
    places: placesOnMap(resolved, rotationStep, today),
    hops: rotationHops(resolved, index),
    sea: seaLayer(resolved, index),
    air: airLayer(resolved),
    land: landLayer(resolved, index),
    unplaced: { cyber: unplacedInDomain(resolved, "cyber"), space: unplacedInDomain(resolved, "space") },
  };
}

export type Target =
  { kind: "nation"; code: string } | { kind: "place"; id: string } | { kind: "unit"; id: string };
export const targetKey = (t: Target) => `${t.kind}:${t.kind === "nation" ? t.code : t.id}`;

export type SceneLabel = {
  id: string;
  kind: "country" | "place" | "unit" | "note";
  target: Target | null;
  lines: string[];
  box: Box;
  anchor: "start" | "middle" | "end";
  status?: Status;
  /** Callouts: the rows that stand for units (row 0 is the place's name). */
  rows?: CalloutRow[];
  /** The point the label belongs to, for a leader line from callouts. */
  point: { x: number; y: number };
};

/** A unit's row in a place's callout: dashed when it exists only under a condition or is another year's seat. */
export type CalloutRow = { target: Target; first: number; last: number; dashed: boolean; status: Status };

/**
 * Splits a row's text into lines of about `max` characters, at spaces. A separator "·" stays at
 * the end of its line: a line that starts with one reads as a stray mark.
 */
export function wrapText(text: string, max: number): string[] {
  const out: string[] = [];
  let line = "";
  const words: string[] = [];
  for (const word of text.split(" "))
    if (word === "·" && words.length) words[words.length - 1] += " ·";
    else words.push(word);
  for (const word of words) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
const ROW_CHARS = 34;

/** A place's marker; `at` is its true point when it is drawn a little apart from close neighbours. */
export type SceneMarker = { place: PlaceOnMap; x: number; y: number; at?: { x: number; y: number } };
export type SceneLine = {
  id: string;
  kind: "lane" | "flow" | "hop";
  d: string;
  status: Status;
  target: Target | null;
};

export type Scene = {
  markers: SceneMarker[];
  lines: SceneLine[];
  labels: SceneLabel[];
  /** Named nations that world-atlas has but lie outside the screen, and those it does not have. */
  offMap: NationOnMap[];
};

export type SceneOptions = {
  width: number;
  height: number;
  /** Phones: shorter labels and smaller type. */
  compact: boolean;
  /** Labels' type grows by this (large type, presenting: names from 20 px, not 14). Default 1. */
  typeScale?: number;
  domains: ReadonlySet<Domain>;
  /** The screen position of a longitude/latitude, zoom included; null when not drawable. */
  project: (lonLat: LonLat) => [number, number] | null;
  atlas: WorldAtlas;
  /** The words for the model's enumerations and dates (the views own them). */
  words: {
    role: (role: RoleKind) => string;
    status: (status: Status) => string;
    date: (iso: string) => string;
    /** Compare mode: a short mark for a nation or unit ("+ Added"); null or absent: none. */
    change?: (target: Target) => string | null;
  };
};

export const LABEL_FONT = { main: 14, sub: 12, compactMain: 12.5, compactSub: 11 };
export const LABEL_PAD = 4;
const FONT = LABEL_FONT;
const PAD = LABEL_PAD;

/**
 * Space (px) before each row of a callout: without it, one row's box met the next and the letters
 * that go below the line (p, y) touched their row's frame.
 */
const ROW_GAP = 5;

type Baseline = { dy: number; size: number };

/**
 * Baselines of a label's lines, from the top of its box: the view draws them as sized here. A
 * callout's `rows` each start after a ROW_GAP.
 */
export function lineBaselines(
  lineCount: number,
  compact: boolean,
  rows: readonly Pick<CalloutRow, "first">[] = [],
  typeScale = 1,
): Baseline[] {
  const out: Baseline[] = [];
  const rowStarts = new Set(rows.map((row) => row.first));
  const { main, sub } = fontSizes(compact, typeScale);
  let top = PAD;
  for (let i = 0; i < lineCount; i++) {
    const size = i === 0 ? main : sub;
    if (rowStarts.has(i)) top += ROW_GAP;
    out.push({ dy: top + size * 0.95, size });
    top += size * 1.25;
  }
  return out;
}

/**
 * A callout row's frame, from the top of the label's box: from above its first line's capitals
 * to below its last line's descenders.
 */
export function rowBox(
  baselines: readonly Baseline[],
  row: Pick<CalloutRow, "first" | "last">,
): { top: number; bottom: number } {
  const first = baselines[row.first]!;
  const last = baselines[row.last]!;
  return { top: first.dy - first.size * 0.95 - 1.5, bottom: last.dy + last.size * 0.35 + 1 };
}
const MARKER_R = 5;

/** A label's first line and its other lines, in px: `typeScale` grows them for large type. */
function fontSizes(compact: boolean, typeScale: number) {
  return {
    main: (compact ? FONT.compactMain : FONT.main) * typeScale,
    sub: (compact ? FONT.compactSub : FONT.sub) * typeScale,
  };
}

/** Lines of a label and its size at the given type sizes; a callout's `rows` add gaps and padding. */
function sized(lines: string[], compact: boolean, rows = 0, typeScale = 1) {
  const { main, sub } = fontSizes(compact, typeScale);
  // Bold first lines run about 8% wider; rows in a callout have their own inner padding.
  const w =
    Math.max(...lines.map((l, i) => estimateTextWidth(l, i === 0 ? main : sub) * (i === 0 ? 1.08 : 1))) +
    PAD * 2 +
    (rows ? 8 : 0);
  const h = lines.reduce((sum, _, i) => sum + (i === 0 ? main : sub) * 1.25, 0) + PAD * 2 + rows * ROW_GAP;
  return { w, h };
}

export function buildScene(layers: MapLayers, options: SceneOptions): Scene {
  const { width, height, compact, domains, project, atlas, words } = options;
  const typeScale = options.typeScale ?? 1;
  const statusWord = (s: Status) => words.status(s).toLowerCase();
  const withChange = (text: string, target: Target) => {
    const change = words.change?.(target);
    return change ? `${text} · ${change}` : text;
  };
  const onScreen = ([x, y]: [number, number], margin = 0) =>
    x >= -margin && y >= -margin && x <= width + margin && y <= height + margin;
  const requests: (LabelRequest & { label: Omit<SceneLabel, "box" | "anchor"> })[] = [];
  const markers: SceneMarker[] = [];
  const lines: SceneLine[] = [];
  const offMap: NationOnMap[] = [];
  // A country's outline on screen, projected once per scene and only when a label first needs it
  // (the scene is rebuilt as the map zooms; Ukraine's serves its name and the air note).
  const projected = new Map<string, ProjectedRing[]>();
  const ringsOf = (code: string, geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon) => {
    let rings = projected.get(code);
    if (!rings) projected.set(code, (rings = projectRings(geometry, project)));
    return rings;
  };
  /**
   * A domain's note (the sea lane, the air area, the land flows: each notional) at `point`, naming
   * the unit it stands for; with `below`, the label stands that far under the point plus its own
   * height, out of the way of a country's name there.
   */
  const note = (
    domain: string,
    unitId: string,
    text: string[],
    point: [number, number],
    {
      below,
      shorter = false,
      ...placing
    }: Pick<LabelRequest, "priority" | "gap" | "far" | "centred" | "yields" | "accepts"> & {
      below?: number;
      /** A shorter text for the same note, tried only if the full one was left out. */
      shorter?: boolean;
    },
  ) => {
    const size = sized(text, compact, 0, typeScale);
    requests.push({
      id: shorter ? `note:${domain}:short` : `note:${domain}`,
      ...(shorter ? { unless: `note:${domain}` } : {}),
      x: point[0],
      y: below === undefined ? point[1] : point[1] + size.h + below,
      ...size,
      ...placing,
      label: {
        id: `note:${domain}`,
        kind: "note",
        target: { kind: "unit", id: unitId },
        lines: text,
        point: { x: point[0], y: point[1] },
      },
    });
  };

  // Places and what sits there. A place that hosts units gets one callout: its name, then a row
  // per unit (a rotating HQ's seat says whether it is the year shown).
  // Places a few pixels apart (Odesa's three ports at any full-map zoom) are drawn apart so each
  // can be clicked, their labels by the marker the reader sees; lines (one sea lane per port)
  // still leave from the true points, so they run as one.
  const truePoints = layers.places.flatMap((p) => {
    const xy = project([p.place.lon, p.place.lat]);
    return xy ? [{ place: p, x: xy[0], y: xy[1] }] : [];
  });
  // Not on a phone's small map: there the ring took the room London's and Odesa's names need.
  const spread = compact
    ? truePoints.map((p) => ({ x: p.x, y: p.y, moved: false }))
    : spreadMarkers(truePoints, MARKER_SPREAD);
  const placeXY = new Map<string, [number, number]>();
  for (const [i, { place: p, ...truePoint }] of truePoints.entries()) {
    const drawn = spread[i]!;
    const xy: [number, number] = [drawn.x, drawn.y];
    placeXY.set(p.place.id, [truePoint.x, truePoint.y]);
    if (!onScreen(xy)) continue;
    markers.push({ place: p, x: xy[0], y: xy[1], ...(drawn.moved ? { at: truePoint } : {}) });
    const id = `place:${p.place.id}`;
    const point = { x: xy[0], y: xy[1] };
    const rows: CalloutRow[] = [];
    const text = [p.place.name];
    const seatsByUnit = new Map<string, PlaceOnMap["seats"]>();
    for (const seat of p.seats)
      seatsByUnit.set(seat.unit.id, [...(seatsByUnit.get(seat.unit.id) ?? []), seat]);
    for (const seats of seatsByUnit.values()) {
      const unit = seats[0]!.unit;
      const current = seats.find((s) => s.current);
      const seat = current ?? seats[0]!;
      // The period is on the year control right above the map, and in the tooltip.
      const when = current
        ? compact
          ? "year shown"
          : "seat in the year shown"
        : compact
          ? "other years"
          : "seat in other years";
      const first = text.length;
      text.push(
        ...wrapText(
          withChange(
            compact
              ? `${unit.shortName} · ${when}`
              : `${unit.shortName} · ${when} · ${statusWord(seat.seat.status)}`,
            { kind: "unit", id: unit.id },
          ),
          compact ? 99 : ROW_CHARS,
        ),
      );
      rows.push({
        target: { kind: "unit", id: unit.id },
        first,
        last: text.length - 1,
        dashed: !current,
        status: seat.seat.status,
      });
    }
    for (const unit of p.units) {
      const condition = unit.condition
        ? `, ${unit.condition.charAt(0).toLowerCase()}${unit.condition.slice(1)}`
        : "";
      const first = text.length;
      text.push(
        ...wrapText(
          withChange(
            compact
              ? `${unit.shortName} · ${unit.condition ? "conditional" : statusWord(unit.status)}`
              : `${unit.shortName} · ${statusWord(unit.status)}${condition}`,
            { kind: "unit", id: unit.id },
          ),
          compact ? 99 : ROW_CHARS,
        ),
      );
      rows.push({
        target: { kind: "unit", id: unit.id },
        first,
        last: text.length - 1,
        dashed: !!unit.condition,
        status: unit.status,
      });
    }
    const hosts = rows.length > 0;
    // In compare mode a callout with nothing changed yields to the changed nations' names: on a
    // phone the seats' callouts would otherwise fill the middle of the map (Germany, Poland).
    const changed = rows.some((r) => words.change?.(r.target));
    const unchanged = words.change !== undefined && !changed;
    const priority = hosts
      ? unchanged
        ? 5
        : p.seats.some((s) => s.current)
          ? 1
          : p.units.length
            ? 2.5
            : 3
      : p.place.kind === "port"
        ? 18
        : 28;
    requests.push({
      id,
      x: xy[0],
      y: xy[1],
      ...sized(text, compact, rows.length, typeScale),
      priority,
      gap: MARKER_R + (hosts ? 8 : 3),
      // Yielding, it stays by its point or is left out (its marker keeps its tooltip). On a
      // phone's map a callout far off its point stood over other countries (Kyiv's over the
      // Balkans, London's over France): there only a change compare mode shows may stand off;
      // any other callout stays by its point, or gives way to the place's name.
      far: hosts && !unchanged && (!compact || changed),
      label: {
        id,
        kind: hosts ? "unit" : "place",
        target: { kind: "place", id: p.place.id },
        lines: text,
        rows,
        point,
      },
    });
    if (hosts && compact)
      requests.push({
        id: `${id}:name`,
        unless: id,
        x: xy[0],
        y: xy[1],
        ...sized([p.place.name], compact, 0, typeScale),
        priority: priority + 0.1,
        gap: MARKER_R + 3,
        label: { id, kind: "place", target: { kind: "place", id: p.place.id }, lines: [p.place.name], point },
      });
  }

  // The rotation, as arcs between seats.
  for (const hop of layers.hops) {
    const a = placeXY.get(hop.from.id);
    const b = placeXY.get(hop.to.id);
    if (!a || !b) continue;
    lines.push({
      id: `hop:${hop.unit.id}:${hop.from.id}:${hop.to.id}`,
      kind: "hop",
      d: arc(a, b, 0.35, 0, 0),
      status: hop.status,
      target: { kind: "unit", id: hop.unit.id },
    });
  }

  // Nations: label at the largest part's centre, when it is on screen.
  const supported = new Set(layers.nations.filter((n) => n.primary?.role === "supported").map((n) => n.code));
  for (const nation of layers.nations) {
    const shape = countryOf(atlas, nation.code);
    const xy = shape ? project(shape.anchor) : null;
    if (!xy || !onScreen(xy, -8)) {
      offMap.push(nation);
      continue;
    }
    const role = nation.primary ? words.role(nation.primary.role) : "";
    // On a phone the supported nation keeps its role, in its first word ("Supported").
    const roleText = compact && nation.primary?.role === "supported" ? role.split(" ")[0]! : role;
    const text = nation.primary
      ? [nation.name, `${roleText} · ${statusWord(nation.primary.status)}`]
      : [nation.name];
    const change = words.change?.({ kind: "nation", code: nation.code });
    // A nation's compare mark stays even on a phone: it is what compare mode is for.
    const shown = [
      ...(compact && !supported.has(nation.code) ? text.slice(0, 1) : text),
      ...(change ? [change] : []),
    ];
    const id = `nation:${nation.code}`;
    const outline = shape && (() => ringsOf(nation.code, shape.geometry));
    // In compare mode a changed nation's label is what the map is for: it is placed before the
    // notes and the other nations, only after the supported nation and the seats' callouts.
    const priority = nation.primary?.role === "supported" ? 2 : change ? 4 : nation.primary ? 17 : 40;
    const request = (lines: string[], extra: Partial<LabelRequest>) =>
      requests.push({
        id,
        x: xy[0],
        y: xy[1],
        ...sized(lines, compact, 0, typeScale),
        priority,
        centred: true,
        accepts: outline ? (box) => onShape(outline(), centreOf(box)) : undefined,
        ...extra,
        label: {
          id,
          kind: "country",
          target: { kind: "nation", code: nation.code },
          lines,
          ...(nation.primary ? { status: nation.primary.status } : {}),
          point: { x: xy[0], y: xy[1] },
        },
      });
    request(shown, {});
    // Where the name with its role finds no room on its country (Ukraine beside Kyiv's callout on
    // a phone), the name alone may: tried right after, only if the longer one was left out.
    const short = [nation.name, ...(change ? [change] : [])];
    if (short.length < shown.length)
      request(short, { id: `${id}:short`, priority: priority + 0.5, unless: id });
  }

  // Sea: the notional lane from the ports to the way out of the sea.
  if (domains.has("sea") && layers.sea) {
    let labelled = false;
    for (const lane of layers.sea.lanes) {
      const a = placeXY.get(lane.from.id);
      const b = placeXY.get(lane.to.id);
      if (!a || !b) continue;
      lines.push({
        id: `lane:${lane.from.id}`,
        kind: "lane",
        d: `M${a[0]},${a[1]}L${b[0]},${b[1]}`,
        status: layers.sea.unit.status,
        target: { kind: "unit", id: layers.sea.unit.id },
      });
      if (!labelled) {
        labelled = true;
        const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        const text = compact
          ? ["Notional lane,", "not an official route"]
          : ["Sea lane: notional,", "not an official route"];
        // On a phone it keeps off the sea leads' names (it stood on Romania's and Bulgaria's,
        // and a tap on them opened the sea line instead).
        note("lane", layers.sea.unit.id, text, mid, { priority: 8, gap: 10, far: true, yields: compact });
      }
    }
  }

  // Air: the country's airspace, notional; its label sits under the country's own label.
  if (domains.has("air") && layers.air) {
    const shape = countryOf(atlas, layers.air.country);
    const xy = shape ? project(shape.anchor) : null;
    if (xy && onScreen(xy)) {
      const short = ["Air policing area:", "notional"];
      // Under the country's name, or elsewhere over the country's striped area, never on a
      // neighbour's name (a sea lead's, Romania's): where the full note finds no room, the short
      // one may; where neither does, the key says it.
      const country = layers.air.country;
      const placing = {
        below: 18,
        centred: true,
        yields: true,
        accepts: (box: Box) =>
          !!shape && pointsOf(box).some((point) => onShape(ringsOf(country, shape.geometry), point)),
      };
      if (compact) note("air", layers.air.unit.id, short, xy, { ...placing, priority: 9 });
      else {
        const text = ["Air policing area: notional,", "not an official zone"];
        note("air", layers.air.unit.id, text, xy, { ...placing, priority: 9 });
        note("air", layers.air.unit.id, short, xy, { ...placing, priority: 9.5, shorter: true });
      }
    }
  }

  // Land: notional flows of supply and training into the country.
  if (domains.has("land") && layers.land) {
    const target = countryOf(atlas, layers.land.country);
    const to = target ? project(target.anchor) : null;
    let labelled = false;
    if (to) {
      for (const role of layers.land.flows) {
        const shape = countryOf(atlas, role.nation);
        const from = shape ? project(shape.anchor) : null;
        if (!from || !onScreen(from, -8)) continue;
        lines.push({
          id: `flow:${role.nation}`,
          kind: "flow",
          d: arc(from, to, 0.18, 14, 26),
          status: role.status,
          target: { kind: "nation", code: role.nation },
        });
        if (!labelled) {
          labelled = true;
          const text = ["Land support flows:", "notional"];
          const mid: [number, number] = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
          note("land", layers.land.unit.id, text, mid, { priority: 35, gap: 8 });
        }
      }
    }
  }

  const points = markers.map((m) => ({
    x: m.x - MARKER_R - 1,
    y: m.y - MARKER_R - 1,
    w: 2 * MARKER_R + 2,
    h: 2 * MARKER_R + 2,
  }));
  const placed = placeLabels(requests, points, { x: 2, y: 2, w: width - 4, h: height - 4 });
  const labels: SceneLabel[] = [];
  for (const r of requests) {
    const spot = placed.get(r.id);
    if (spot) labels.push({ ...r.label, box: spot.box, anchor: spot.anchor });
  }
  return { markers, lines, labels, offMap };
}

/**
 * A gentle arc from a to b, bowed to the left of the direction of travel by `bow` × length,
 * trimmed by `trimStart` and `trimEnd` pixels so arrows stop short of their markers.
 */
export function arc(
  a: [number, number],
  b: [number, number],
  bow: number,
  trimStart: number,
  trimEnd: number,
): string {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy) || 1;
  const control: [number, number] = [
    (a[0] + b[0]) / 2 + (dy / length) * length * bow,
    (a[1] + b[1]) / 2 - (dx / length) * length * bow,
  ];
  const trim = (p: [number, number], towards: [number, number], by: number): [number, number] => {
    const d = Math.hypot(towards[0] - p[0], towards[1] - p[1]) || 1;
    const t = Math.min(by / d, 0.45);
    return [p[0] + (towards[0] - p[0]) * t, p[1] + (towards[1] - p[1]) * t];
  };
  const start = trim(a, control, trimStart);
  const end = trim(b, control, trimEnd);
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(start[0])},${r(start[1])}Q${r(control[0])},${r(control[1])} ${r(end[0])},${r(end[1])}`;
}

/** The least distance between two markers' centres on screen, in px: a click target each. */
const MARKER_SPREAD = 18;
/** The most places set apart on one ring (a ring of 12 stands 35 px from its middle). */
const MAX_RING = 12;

/**
 * Points closer than `gap` to another (by chains of such neighbours) are set evenly on a small ring
 * round their middle, in the order they stand round it, the ring turned so each stays on its own
 * side; the rest keep their place. As the closest pair nears `gap` apart (zooming in), the ring
 * eases back onto the true points, so nothing jumps. `moved` says which were set apart.
 */
export function spreadMarkers(
  points: readonly { x: number; y: number }[],
  gap: number,
): { x: number; y: number; moved: boolean }[] {
  const out = points.map((p) => ({ x: p.x, y: p.y, moved: false }));
  const group = points.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  // A cell holding more points than a ring takes is left as it is: such a ring would stand far
  // from its places.
  const close = closePairs(points, gap, MAX_RING);
  const pairs = close.pairs.filter(([, j]) => !close.crowded.has(j));
  for (const [i, j] of pairs) group[root(j)] = root(i);
  const closest = new Map<number, number>();
  for (const [i, , d] of pairs) closest.set(root(i), Math.min(closest.get(root(i)) ?? Infinity, d));
  const members = new Map<number, number[]>();
  points.forEach((_, i) => {
    const ring = members.get(root(i));
    if (ring) ring.push(i);
    else members.set(root(i), [i]);
  });
  for (const [top, ids] of members) {
    const n = ids.length;
    if (n < 2 || n > MAX_RING) continue;
    const cx = ids.reduce((sum, i) => sum + points[i]!.x, 0) / n;
    const cy = ids.reduce((sum, i) => sum + points[i]!.y, 0) / n;
    // Neighbours on the ring are one chord apart: gap = 2r·sin(π/n).
    const r = gap / (2 * Math.sin(Math.PI / n));
    // Points on the same spot go round from the top, in the order given.
    const angle = (i: number, k: number) =>
      points[i]!.x === cx && points[i]!.y === cy
        ? -Math.PI / 2 + (2 * Math.PI * k) / n
        : Math.atan2(points[i]!.y - cy, points[i]!.x - cx);
    const round = ids.map((i, k) => ({ i, a: angle(i, k) })).sort((p, q) => p.a - q.a);
    // The ring's turn that moves the points least: θ = −arg Σ conj(p_k − c)·e^(2πik/n).
    let re = 0;
    let im = 0;
    round.forEach(({ i }, k) => {
      const [zx, zy] = [points[i]!.x - cx, points[i]!.y - cy];
      const [wx, wy] = [Math.cos((2 * Math.PI * k) / n), Math.sin((2 * Math.PI * k) / n)];
      re += zx * wx + zy * wy;
      im += zx * wy - zy * wx;
    });
    const turn = Math.hypot(re, im) < 1e-9 ? -Math.PI / 2 : -Math.atan2(im, re);
    // Wholly on the ring while the closest pair is under half the gap apart; eased off beyond.
    const onRing = Math.min(1, (gap - closest.get(top)!) / (gap / 2));
    round.forEach(({ i }, k) => {
      const a = turn + (2 * Math.PI * k) / n;
      const [x, y] = [cx + r * Math.cos(a), cy + r * Math.sin(a)];
      const p = points[i]!;
      out[i] = { x: p.x + (x - p.x) * onRing, y: p.y + (y - p.y) * onRing, moved: true };
    });
  }
  return out;
}

/**
 * Where a click or tap hits each place marker, from one look at which markers are close (the map
 * is rebuilt on every zoom frame):
 * - `radii`: how far around a marker it still hits: 12 px, shrunk to half the distance to the
 *   nearest other marker, so close places (Odesa's ports) each keep their own;
 * - `covered`: the markers a tap cannot reach at this zoom. A place closer than two least targets
 *   (8 px) to one the map names there (London's dot over Northwood's, Odesa's over its two ports,
 *   on a phone's map) lies under it, and the tap goes to the named place. Zooming in (or Tab)
 *   reaches the other.
 */
export function markerTargets(markers: readonly { x: number; y: number; named?: boolean }[]): {
  radii: number[];
  covered: Set<number>;
} {
  // Only a neighbour under 24 px away shrinks a target. The markers of a grid cell holding more
  // than a ring's worth get the least target without measuring each other (a pile on one spot).
  const { pairs, crowded } = closePairs(markers, 24, MAX_RING);
  const nearest = markers.map((_, i) => (crowded.has(i) ? 0 : Infinity));
  const covered = new Set<number>();
  for (const [i, j, d] of pairs) {
    nearest[i] = Math.min(nearest[i]!, d);
    nearest[j] = Math.min(nearest[j]!, d);
    if (d >= 8) continue;
    if (markers[i]!.named && !markers[j]!.named) covered.add(j);
    if (markers[j]!.named && !markers[i]!.named) covered.add(i);
  }
  return { radii: nearest.map((d) => Math.max(4, Math.min(12, d / 2))), covered };
}

/**
 * Every pair of points closer than `within`, with their distance, found through a grid of that
 * cell size: a point meets only the points of the 3 × 3 cells round its own, as a model may have
 * thousands of places and the scene is rebuilt on every zoom frame. The points of a cell of more
 * than `most` are listed as `crowded` and not measured against each other (a pile on one spot),
 * only against their uncrowded neighbours.
 */
function closePairs(
  points: readonly { x: number; y: number }[],
  within: number,
  most: number,
): { pairs: [number, number, number][]; crowded: Set<number> } {
  const cells = new Map<string, number[]>();
  const cellOf = (p: { x: number; y: number }) =>
    [Math.floor(p.x / within), Math.floor(p.y / within)] as const;
  points.forEach((p, i) => {
    const key = cellOf(p).join(",");
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  const crowded = new Set([...cells.values()].filter((ids) => ids.length > most).flat());
  const pairs: [number, number, number][] = [];
  points.forEach((p, i) => {
    if (crowded.has(i)) return;
    const [cx, cy] = cellOf(p);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          // Each pair once: from its lower index, or from its uncrowded point.
          if (j === i || (j < i && !crowded.has(j))) continue;
          const d = Math.hypot(p.x - points[j]!.x, p.y - points[j]!.y);
          if (d < within) pairs.push([i, j, d]);
        }
  });
  return { pairs, crowded };
}

type ProjectedRing = ([number, number] | null)[];

const centreOf = (box: Box) => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 });

/** A box's centre, corners and the middles of its sides: enough to tell whether it covers a shape. */
const pointsOf = (box: Box) =>
  [0, 0.5, 1].flatMap((fx) => [0, 0.5, 1].map((fy) => ({ x: box.x + fx * box.w, y: box.y + fy * box.h })));

/** A country's rings as drawn on screen (a point that does not project is null). */
function projectRings(
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon,
  project: (lonLat: LonLat) => [number, number] | null,
): ProjectedRing[] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().map((ring) => ring.map((lonLat) => project(lonLat as LonLat)));
}

/**
 * Whether a screen point lies on a country's projected rings (even-odd rule over every ring, so
 * a hole such as an enclave is not on it). An edge to a point that does not project is skipped.
 */
function onShape(rings: readonly ProjectedRing[], { x, y }: { x: number; y: number }): boolean {
  let inside = false;
  for (const points of rings) {
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [a, b] = [points[i], points[j]];
      if (!a || !b) continue;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}
