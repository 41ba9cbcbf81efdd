// The steps of a model's story that can be shown, and the problems of those that cannot.
import { checkStory } from "./integrity";
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
