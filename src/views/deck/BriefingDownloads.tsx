// "Download deck (PowerPoint)" and "Download handout (PDF)": the story as files for a briefing
// room (issue 10). The deck code (pptxgenjs, jsPDF) loads only when one of these is pressed.
import { useId, useState } from "react";
import { playableStory, resolveStage, statementsOf } from "../../model";
import type { Model, Problem } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import type { Paper } from "../../deck/download";
import type { ViewStep } from "../../deck/build-deck";
import "./deck.css";

const defaultPaper = (): Paper => (/^en-(US|CA)$|^es-(MX|US)$/.test(navigator.language) ? "Letter" : "A4");

/**
 * The screen's view as a step of its own: its stage, its selection, the stage's sources. A model
 * without stages is shown as it stands, with its description and every source its statements cite.
 */
export function viewStep(model: Model, state: { view: string; stage: string | null; selected: string | null }): ViewStep {
  const stage = model.stages.find((s) => s.id === state.stage) ?? model.stages.find((s) => s.id === model.meta.defaultStage) ?? model.stages.at(-1);
  const view = state.view === "map" || state.view === "matrix" ? state.view : "chart";
  const name = view === "chart" ? "Command structure" : view === "map" ? "Who does what, where" : "Nations and their roles";
  const select = state.selected ? { unit: state.selected } : undefined;
  if (!stage) {
    const cited = new Set(statementsOf(resolveStage(model, null)).flatMap((s) => s.sources));
    return { title: name, text: model.meta.description, view, stage: null, sources: [...cited], select };
  }
  return { title: `${name}: ${stage.name}`, text: stage.summary, view, stage: stage.id, sources: stage.sources, select };
}

type Job = "deck" | "handout" | "view-slide" | "view-handout";
const JOB_WORDS: Record<Job, string> = {
  deck: "deck",
  handout: "handout",
  "view-slide": "slide of this view",
  "view-handout": "PDF of this view",
};

/**
 * The buttons, the handout's paper size and a live line saying what happened. Steps that cannot
 * be shown are listed (with their JSON pointers) before anything is downloaded: the files leave
 * them out and keep every other step.
 */
export function BriefingDownloads({ withView = false }: { withView?: boolean }) {
  const { model } = useShownModel();
  const [paper, setPaper] = useState<Paper>(defaultPaper);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const id = useId();
  const playable = playableStory(model);
  const problems: Problem[] = playable?.problems ?? [];
  const hasStory = (playable?.steps.length ?? 0) > 0;

  const run = async (job: Job) => {
    setBusy(true);
    setStatus(`Making the ${JOB_WORDS[job]}…`);
    try {
      const files = await import("../../deck/download");
      const state = useAtlas.getState();
      const step = viewStep(model, state);
      let saved: { name: string; note: string | null };
      if (job === "deck") saved = await files.downloadStoryDeck(model);
      else if (job === "handout") saved = await files.downloadStoryHandout(model, paper);
      else if (job === "view-slide") saved = await files.downloadViewSlide(model, step);
      else saved = await files.downloadViewHandout(model, step, paper);
      const left = problems.length && (job === "deck" || job === "handout") ? ` It leaves out the ${skippedSteps(problems)} listed above.` : "";
      setStatus(`Downloaded ${saved.name}.${left}${saved.note ? ` ${saved.note}` : ""}`);
    } catch (error) {
      setStatus(`The ${JOB_WORDS[job]} could not be made: ${error instanceof Error ? error.message : String(error)}. Your view is unchanged; try again.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="briefing-downloads" role="group" aria-label="Briefing files">
      {hasStory && (
        <>
          <button type="button" disabled={busy} onClick={() => void run("deck")}>
            Download deck (PowerPoint)
          </button>
          <button type="button" disabled={busy} onClick={() => void run("handout")}>
            Download handout (PDF)
          </button>
        </>
      )}
      {withView && (
        <>
          <button type="button" disabled={busy} onClick={() => void run("view-slide")}>
            This view as a slide
          </button>
          <button type="button" disabled={busy} onClick={() => void run("view-handout")}>
            This view as PDF
          </button>
        </>
      )}
      <label htmlFor={`${id}-paper`}>
        Handout paper
        <select id={`${id}-paper`} value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
          <option value="A4">A4</option>
          <option value="Letter">US Letter</option>
        </select>
      </label>
      {problems.length > 0 && hasStory && (
        <div className="briefing-problems" role="note">
          <p>The deck and handout leave out {skippedSteps(problems)}; every other step is in them:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.pointer}>
                <code>{p.pointer}</code> {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* A polite live region without the status role: the page's own status line stays the only one. */}
      <p className="briefing-status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
    </div>
  );
}

function skippedSteps(problems: readonly Problem[]): string {
  const steps = new Set(problems.map((p) => /^\/story\/steps\/(\d+)/.exec(p.pointer)?.[1]).filter(Boolean));
  return steps.size === 1 ? "1 step that cannot be shown" : `${steps.size} steps that cannot be shown`;
}
