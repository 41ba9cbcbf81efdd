// A model's first view: the branches it opens, and, for the page's first model, the store set
// before React renders it (so the first render is the whole first view, drawn once).
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { validateModel } from "../../../src/model/validate";
import type { Model } from "../../../src/model";
import { modelKeys } from "../../../src/load/queries";
import type { ModelSource } from "../../../src/load/queries";
import { useAtlas } from "../../../src/state/store";
import { ancestorsOf } from "../../../src/state/selectors";
import { shownModelOf } from "../../../src/views/app/shown-model";
import { firstExpansion, showFirstModelWhenLoaded } from "../../../src/views/app/first-view";
import { synthModel } from "../../../bench/synth";

function valid(input: unknown): Model {
  const result = validateModel(input);
  if (!result.ok) throw new Error("invalid test model");
  return result.model;
}
const mnfu = valid(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../data/mnf-ukraine.json"), "utf8")),
);
const large = valid(synthModel(300));
const choice = { stage: null, hideWeak: false, statuses: [], compare: null };
const indexOf = (model: Model) => shownModelOf(model, choice).index;

describe("firstExpansion", () => {
  it("opens every branch of a small model", () => {
    const index = indexOf(mnfu);
    expect([...firstExpansion(index, null)].sort()).toEqual([...index.children.keys()].sort());
  });

  it("opens only the roots of a large model, and the way down to a selected unit", () => {
    const index = indexOf(large);
    const roots = index.roots.map((u) => u.id);
    expect([...firstExpansion(index, null)].sort()).toEqual([...roots].sort());
    const deep = [...index.units.keys()].find((id) => ancestorsOf(index, id).length >= 2)!;
    const open = firstExpansion(index, deep);
    for (const id of ancestorsOf(index, deep)) expect(open.has(id)).toBe(true);
    expect(open.size).toBeGreaterThan(roots.length);
  });
});

describe("showFirstModelWhenLoaded", () => {
  const first: ModelSource = { kind: "url", url: "/first.json" };
  const second: ModelSource = { kind: "url", url: "/second.json" };
  beforeEach(() => useAtlas.setState({ ...useAtlas.getInitialState(), requested: first }, true));

  it("puts the page's first model in the store, its branches open, as soon as it has loaded", async () => {
    const client = new QueryClient();
    showFirstModelWhenLoaded(client);
    expect(useAtlas.getState().shown).toBeNull();
    await client.fetchQuery({ queryKey: modelKeys.bySource(first), queryFn: () => large });
    const { shown, expanded } = useAtlas.getState();
    expect(shown).toBe(first);
    expect([...expanded].sort()).toEqual(
      indexOf(large)
        .roots.map((u) => u.id)
        .sort(),
    );
  });

  it("leaves a later model to the app's effects, and ignores a model no longer asked for", async () => {
    const client = new QueryClient();
    showFirstModelWhenLoaded(client);
    useAtlas.setState({ requested: second });
    await client.fetchQuery({ queryKey: modelKeys.bySource(first), queryFn: () => large });
    expect(useAtlas.getState().shown).toBeNull();
    await client.fetchQuery({ queryKey: modelKeys.bySource(second), queryFn: () => mnfu });
    expect(useAtlas.getState().shown).toBe(second);
    const opened = useAtlas.getState().expanded;
    useAtlas.setState({ requested: first, expanded: new Set() });
    await client.fetchQuery({ queryKey: modelKeys.bySource(first), queryFn: () => large, staleTime: 0 });
    expect(useAtlas.getState().shown).toBe(second);
    expect(useAtlas.getState().expanded.size).toBe(0);
    expect(opened.size).toBe(indexOf(mnfu).children.size);
  });
});
