// The steps of a model's story that can be shown, and the problems of those that cannot.
// No zod here: the Present button on the app's first load asks which steps can be shown.
import { locateModel } from "./located";
import { resolveLocated } from "./stages";
import type { Model, Problem, Story, StoryStep } from "./types";

export type PlayableStory = {
  story: Story;
  /** The steps that can be shown, in order; `index` is the step's place in the model's list. */
  steps: { step: StoryStep; index: number }[];
  /** Every problem, with its JSON pointer; the steps they point into are skipped. */
  problems: Problem[];
};

const cache = new WeakMap<Model, PlayableStory | null>();

export function playableStory(model: Model): PlayableStory | null {
  if (cache.has(model)) return cache.get(model)!;
  const story = model.story;
  let result: PlayableStory | null = null;
  if (story) {
    const problems = checkStory(model);
    const broken = new Set(problems.map((p) => Number(/^\/story\/steps\/(\d+)/.exec(p.pointer)?.[1])));
    const steps = story.steps
      .map((step, index) => ({ step, index }))
      .filter(({ index }) => !broken.has(index));
    result = { story, steps, problems };
  }
  cache.set(model, result);
  return result;
}

/**
 * A story's references: each step's stage, selection, zoom and sources must exist, the unit and
 * the zoomed units in that step's own stage. Kept apart from checkIntegrity: a bad step is
 * skipped and reported, while the model itself stays usable.
 */
export function checkStory(model: Model): Problem[] {
  const story = model.story;
  if (!story) return [];
  const problems: Problem[] = [];
  const stageIds = new Set(model.stages.map((s) => s.id));
  const sourceIds = new Set(model.meta.sources.map((s) => s.id));
  const resolvedAt = new Map<string, ReturnType<typeof resolveLocated>>();
  const located = locateModel(model);
  story.steps.forEach((step, i) => {
    const p = `/story/steps/${i}`;
    if (!stageIds.has(step.stage)) {
      problems.push({
        pointer: `${p}/stage`,
        message: `Step ${i + 1} shows stage "${step.stage}", which this model does not have. Name one of: ${[...stageIds].join(", ") || "(no stages)"}.`,
      });
      return; // its units cannot be checked against a stage that does not exist
    }
    let state = resolvedAt.get(step.stage);
    if (!state) resolvedAt.set(step.stage, (state = resolveLocated(located, step.stage)));
    const select = step.select ?? {};
    const picked = (["unit", "nation", "place"] as const).filter((k) => select[k] !== undefined);
    if (picked.length > 1)
      problems.push({
        pointer: `${p}/select`,
        message: `Step ${i + 1} selects ${picked.join(" and ")}. Select one unit, nation or place.`,
      });
    if (select.unit !== undefined && !state.units.has(select.unit))
      problems.push({
        pointer: `${p}/select/unit`,
        message: `Step ${i + 1} selects unit "${select.unit}", which is not in stage "${step.stage}". Name a unit of that stage.`,
      });
    if (select.nation !== undefined && !state.nations.has(select.nation))
      problems.push({
        pointer: `${p}/select/nation`,
        message: `Step ${i + 1} selects nation "${select.nation}", which is not in stage "${step.stage}". Name a nation of that stage.`,
      });
    if (select.place !== undefined && !state.places.has(select.place))
      problems.push({
        pointer: `${p}/select/place`,
        message: `Step ${i + 1} selects place "${select.place}", which is not in stage "${step.stage}". Name a place of that stage.`,
      });
    step.zoom?.forEach((id, j) => {
      if (!state.units.has(id))
        problems.push({
          pointer: `${p}/zoom/${j}`,
          message: `Step ${i + 1} zooms to unit "${id}", which is not in stage "${step.stage}". Name a unit of that stage.`,
        });
    });
    step.sources.forEach((id, j) => {
      if (!sourceIds.has(id))
        problems.push({
          pointer: `${p}/sources/${j}`,
          message: `Step ${i + 1} cites source "${id}", which is not in meta.sources. Cite an existing source id.`,
        });
    });
  });
  return problems;
}
