// A story's step in the embed: its title and words above the view they describe, with the
// sources it rests on, as the presentation shows them. Loaded only when an embed asks for a story.
import { StepSources } from "../present/StepSources";
import type { EmbedStep } from "./useEmbedStory";

export default function EmbedStoryStep({ step }: { step: EmbedStep }) {
  return (
    <section className="embed-step" aria-labelledby="embed-step-title">
      <p className="embed-step-count">
        {step.storyTitle} · step {step.number} of {step.count}
      </p>
      <h2 id="embed-step-title">{step.title}</h2>
      <p>{step.step.text}</p>
      <StepSources ids={step.step.sources} />
    </section>
  );
}
