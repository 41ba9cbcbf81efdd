// The story: its steps' references are checked with JSON pointers, bad steps are skipped, and
// the default model's story is whole, sourced and in step with its stages.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { checkStory, playableStory } from "../../../src/model";
import { validateModel } from "../../../src/model/validate";
import type { Model } from "../../../src/model";
import { readUrlState, stepFromParam, urlStateOf } from "../../../src/state/url";
import { useAtlas } from "../../../src/state/store";

function load(path: string): Model {
  const v = validateModel(JSON.parse(readFileSync(path, "utf8")));
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return v.model;
}
const model = load("data/mnf-ukraine.json");

describe("the default story", () => {
  it("has 7 to 9 steps, every one playable, sourced and in a stage of the model", () => {
    const playable = playableStory(model)!;
    expect(playable.problems).toEqual([]);
    expect(playable.steps.length).toBeGreaterThanOrEqual(7);
    expect(playable.steps.length).toBeLessThanOrEqual(9);
    const sourceIds = new Set(model.meta.sources.map((s) => s.id));
    for (const { step } of playable.steps) {
      expect(step.sources.length).toBeGreaterThan(0);
      for (const id of step.sources) expect(sourceIds).toContain(id);
      expect(step.text.length).toBeLessThanOrEqual(600);
    }
  });

  it("walks the structure in the order of the brief, ending with September 2025 and January 2026", () => {
    const steps = model.story!.steps;
    expect(steps.map((s) => s.stage).slice(-2)).toEqual(["2025-09", "2026-01"]);
    expect(steps.some((s) => s.select?.unit === "kyiv-cell" && /only if forces deploy/i.test(s.text))).toBe(true);
    expect(steps.some((s) => s.select?.unit === "mnf-u-hq" && /assumption/.test(s.text))).toBe(true);
    expect(steps.some((s) => s.view === "map")).toBe(true);
    // Hedges kept: the force is planned, the pledges wait for a ceasefire.
    expect(steps.find((s) => s.stage === "2025-09")!.text).toMatch(/after a ceasefire/);
    expect(steps.find((s) => s.select?.unit === "mnf-u")!.text).toMatch(/planned/);
  });
});

describe("checkStory", () => {
  it("points at each step that names a stage, unit, nation, place or source the model lacks", () => {
    const broken: Model = {
      ...model,
      story: {
        id: "default",
        title: "Broken",
        steps: [
          { ...model.story!.steps[0]!, stage: "2027-01" },
          { ...model.story!.steps[1]!, select: { unit: "kyiv-cel" } },
          { ...model.story!.steps[2]!, zoom: ["mnf-u-hq", "nowhere"], sources: ["osw-2025-07", "no-such"] },
          { ...model.story!.steps[3]!, select: { nation: "ZZ" } },
          { ...model.story!.steps[4]!, select: { place: "atlantis" } },
          // The Kyiv cell is not in the March–April 2025 stage.
          { ...model.story!.steps[5]!, stage: "2025-03", select: { unit: "kyiv-cell" }, zoom: undefined },
          { ...model.story!.steps[6]!, select: { unit: "coalition", nation: "FR" } },
          model.story!.steps[7]!,
        ],
      },
    };
    expect(checkStory(broken).map((p) => p.pointer)).toEqual([
      "/story/steps/0/stage",
      "/story/steps/1/select/unit",
      "/story/steps/2/zoom/1",
      "/story/steps/2/sources/1",
      "/story/steps/3/select/nation",
      "/story/steps/4/select/place",
      "/story/steps/5/select/unit",
      "/story/steps/6/select",
    ]);
    const playable = playableStory(broken)!;
    expect(playable.steps.map((s) => s.index)).toEqual([7]);
  });

  it("reads the broken-story fixture: two problems, two steps left", () => {
    const fixture = load("tests/fixtures/broken-story.json");
    const playable = playableStory(fixture)!;
    expect(playable.problems.map((p) => p.pointer)).toEqual(["/story/steps/1/stage", "/story/steps/2/select/unit"]);
    expect(playable.steps.map((s) => s.step.title)).toEqual(["The force", "The headquarters"]);
  });

  it("rejects a step with an unknown view as a shape error, with its pointer", () => {
    const raw = JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8"));
    raw.story.steps[2].view = "timeline";
    const v = validateModel(raw);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.map((p) => p.pointer)).toContain("/story/steps/2/view");
  });
});

describe("the story and rooms in the URL", () => {
  it("reads ?story=default&step=3, ?focus=1, ?type=large and ?presenter=1", () => {
    const url = readUrlState("?story=default&step=3&focus=1&type=large&presenter=1");
    expect(url).toMatchObject({ story: "default", step: "3", focus: "1", type: "large", presenter: "1" });
    expect(stepFromParam("3")).toBe(3);
    expect(stepFromParam("0")).toBe(1);
    expect(stepFromParam("x")).toBe(1);
  });

  it("writes a presented step as ?story=…&step=… alone: the step sets view, stage and selection", () => {
    const state = {
      ...useAtlas.getState(),
      requested: { kind: "url" as const, url: "http://x/assets/mnf-ukraine.json" },
      selected: "kyiv-cell",
      stage: "2025-07",
      story: { id: "default", step: 4 },
      largeType: true,
    };
    const url = urlStateOf(state, "http://x/");
    expect(url).toMatchObject({ story: "default", step: "4", unit: null, stage: null, view: null, type: "large" });
  });
});
