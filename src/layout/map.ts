// The map's geography and its layers, as pure functions: no React, no DOM. Borders come from
// world-atlas (Natural Earth, 1:50m); every point, line and area drawn on them comes from the
// model's places, units and roles. Lanes, flows and areas are notional and say so.
import { geoArea, geoAzimuthalEqualArea, geoBounds, geoCentroid } from "d3-geo";
import type { GeoProjection } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import type { Domain, Place, ResolvedModel, Role, RoleKind, Status, Unit } from "../model";
import type { ModelIndex } from "../state/selectors";
import { linesOfEffort, supportedNations } from "../model/lines-of-effort";
import { seatIndexAt, seatsInOrder } from "./rotation";
import { ISO_NUMERIC } from "./map-countries";

type Area = GeoJSON.Polygon | GeoJSON.MultiPolygon;
export type LonLat = [number, number];

export type CountryShape = {
  /** ISO 3166-1 numeric code, or a name-based key for the few shapes without one (Kosovo). */
  id: string;
  name: string;
  geometry: Area;
  /** The largest part, for labels and flow ends: France's centre is in Europe, not in Guiana. */
  anchor: LonLat;
};

export type WorldAtlas = {
  countries: CountryShape[];
  byId: Map<string, CountryShape>;
  /** Land borders between two countries. */
  borders: GeoJSON.MultiLineString;
  /** Coastlines (arcs used by one country only). */
  coast: GeoJSON.MultiLineString;
};

/** Only countries near the frame are kept: far ones would never be seen and cost DOM. */
const REGION = { west: -35, east: 75, south: 20, north: 75 };

/**
 * Crimea, as world-atlas draws it (a separate polygon of Russia's shape), lies in this box. The
 * map shows it within Ukraine's internationally recognised borders (UN General Assembly
 * resolution 68/262); the legend says so.
 */
const CRIMEA_BOX = { west: 32, east: 37, south: 44, north: 46.5 };
const UKRAINE = "804";
const RUSSIA = "643";

type CountryObjects = { countries: GeometryCollection<{ name: string }> };

/** Turns world-atlas TopoJSON into the shapes the map draws, Crimea shown within Ukraine. */
export function prepareAtlas(topology: Topology): WorldAtlas {
  const topo = withCrimeaInUkraine(topology as unknown as Topology<CountryObjects>);
  const collection = topo.objects.countries;
  const countries: CountryShape[] = [];
  const byId = new Map<string, CountryShape>();
  for (const geometry of collection.geometries) {
    if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") continue;
    const f = feature(topo, geometry) as GeoJSON.Feature<Area, { name: string }>;
    const name = geometry.properties?.name ?? "";
    const [[west, south], [east, north]] = geoBounds(f);
    const crossesDateLine = west > east;
    if (!crossesDateLine && (east < REGION.west || west > REGION.east || north < REGION.south || south > REGION.north)) continue;
    const id = geometry.id !== undefined ? String(geometry.id) : `name:${name}`;
    const existing = byId.get(id);
    // A code shared by several shapes (Australia and its reefs) keeps the larger one.
    if (existing && geoArea(existing.geometry) >= geoArea(f.geometry)) continue;
    const shape: CountryShape = { id, name, geometry: f.geometry, anchor: anchorOf(f.geometry) };
    if (existing) countries.splice(countries.indexOf(existing), 1);
    countries.push(shape);
    byId.set(id, shape);
  }
  return {
    countries,
    byId,
    borders: mesh(topo, collection, (a, b) => a !== b) as GeoJSON.MultiLineString,
    coast: mesh(topo, collection, (a, b) => a === b) as GeoJSON.MultiLineString,
  };
}

function withCrimeaInUkraine(topology: Topology<CountryObjects>): Topology<CountryObjects> {
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => String(g.id) === RUSSIA);
  const ukraine = geometries.find((g) => String(g.id) === UKRAINE);
  if (!russia || !ukraine || russia.type !== "MultiPolygon") return topology;
  const parts = (feature(topology, russia) as GeoJSON.Feature<GeoJSON.MultiPolygon>).geometry.coordinates;
  const crimea = parts.findIndex((polygon) => {
    const ring = polygon[0] ?? [];
    return ring.length > 0 && ring.every(([lon, lat]) => lon! >= CRIMEA_BOX.west && lon! <= CRIMEA_BOX.east && lat! >= CRIMEA_BOX.south && lat! <= CRIMEA_BOX.north);
  });
  if (crimea < 0) return topology;
  const crimeaArcs = russia.arcs[crimea]!;
  const ukraineArcs = ukraine.type === "Polygon" ? [ukraine.arcs] : ukraine.type === "MultiPolygon" ? ukraine.arcs : null;
  if (!ukraineArcs) return topology;
  const newRussia: MultiPolygon<{ name: string }> = { ...russia, arcs: russia.arcs.filter((_, i) => i !== crimea) };
  const newUkraine: MultiPolygon<{ name: string }> = {
    type: "MultiPolygon",
    id: ukraine.id,
    properties: ukraine.properties as { name: string } | undefined,
    arcs: [...ukraineArcs, crimeaArcs],
  };
  return {
    ...topology,
    objects: {
      ...topology.objects,
      countries: {
        ...topology.objects.countries,
        geometries: geometries.map((g) => (g === russia ? newRussia : g === ukraine ? newUkraine : g)) as (Polygon<{ name: string }> | MultiPolygon<{ name: string }>)[],
      },
    },
  };
}

function anchorOf(geometry: Area): LonLat {
  if (geometry.type === "Polygon") return geoCentroid(geometry) as LonLat;
  let best: GeoJSON.Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: GeoJSON.Polygon = { type: "Polygon", coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return geoCentroid(best ?? geometry) as LonLat;
}

/** The shape of a nation, by the model's ISO alpha-2 code; undefined when world-atlas has none. */
export function countryOf(atlas: WorldAtlas, code: string): CountryShape | undefined {
  const numeric = ISO_NUMERIC[code];
  return numeric ? atlas.byId.get(numeric) : undefined;
}

/** Whether a nation's main part lies outside a map frame `width` × `height` drawn by `projection`. */
export function offFrame(
  atlas: WorldAtlas,
  code: string,
  projection: (lonLat: LonLat) => [number, number] | null,
  width: number,
  height: number,
): boolean {
  const shape = countryOf(atlas, code);
  const xy = shape ? projection(shape.anchor) : null;
  return !xy || xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height;
}

// ---------------------------------------------------------------------------------------------
// Projection

/** Europe from the Atlantic coast to the eastern Black Sea. */
export const EUROPE_FRAME = { west: -10, east: 44, south: 36, north: 60 };
/** On a narrow screen: London to the eastern Black Sea, so the places stay apart. */
export const CORE_FRAME = { west: -2, east: 42, south: 40.5, north: 53 };

type Frame = typeof EUROPE_FRAME;

function frameOutline(frame: Frame): GeoJSON.LineString {
  const coordinates: LonLat[] = [];
  const steps = 12;
  for (let i = 0; i <= steps; i++) coordinates.push([frame.west + ((frame.east - frame.west) * i) / steps, frame.north]);
  for (let i = 0; i <= steps; i++) coordinates.push([frame.west + ((frame.east - frame.west) * i) / steps, frame.south]);
  return { type: "LineString", coordinates };
}

/**
 * Lambert azimuthal equal-area centred on Europe (as EPSG:3035, moved east to take in the Black
 * Sea): areas compare fairly, which matters when nations are coloured by role.
 */
export function fitProjection(width: number, height: number, padding = 16): GeoProjection {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const frame = w < 640 ? CORE_FRAME : EUROPE_FRAME;
  const pad = Math.min(padding, w / 4, h / 4);
  return geoAzimuthalEqualArea()
    .rotate([-16, -50])
    .fitExtent(
      [
        [pad, pad],
        [w - pad, h - pad],
      ],
      frameOutline(frame),
    );
}

// ---------------------------------------------------------------------------------------------
// Layers from the model

/** Role kinds in the order that decides a nation's colour: the strongest role wins. */
export const ROLE_PRECEDENCE: readonly RoleKind[] = [
  "lead",
  "sea-lead",
  "monitoring-lead",
  "logistics-lead",
  "contributor",
  "participant",
  "member",
  "supported",
];
const STATUS_CERTAINTY: readonly Status[] = ["decided", "planned", "reported", "proposed", "dropped"];

export type NationOnMap = {
  code: string;
  name: string;
  /** The role that colours the nation; null when it holds no current role in this stage. */
  primary: Role | null;
  roles: Role[];
};

/** Every named nation with the role that colours it: the strongest role that is not dropped. */
export function nationsOnMap(resolved: ResolvedModel, index: ModelIndex): NationOnMap[] {
  return resolved.nations.map((nation) => {
    const roles = index.rolesByNation.get(nation.code) ?? [];
    return { code: nation.code, name: nation.name, primary: primaryRole(roles), roles };
  });
}

export function primaryRole(roles: readonly Role[]): Role | null {
  let best: Role | null = null;
  for (const role of roles) {
    if (role.status === "dropped") continue;
    if (!best || rank(role) < rank(best)) best = role;
  }
  return best;
}
const rank = (role: Role) => {
  const kind = ROLE_PRECEDENCE.indexOf(role.role);
  return (kind < 0 ? 99 : kind) * 10 + STATUS_CERTAINTY.indexOf(role.status);
};

/** What sits at a place in this stage: units based there, rotation seats, and dated events. */
export type PlaceOnMap = {
  place: Place;
  units: Unit[];
  seats: { unit: Unit; seat: NonNullable<Unit["rotation"]>["seats"][number]; current: boolean }[];
  claims: ResolvedModel["claims"];
};

export function placesOnMap(resolved: ResolvedModel, rotationStep: number | null, today: string): PlaceOnMap[] {
  const byPlace = new Map<string, PlaceOnMap>(resolved.places.map((place) => [place.id, { place, units: [], seats: [], claims: [] }]));
  for (const unit of resolved.units) {
    if (unit.place) byPlace.get(unit.place)?.units.push(unit);
    if (unit.rotation && unit.rotation.seats.length > 0) {
      const ordered = seatsInOrder(unit.rotation);
      const at = currentSeat(unit, rotationStep, today);
      ordered.forEach((seat, i) => byPlace.get(seat.place)?.seats.push({ unit, seat, current: i === at }));
    }
  }
  for (const claim of resolved.claims) if (claim.place) byPlace.get(claim.place)?.claims.push(claim);
  return [...byPlace.values()].filter((p) => validLonLat(p.place.lon, p.place.lat));
}

/** The index (in time order) of the seat the year control shows: the same rule as the chart's. */
export function currentSeat(unit: Unit, rotationStep: number | null, today: string): number {
  if (!unit.rotation || unit.rotation.seats.length === 0) return 0;
  const ordered = seatsInOrder(unit.rotation);
  const at = rotationStep ?? seatIndexAt({ ...unit.rotation, seats: ordered }, today);
  return Math.max(0, Math.min(at, ordered.length - 1));
}

export const validLonLat = (lon: number, lat: number) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/** A rotation drawn as hops between consecutive seats, each with its seat's status. */
export type RotationHop = { unit: Unit; from: Place; to: Place; status: Status };

export function rotationHops(resolved: ResolvedModel, index: ModelIndex): RotationHop[] {
  const hops: RotationHop[] = [];
  for (const unit of resolved.units) {
    if (!unit.rotation) continue;
    const seats = seatsInOrder(unit.rotation);
    for (let i = 1; i < seats.length; i++) {
      const from = index.places.get(seats[i - 1]!.place);
      const to = index.places.get(seats[i]!.place);
      if (from && to && from.id !== to.id && !hops.some((h) => h.unit === unit && ((h.from === from && h.to === to) || (h.from === to && h.to === from)))) {
        hops.push({ unit, from, to, status: seats[i]!.status });
      }
    }
  }
  return hops;
}

/**
 * The Bosphorus, at Istanbul, is the Black Sea's only way out to the world's sea lanes: the
 * notional lane runs from the supported nation's ports to it. Without that place, no lane.
 */
export const SEA_EXIT_PLACE = "istanbul";

export { supportedNations };

export type SeaLayer = {
  unit: Unit;
  /** Ports of the supported nation(s) that the sea line of effort keeps open. */
  ports: Place[];
  /** Nations leading the sea effort, and the nations of the task group it builds on. */
  leads: Role[];
  taskGroups: { unit: Unit; roles: Role[] }[];
  /** Notional lane: each port to the exit; never an official route. */
  lanes: { from: Place; to: Place }[];
};

export function seaLayer(resolved: ResolvedModel, index: ModelIndex): SeaLayer | null {
  const unit = linesOfEffort(resolved, "sea")[0];
  if (!unit) return null;
  const supported = new Set(supportedNations(resolved));
  const ports = resolved.places.filter((p) => p.kind === "port" && p.country && supported.has(p.country) && validLonLat(p.lon, p.lat));
  const leads = (index.rolesByUnit.get(unit.id) ?? []).filter((r) => r.status !== "dropped");
  const taskGroups = (index.relationsOf.get(unit.id) ?? [])
    .filter((r) => r.kind === "based-on" && r.from === unit.id && r.status !== "dropped")
    .map((r) => index.units.get(r.to))
    .filter((u): u is Unit => !!u)
    .map((u) => ({ unit: u, roles: (index.rolesByUnit.get(u.id) ?? []).filter((r) => r.status !== "dropped") }));
  const exit = index.places.get(SEA_EXIT_PLACE);
  const lanes = exit && validLonLat(exit.lon, exit.lat) ? ports.map((from) => ({ from, to: exit })) : [];
  return { unit, ports, leads, taskGroups, lanes };
}

export type AreaLayer = { unit: Unit; country: string };

/** Air line of effort: the airspace of the country it works in, drawn as a notional area. */
export function airLayer(resolved: ResolvedModel): AreaLayer | null {
  const unit = linesOfEffort(resolved, "air").find((u) => u.country);
  return unit?.country ? { unit, country: unit.country } : null;
}

const SENDING_ROLES = new Set<string>(["lead", "contributor", "logistics-lead"]);

export type LandLayer = {
  unit: Unit;
  country: string;
  /** Nations with a role in the land effort or in the force that holds it: notional flows. */
  flows: Role[];
};

/**
 * Land line of effort: supply and training flow from the nations that hold a role in it, or in
 * the force it belongs to, into the country it works in. Which nation sends what, the sources
 * do not say: the flows are notional.
 */
export function landLayer(resolved: ResolvedModel, index: ModelIndex): LandLayer | null {
  const unit = linesOfEffort(resolved, "land").find((u) => u.country);
  if (!unit?.country) return null;
  const holders = [unit.id];
  const parent = unit.parent ? index.units.get(unit.parent) : undefined;
  if (parent?.kind === "force") holders.push(parent.id);
  const flows = new Map<string, Role>();
  for (const id of holders) {
    for (const role of index.rolesByUnit.get(id) ?? []) {
      // Only nations that send something: a participant or member may not (Germany, say, is
      // reported to take part without basing forces in Ukraine).
      if (role.status === "dropped" || !SENDING_ROLES.has(role.role) || role.nation === unit.country) continue;
      const known = flows.get(role.nation);
      if (!known || rank(role) < rank(known)) flows.set(role.nation, role);
    }
  }
  return { unit, country: unit.country, flows: [...flows.values()] };
}

/** Units working in a domain that have no place or country: said in words, never drawn. */
export function unplacedInDomain(resolved: ResolvedModel, domain: Domain): Unit[] {
  return resolved.units.filter((u) => u.domains.includes(domain) && !u.place && !u.country && !u.rotation && u.status !== "dropped");
}

/** Which domains each map layer belongs to, for the domain toggles. */
export const MAP_DOMAINS: readonly Domain[] = ["land", "air", "sea", "cyber", "space"];
