// The map's geography and layers: borders (Crimea within Ukraine), the fitted projection, the
// layers drawn from the default model, and labels that never overlap.
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoContains, geoDistance, geoInterpolate } from "d3-geo";
import type { Topology } from "topojson-specification";
import { feature } from "topojson-client";
import { validateModel } from "../../../src/model/validate";
import { resolveStage } from "../../../src/model/stages";
import type { Model, Role } from "../../../src/model/types";
import { indexModel } from "../../../src/state/selectors";
import {
  countryOf,
  fitProjection,
  landLayer,
  nationsOnMap,
  prepareAtlas,
  primaryRole,
  seaLayer,
  airLayer,
  placesOnMap,
  unplacedInDomain,
  currentSeat,
} from "../../../src/layout/map";
import {
  buildScene,
  lineBaselines,
  mapLayers,
  markerTargets,
  rowBox,
  spreadMarkers,
  wrapText,
} from "../../../src/layout/map-scene";
import { placeLabels } from "../../../src/layout/map-labels";
import type { Box } from "../../../src/layout/map-labels";
import { ISO_NUMERIC } from "../../../src/layout/map-countries";
import { ROLE_LABEL, STATUS_LABEL } from "../../../src/views/common/labels";

const repo = path.resolve(import.meta.dirname, "../../..");
type Marker = { x: number; y: number; named?: boolean };
const radiiOf = (markers: Marker[]) => markerTargets(markers).radii;
const coveredOf = (markers: Marker[]) => markerTargets(markers).covered;
const topology = JSON.parse(
  readFileSync(path.join(repo, "node_modules/world-atlas/countries-50m.json"), "utf8"),
) as Topology;
const atlas = prepareAtlas(topology);
const result = validateModel(JSON.parse(readFileSync(path.join(repo, "data/mnf-ukraine.json"), "utf8")));
if (!result.ok) throw new Error("default model is invalid");
const model: Model = result.model;
const at = (stage: string) => {
  const resolved = resolveStage(model, stage);
  return { resolved, index: indexModel(resolved) };
};
const WORDS = { role: (r: string) => r, status: (s: string) => s, date: (d: string) => d };
const ALL = new Set(["land", "air", "sea", "cyber", "space"] as const);

/** The map's scene at a stage on a w × h map, as the app builds it (compact below 640 px). */
const sceneAt = (stage: string, w: number, h: number) => {
  const { resolved, index } = at(stage);
  const projection = fitProjection(w, h);
  const scene = buildScene(mapLayers(resolved, index, null, "2026-01-01"), {
    width: w,
    height: h,
    compact: w < 640,
    domains: ALL,
    project: (p) => projection(p) as [number, number],
    atlas,
    words: WORDS,
  });
  return { scene, projection };
};

describe("world atlas", () => {
  it("shows Crimea within Ukraine's internationally recognised borders, not Russia's", () => {
    const simferopol: [number, number] = [34.1, 44.95];
    expect(geoContains(countryOf(atlas, "UA")!.geometry, simferopol)).toBe(true);
    expect(geoContains(countryOf(atlas, "RU")!.geometry, simferopol)).toBe(false);
    expect(geoContains(countryOf(atlas, "UA")!.geometry, [30.523, 50.45])).toBe(true);
  });

  it("draws no border between Crimea and mainland Ukraine", () => {
    // The Perekop isthmus: a border line there would mean Crimea is still a separate shape.
    const nearPerekop = atlas.borders.coordinates
      .flat()
      .filter(([lon, lat]) => lon! > 33.4 && lon! < 34.2 && lat! > 45.9 && lat! < 46.3);
    expect(nearPerekop).toEqual([]);
  });

  it("anchors France in Europe, not in French Guiana", () => {
    const [lon, lat] = countryOf(atlas, "FR")!.anchor;
    expect(lon).toBeGreaterThan(-5);
    expect(lat).toBeGreaterThan(42);
  });

  it("maps every ISO code in its table to the country of that name in world-atlas", () => {
    const collection = feature(
      topology,
      topology.objects.countries as never,
    ) as unknown as GeoJSON.FeatureCollection;
    const names = new Map(
      collection.features.map((f) => [String(f.id), (f.properties as { name: string }).name]),
    );
    const expected: Record<string, string> = {
      FR: "France",
      GB: "United Kingdom",
      UA: "Ukraine",
      US: "United States of America",
      TR: "Turkey",
      RO: "Romania",
      BG: "Bulgaria",
      CA: "Canada",
      DE: "Germany",
      IT: "Italy",
      PL: "Poland",
      MD: "Moldova",
      RU: "Russia",
    };
    for (const [code, name] of Object.entries(expected)) expect(names.get(ISO_NUMERIC[code]!)).toBe(name);
    for (const numeric of Object.values(ISO_NUMERIC)) expect(names.has(numeric)).toBe(true);
  });
});

describe("projection", () => {
  for (const [w, h] of [
    [905, 760],
    [350, 520],
  ] as const) {
    it(`keeps Paris, London, Kyiv, the ports and Istanbul inside a ${w}×${h} map`, () => {
      const projection = fitProjection(w, h);
      for (const p of model.places) {
        const [x, y] = projection([p.lon, p.lat])!;
        expect(x, p.id).toBeGreaterThan(0);
        expect(x, p.id).toBeLessThan(w);
        expect(y, p.id).toBeGreaterThan(0);
        expect(y, p.id).toBeLessThan(h);
      }
    });
  }

  it("does not crash on a zero-sized screen", () => {
    expect(() => fitProjection(0, 0)([2, 48])).not.toThrow();
  });
});

describe("layers from the default model", () => {
  it("colours each nation by its strongest current role", () => {
    const { resolved, index } = at("2026-01");
    const byCode = new Map(nationsOnMap(resolved, index).map((n) => [n.code, n.primary?.role ?? null]));
    expect(byCode.get("FR")).toBe("lead");
    expect(byCode.get("GB")).toBe("lead");
    expect(byCode.get("TR")).toBe("sea-lead");
    expect(byCode.get("UA")).toBe("supported");
    expect(byCode.get("US")).toBe("monitoring-lead");
    expect(byCode.get("PL")).toBe("logistics-lead");
    // Canada's January 2026 position (P-10: troops only "a possibility") is a claim, not a role.
    expect(byCode.get("CA")).toBeNull();
  });

  it("never colours a nation by a dropped role", () => {
    const role = { id: "x", nation: "FR", in: "u", sources: ["s"] };
    expect(
      primaryRole([
        { ...role, role: "lead", status: "dropped" },
        { ...role, id: "y", role: "member", status: "decided" },
      ] as Role[])?.role,
    ).toBe("member");
    expect(primaryRole([{ ...role, role: "lead", status: "dropped" }] as Role[])).toBeNull();
  });

  it("has no role for Ukraine in the spring 2025 options, so it is not coloured as supported then", () => {
    const { resolved, index } = at("2025-03");
    expect(nationsOnMap(resolved, index).find((n) => n.code === "UA")?.primary).toBeNull();
    expect(seaLayer(resolved, index)).toBeNull();
    expect(airLayer(resolved)).toBeNull();
  });

  it("draws the sea effort from Ukraine's ports, with the task group's nations, and a lane to the Bosphorus", () => {
    const { resolved, index } = at("2025-07");
    const sea = seaLayer(resolved, index)!;
    expect(sea.ports.map((p) => p.id).sort()).toEqual(["chornomorsk", "odesa", "pivdennyi"]);
    expect(sea.taskGroups[0]!.unit.id).toBe("mcm-black-sea");
    expect(sea.taskGroups[0]!.roles.map((r) => r.nation).sort()).toEqual(["BG", "RO", "TR"]);
    expect(sea.lanes.every((l) => l.to.id === "istanbul")).toBe(true);
  });

  it("keeps the notional lane at sea between the Odesa coast and the Bosphorus", () => {
    const { resolved, index } = at("2025-07");
    const land = Object.values(atlas.byId).length ? atlas.countries : [];
    for (const lane of seaLayer(resolved, index)!.lanes) {
      const along = geoInterpolate([lane.from.lon, lane.from.lat], [lane.to.lon, lane.to.lat]);
      const length = geoDistance([lane.from.lon, lane.from.lat], [lane.to.lon, lane.to.lat]);
      // Skip the first and last 30 km: the ports and Istanbul themselves are on the shore.
      const margin = 30 / 6371 / length;
      for (let t = margin; t <= 1 - margin; t += 0.02) {
        const point = along(t);
        const onLand = land.find((c) => geoContains(c.geometry, point));
        expect(onLand?.name, `${lane.from.id} lane at ${t.toFixed(2)}`).toBeUndefined();
      }
    }
  });

  it("draws the air effort over Ukraine and names no land flow the sources do not support", () => {
    const july = at("2025-07");
    expect(airLayer(july.resolved)?.country).toBe("UA");
    // July 2025: no nation holds a role in the land effort or the force, besides Ukraine itself.
    expect(landLayer(july.resolved, july.index)!.flows).toEqual([]);
    const january = at("2026-01");
    // January 2026: France and the UK, planned contributors by their declaration of intent (P-6).
    // Poland leads logistics for the coalition, not in the land effort; Canada, Germany and
    // Italy have reported positions, not roles (P-10): no flow from them.
    const flows = landLayer(january.resolved, january.index)!.flows;
    expect(flows.map((r) => r.nation).sort()).toEqual(["FR", "GB"]);
    expect(flows.map((r) => r.status)).toEqual(["planned", "planned"]);
  });

  it("puts the HQ's seats at Paris and London, and the year control picks the current one", () => {
    const { resolved } = at("2025-07");
    const places = placesOnMap(resolved, 0, "2026-01-01");
    const paris = places.find((p) => p.place.id === "paris")!;
    expect(paris.seats.some((s) => s.unit.id === "mnf-u-hq" && s.current)).toBe(true);
    const london = placesOnMap(resolved, 1, "2026-01-01").find((p) => p.place.id === "london")!;
    expect(london.seats.some((s) => s.current)).toBe(true);
    const hq = resolved.units.find((u) => u.id === "mnf-u-hq")!;
    expect(currentSeat(hq, 99, "2026-01-01")).toBe(hq.rotation!.seats.length - 1);
    expect(places.find((p) => p.place.id === "kyiv")!.units.map((u) => u.id)).toEqual(["kyiv-cell"]);
  });

  it("says in words, rather than drawing, the domains with no place", () => {
    const { resolved } = at("2025-07");
    // The CJF's cyber and space reach is a goal (S0-18, a planned claim), so the default model
    // has no cyber unit any more: add one without a place.
    const cyber = {
      ...resolved.units.find((u) => u.id === "cjf")!,
      id: "cyber-cell",
      domains: ["cyber" as const],
    };
    const placed = { ...cyber, id: "placed-cyber", place: "paris" };
    const withCyber = { ...resolved, units: [...resolved.units, cyber, placed] };
    expect(unplacedInDomain(withCyber, "cyber").map((u) => u.id)).toEqual(["cyber-cell"]);
    expect(unplacedInDomain(resolved, "cyber")).toEqual([]);
  });

  it("skips places with impossible coordinates instead of crashing", () => {
    const { resolved } = at("2025-07");
    const broken = {
      ...resolved,
      places: [...resolved.places, { id: "nowhere", name: "Nowhere", lat: 200, lon: Number.NaN }],
    };
    expect(placesOnMap(broken, null, "2026-01-01").some((p) => p.place.id === "nowhere")).toBe(false);
  });
});

describe("scene and labels", () => {
  const overlapping = (boxes: Box[]) => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) pairs.push([i, j]);
      }
    return pairs;
  };

  for (const [w, h] of [
    [905, 760],
    [350, 520],
  ] as const) {
    for (const stage of ["2025-03", "2025-07", "2026-01"]) {
      it(`places no two labels over each other at ${w}×${h}, stage ${stage}`, () => {
        const { scene } = sceneAt(stage, w, h);
        expect(overlapping(scene.labels.map((l) => l.box))).toEqual([]);
        for (const l of scene.labels) {
          expect(l.box.x).toBeGreaterThanOrEqual(0);
          expect(l.box.x + l.box.w).toBeLessThanOrEqual(w);
        }
      });
    }
  }

  it("names each country on that country, never on its neighbour, from a 300 px embed to a projector", () => {
    for (const [w, h] of [
      [300, 430],
      [320, 460],
      [350, 520],
      [560, 480],
      [905, 760],
    ] as const)
      for (const stage of ["2025-03", "2025-07", "2025-09", "2026-01"]) {
        const { scene, projection } = sceneAt(stage, w, h);
        for (const label of scene.labels.filter((l) => l.id.startsWith("nation:"))) {
          const centre = { x: label.box.x + label.box.w / 2, y: label.box.y + label.box.h / 2 };
          const atItsPoint = Math.hypot(centre.x - label.point.x, centre.y - label.point.y) < 1;
          const shape = countryOf(atlas, label.id.slice("nation:".length))!;
          const on = geoContains(shape.geometry, projection.invert!([centre.x, centre.y])!);
          expect(atItsPoint || on, `${label.lines[0]} at ${w}×${h}, stage ${stage}`).toBe(true);
        }
      }
  });

  it("labels Paris, London and Kyiv with their units, and Ukraine, on a projector-sized map", () => {
    const { resolved, index } = at("2026-01");
    const projection = fitProjection(905, 760);
    const scene = buildScene(mapLayers(resolved, index, null, "2026-01-01"), {
      width: 905,
      height: 760,
      compact: false,
      domains: ALL,
      project: (p) => projection(p) as [number, number],
      atlas,
      words: WORDS,
    });
    const ids = scene.labels.map((l) => l.id);
    for (const id of ["place:paris", "place:london", "place:kyiv", "nation:UA", "note:lane", "note:air"])
      expect(ids).toContain(id);
    const kyiv = scene.labels.find((l) => l.id === "place:kyiv")!;
    expect(kyiv.rows?.[0]).toMatchObject({ target: { kind: "unit", id: "kyiv-cell" }, dashed: true });
    expect(scene.offMap.map((n) => n.code).sort()).toEqual(["CA", "US"]);
  });

  it("names all three sea leads on the room's map of step 5, with the air note over Ukraine, not over a name", () => {
    // The step's words name Türkiye, Romania and Bulgaria; the air note stood on Romania's name.
    const appWords = {
      role: (r: keyof typeof ROLE_LABEL) => ROLE_LABEL[r],
      status: (s: keyof typeof STATUS_LABEL) => STATUS_LABEL[s],
      date: (d: string) => d,
    };
    const ukraine = countryOf(atlas, "UA")!;
    // The map's size in the presentation at 1920 × 1080 and 1366 × 768 (large type), and a laptop's.
    for (const [w, h, typeScale] of [
      [1920, 674, 1.2],
      [1366, 471, 1.2],
      [905, 760, 1],
    ] as const) {
      const { resolved, index } = at("2025-07");
      const projection = fitProjection(w, h);
      const scene = buildScene(mapLayers(resolved, index, null, "2026-01-01"), {
        width: w,
        height: h,
        compact: false,
        typeScale,
        domains: ALL,
        project: (p) => projection(p) as [number, number],
        atlas,
        words: appWords,
      });
      const ids = scene.labels.map((l) => l.id);
      for (const id of ["nation:TR", "nation:RO", "nation:BG", "note:air"])
        expect(ids, `${id} at ${w}×${h}`).toContain(id);
      const air = scene.labels.find((l) => l.id === "note:air")!.box;
      const corners = [0, 0.5, 1].flatMap((fx) =>
        [0, 0.5, 1].map((fy): [number, number] => [air.x + fx * air.w, air.y + fy * air.h]),
      );
      expect(
        corners.some((xy) => geoContains(ukraine.geometry, projection.invert!(xy)!)),
        `the air note stands on Ukraine at ${w}×${h}`,
      ).toBe(true);
      expect(overlapping(scene.labels.map((l) => l.box))).toEqual([]);
    }
  });

  it("keeps each callout by its point on a phone's map, giving way to the place's name, outside compare mode", () => {
    // Far off its point, Kyiv's callout stood over the Balkans and London's over France.
    for (const [w, h] of [
      [308, 288],
      [378, 288],
      [350, 520],
      [560, 381],
    ] as const)
      for (const stage of ["2025-07", "2025-09", "2026-01"]) {
        const { scene } = sceneAt(stage, w, h);
        for (const label of scene.labels.filter((l) => l.kind === "unit")) {
          const { box, point } = label;
          const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.w));
          const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.h));
          expect(Math.hypot(dx, dy), `${label.lines[0]} at ${w}×${h}, stage ${stage}`).toBeLessThanOrEqual(
            14,
          );
        }
        const ids = scene.labels.map((l) => l.id);
        expect(ids, `Paris and Kyiv named at ${w}×${h}, stage ${stage}`).toEqual(
          expect.arrayContaining(["place:paris", "place:kyiv"]),
        );
      }
  });

  it("sets no note over a sea lead's name on a phone's map, where a tap there opened the note", () => {
    // The notional lane's note stood over Romania and Bulgaria: tapping them opened the sea line.
    for (const [w, h] of [
      [308, 288],
      [378, 288],
      [350, 520],
    ] as const)
      for (const stage of ["2025-07", "2026-01"]) {
        const { scene, projection } = sceneAt(stage, w, h);
        for (const note of scene.labels.filter((l) => l.kind === "note"))
          for (const code of ["RO", "BG", "TR"]) {
            const [x, y] = projection(countryOf(atlas, code)!.anchor)!;
            const { box } = note;
            const over = x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h;
            expect(over, `${note.lines[0]} over ${code} at ${w}×${h}, stage ${stage}`).toBe(false);
          }
      }
  });

  it("moves a yielding note off a name still to come", () => {
    const placed = placeLabels(
      [
        { id: "note", x: 50, y: 30, w: 60, h: 10, priority: 0, centred: true, yields: true },
        { id: "name", x: 50, y: 30, w: 30, h: 10, priority: 1, centred: true },
      ],
      [],
      { x: 0, y: 0, w: 100, h: 60 },
    );
    expect(placed.has("name")).toBe(true);
    expect(placed.get("name")!.box).toEqual({ x: 35, y: 25, w: 30, h: 10 });
    const note = placed.get("note")!.box;
    expect(note.y + note.h <= 25 || note.y >= 35, "the note stands above or below the name").toBe(true);
  });

  it("keeps the first-priority label and drops one that cannot fit", () => {
    const placed = placeLabels(
      [
        { id: "a", x: 50, y: 50, w: 40, h: 10, priority: 0, centred: true },
        { id: "b", x: 50, y: 50, w: 40, h: 10, priority: 1, centred: true },
      ],
      [],
      { x: 0, y: 0, w: 100, h: 60 },
    );
    expect(placed.has("a")).toBe(true);
    expect(placed.get("b")?.box.y).not.toBe(placed.get("a")!.box.y);
  });

  it("wraps a row at spaces", () => {
    expect(wrapText("Kyiv cell · planned, only if Western forces deploy to Ukraine", 34)).toEqual([
      "Kyiv cell · planned, only if",
      "Western forces deploy to Ukraine",
    ]);
  });

  it("keeps a separator at the end of its line, never at the start of the next", () => {
    expect(wrapText("Coalition HQ · seat in other years · reported", 34)).toEqual([
      "Coalition HQ · seat in other",
      "years · reported",
    ]);
    expect(wrapText("Coalition HQ · seat in other years · reported", 38)).toEqual([
      "Coalition HQ · seat in other years ·",
      "reported",
    ]);
  });

  it("gives each callout row its own frame, apart from the next and inside the label's box", () => {
    for (const [w, h] of [
      [1280, 600],
      [1878, 700],
      [390, 500],
    ] as const) {
      const { scene } = sceneAt("2026-01", w, h);
      const callouts = scene.labels.filter((l) => l.rows && l.rows.length > 0);
      expect(callouts.length, `callouts at ${w} × ${h}`).toBeGreaterThan(0);
      for (const label of callouts) {
        const baselines = lineBaselines(label.lines.length, w < 640, label.rows);
        const frames = label.rows!.map((row) => rowBox(baselines, row));
        // Below the place's name, and above the box's bottom edge.
        expect(frames[0]!.top, label.lines[0]).toBeGreaterThan(baselines[0]!.dy + 3);
        expect(frames.at(-1)!.bottom, label.lines[0]).toBeLessThanOrEqual(label.box.h - 1);
        for (const [i, frame] of frames.entries()) {
          // Room below each row's last baseline for letters such as p and y (about 0.25 em).
          const last = baselines[label.rows![i]!.last]!;
          expect(frame.bottom - last.dy, label.lines[0]).toBeGreaterThanOrEqual(last.size * 0.3);
          if (i > 0) expect(frame.top - frames[i - 1]!.bottom, label.lines[0]).toBeGreaterThanOrEqual(1.5);
        }
      }
    }
  });
});

describe("close places", () => {
  const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.hypot(a.x - b.x, a.y - b.y);

  it("draws Odesa's three ports apart, each a click target of its own, from a laptop to a projector", () => {
    // A few pixels apart as the map opens, a click on Odesa could open Chornomorsk.
    for (const [w, h] of [
      [760, 480],
      [1230, 480],
      [1870, 700],
    ] as const) {
      const { scene } = sceneAt("2026-01", w, h);
      const ports = ["odesa", "chornomorsk", "pivdennyi"].map((id) =>
        scene.markers.find((m) => m.place.place.id === id)!,
      );
      const radii = radiiOf(scene.markers);
      for (const [i, a] of ports.entries()) {
        expect(a.at, `${a.place.place.id} keeps its true point at ${w}×${h}`).toBeDefined();
        expect(distance(a, a.at!), `${a.place.place.id} drawn near its point`).toBeLessThan(14);
        expect(radii[scene.markers.indexOf(a)]).toBeGreaterThan(8.9);
        for (const b of ports.slice(i + 1))
          expect(
            distance(a, b),
            `${a.place.place.id} to ${b.place.place.id} at ${w}×${h}`,
          ).toBeGreaterThanOrEqual(17.9);
      }
      // The ring is turned to move the ports least (Chornomorsk, south of Odesa, was drawn east of
      // it): turned any other way, they would stand further from their true points.
      const centre = {
        x: ports.reduce((sum, p) => sum + p.x, 0) / 3,
        y: ports.reduce((sum, p) => sum + p.y, 0) / 3,
      };
      const moved = (turn: number) =>
        ports.reduce((sum, p) => {
          const [dx, dy] = [p.x - centre.x, p.y - centre.y];
          const x = centre.x + dx * Math.cos(turn) - dy * Math.sin(turn);
          const y = centre.y + dx * Math.sin(turn) + dy * Math.cos(turn);
          return sum + (x - p.at!.x) ** 2 + (y - p.at!.y) ** 2;
        }, 0);
      for (const degrees of [-30, -10, 10, 30])
        expect(moved(0), `turned ${degrees}° at ${w}×${h}`).toBeLessThan(moved((degrees * Math.PI) / 180));
      // Places far apart stay on their points.
      expect(scene.markers.find((m) => m.place.place.id === "paris")!.at).toBeUndefined();
    }
  });

  it("keeps a phone's map as it was: places on their points, London and Odesa named", () => {
    // On a 334 px map the ring took the room of London's and Odesa's names.
    const { scene } = sceneAt("2026-01", 334, 523);
    expect(scene.markers.filter((m) => m.at)).toEqual([]);
    expect(scene.labels.map((l) => l.id)).toEqual(expect.arrayContaining(["place:london", "place:odesa"]));
  });

  it("sets close points on a ring in the order they stand, and leaves the rest alone", () => {
    const spread = spreadMarkers(
      [
        { x: 100, y: 100 },
        { x: 103, y: 100 },
        { x: 101, y: 104 },
        { x: 300, y: 100 },
      ],
      18,
    );
    expect(spread[3]).toEqual({ x: 300, y: 100, moved: false });
    const ring = spread.slice(0, 3);
    for (const [i, a] of ring.entries()) {
      expect(a.moved).toBe(true);
      for (const b of ring.slice(i + 1)) expect(distance(a, b)).toBeCloseTo(18, 6);
    }
    // The one to the right stays right, the one below stays below.
    expect(ring[1]!.x).toBeGreaterThan(ring[0]!.x);
    expect(ring[2]!.y).toBeGreaterThan(Math.max(ring[0]!.y, ring[1]!.y));
    // Close across a grid cell's edge (cells are the gap wide), they are still set apart.
    const across = spreadMarkers(
      [
        { x: 35.9, y: 53.9 },
        { x: 36.1, y: 54.1 },
      ],
      18,
    );
    expect(distance(across[0]!, across[1]!)).toBeCloseTo(18, 6);
    // Twenty on one spot would need a ring 57 px wide: they stay on their point.
    const pile = spreadMarkers(
      Array.from({ length: 20 }, () => ({ x: 5, y: 5 })),
      18,
    );
    expect(pile.every((p) => !p.moved && p.x === 5 && p.y === 5)).toBe(true);
    // Zooming in, the ring eases back onto the true points: no jump as a pair reaches the gap.
    const trueGaps = [17, 15, 12, 9, 4];
    const easing = trueGaps.map((d) => {
      const [a, b] = spreadMarkers(
        [
          { x: 0, y: 0 },
          { x: d, y: 0 },
        ],
        18,
      );
      return Math.round(distance(a!, b!) * 10) / 10;
    });
    expect(easing[0], "a pair 17 px apart, just inside the gap").toBeLessThan(17.5);
    easing.forEach((drawn, i) => expect(drawn).toBeGreaterThanOrEqual(trueGaps[i]!));
    easing.forEach((drawn) => expect(drawn).toBeLessThanOrEqual(18));
    expect(easing.slice(3)).toEqual([18, 18]);
    // Two on the same spot go apart, top then bottom.
    const same = spreadMarkers(
      [
        { x: 0, y: 0 },
        { x: 0, y: 0 },
      ],
      18,
    );
    expect(same.map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual([
      [0, -9],
      [0, 9],
    ]);
  });
});

describe("markerTargets", () => {
  it("keeps 12 px around a lone place and halves the gap between close ones", () => {
    expect(
      radiiOf([
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ]),
    ).toEqual([12, 12]);
    expect(
      radiiOf([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 100, y: 0 },
      ]),
    ).toEqual([5, 5, 12]);
    expect(
      radiiOf([
        { x: 0, y: 0 },
        { x: 2, y: 0 },
      ]),
    ).toEqual([4, 4]);
  });

  it("measures across grid cells, and gives a pile of places the least target", () => {
    // 23 px apart across a cell's edge (x = 24): still neighbours.
    expect(
      radiiOf([
        { x: 12, y: 5 },
        { x: 35, y: 5 },
      ]),
    ).toEqual([11.5, 11.5]);
    // Twenty places on one spot; one 30 px off is not near them, one 22 px off (in the next cell) is.
    const pile = radiiOf([
      ...Array.from({ length: 20 }, () => ({ x: 50, y: 50 })),
      { x: 80, y: 50 },
      { x: 50, y: 72 },
    ]);
    expect(pile.slice(0, 20)).toEqual(Array(20).fill(4));
    expect(pile.slice(20)).toEqual([12, 11]);
  });

  it("gives the taps of a close pile to the place the map names there", () => {
    // London's and Northwood's dots 2 px apart on a phone's map, Paris far off.
    const london = { x: 74, y: 13, named: true };
    const northwood = { x: 73, y: 11, named: false };
    const paris = { x: 82, y: 37, named: true };
    expect([...coveredOf([london, northwood, paris])]).toEqual([1]);
    expect([...coveredOf([northwood, london])]).toEqual([0]);
    // Two named places, or two unnamed, each keep their own: neither lies under the other.
    expect(coveredOf([london, { ...northwood, named: true }]).size).toBe(0);
    expect(coveredOf([{ ...london, named: false }, northwood]).size).toBe(0);
    // 8 px apart or more: both reachable.
    expect(coveredOf([london, { ...northwood, x: 82, y: 13 }]).size).toBe(0);
  });

  it("finds each place's nearest among 10,000 on screen", () => {
    // A 100 × 100 lattice 10 px apart: every place's nearest is 10 px off.
    const lattice = Array.from({ length: 10_000 }, (_, k) => ({
      x: (k % 100) * 10,
      y: Math.floor(k / 100) * 10,
    }));
    const radii = radiiOf(lattice);
    expect(radii.every((r) => r === 5)).toBe(true);
  });
});
