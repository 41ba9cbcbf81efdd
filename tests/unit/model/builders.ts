// Minimal valid command model for unit tests: one source, one nation, one place, two units.
// Returns a fresh plain object each call, so tests can mutate it freely.
import { validateModel } from "../../../src/model/validate";
import type { Model } from "../../../src/model/types";

export type RawModel = Record<string, unknown> & {
  meta: Record<string, unknown> & { sources: Record<string, unknown>[] };
  places: Record<string, unknown>[];
  nations: Record<string, unknown>[];
  roles: Record<string, unknown>[];
  units: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  stages: Record<string, unknown>[];
};

export function minimalModel(): RawModel {
  return {
    format: "command-atlas/1",
    meta: {
      title: "Test model",
      description: "A minimal model for tests",
      asOf: "2025-07",
      licence: "CC-BY-4.0",
      sources: [
        {
          id: "src-a",
          title: "A source",
          publisher: "Publisher",
          date: "2025-07-10",
          url: "https://example.org/a",
        },
      ],
    },
    places: [{ id: "paris", name: "Paris", kind: "capital", country: "FR", lat: 48.85, lon: 2.35 }],
    nations: [{ code: "FR", name: "France" }],
    roles: [],
    units: [
      {
        id: "hq",
        name: "Headquarters",
        shortName: "HQ",
        kind: "headquarters",
        place: "paris",
        status: "decided",
        sources: ["src-a"],
        description: "The headquarters.",
      },
      {
        id: "cell",
        name: "Cell",
        shortName: "Cell",
        parent: "hq",
        kind: "coordination-cell",
        status: "planned",
        sources: ["src-a"],
        description: "A cell under the headquarters.",
      },
    ],
    relations: [],
    claims: [],
    stages: [],
  };
}

/** A stage header with no changes, for tests to extend. */
export function stage(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, name: `Stage ${id}`, date: "2025-07", summary: "A stage.", sources: ["src-a"], ...extra };
}

/** A rotation seat at paris, decided, citing src-a. */
export function seat(from: string, until: string, place = "paris"): Record<string, unknown> {
  return { place, from, until, status: "decided", sources: ["src-a"] };
}

/**
 * The minimal model with two stages, the later of which removes a unit (the liaison team "team",
 * under the cell) and France's role in it ("fr-team"): compare mode's removed items.
 */
export function removalModel(): RawModel {
  const raw = minimalModel();
  raw.meta.title = "Removal fixture";
  raw.units.push({
    id: "team",
    name: "Liaison team",
    shortName: "Team",
    parent: "cell",
    kind: "support-element",
    status: "proposed",
    sources: ["src-a"],
    description: "A team that a later stage drops from the plan.",
  });
  raw.roles.push({
    id: "fr-team",
    nation: "FR",
    role: "contributor",
    in: "team",
    status: "proposed",
    sources: ["src-a"],
  });
  raw.stages.push(
    stage("early", { name: "Early", date: "2025-01", summary: "The first plan." }),
    stage("late", {
      name: "Late",
      date: "2025-06",
      basedOn: "early",
      summary: "The team is gone.",
      remove: ["team", "fr-team"],
    }),
  );
  return raw;
}

/** The model a raw one validates to; a test fixture that does not validate fails with its problems. */
export function validModel(raw: unknown): Model {
  const result = validateModel(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.model;
}
