// A story step in an embed (?story=default&step=3): the frame shows that step's view, stage and
// selection (marked, its details not opened), and the chart frames the step's units, as the
// presentation does; an unknown story or a step out of range gets a quiet notice, never a blank
// frame. The presentation room itself (full screen, keys, presenter window) stays in the app.
import { useEffect, useMemo } from "react";
import { playableStory } from "../../model";
import type { StoryStep } from "../../model";
import { useAtlas } from "../../state/store";
import type { ShownModel } from "../app/shown-model";

export type EmbedStep = { title: string; storyTitle: string; number: number; count: number; step: StoryStep };

/** The step the embed shows, or null (no story asked for, or none that can be shown). */
export function useEmbedStory(shown: ShownModel | null): EmbedStep | null {
  const position = useAtlas((s) => s.story);
  const model = shown?.model;
  const playable = useMemo(() => (model ? playableStory(model) : null), [model]);
  const known = playable !== null && position !== null && playable.story.id === position.id;
  const count = known ? playable.steps.length : 0;
  const number = known && count ? Math.min(Math.max(position.step, 1), count) : 0;
  const entry = known && number ? playable.steps[number - 1]! : null;

  useEffect(() => {
    if (!model || !position) return;
    if (!known)
      useAtlas.setState({
        story: null,
        notice: playable
          ? `This model has no story “${position.id}”, so the view is shown without it; its story is “${playable.story.id}”.`
          : `This model has no story to show (asked for “${position.id}”).`,
      });
    else if (!count) useAtlas.setState({ story: null, notice: "This story has no step that can be shown." });
    else if (number !== position.step)
      useAtlas.setState({
        story: { id: position.id, step: number },
        notice: `This story has ${count} steps, so step ${number} is shown.`,
      });
  }, [model, position, known, playable, count, number]);

  // The step sets the view, stage and selection; the views follow as they always do.
  useEffect(() => {
    if (!entry) return;
    const select = entry.step.select ?? {};
    useAtlas.setState({
      view: entry.step.view,
      stage: entry.step.stage,
      compare: null,
      selected: select.unit ?? null,
      selectedNation: select.unit ? null : (select.nation ?? null),
      selectedPlace: select.unit || select.nation ? null : (select.place ?? null),
      rotationStep: null,
      detailsOpen: false,
    });
  }, [entry]);

  return entry && playable
    ? { title: entry.step.title, storyTitle: playable.story.title, number, count, step: entry.step }
    : null;
}
