// The timeline under the header: the model's stages on a real date axis, each with its date,
// name and one-line summary. Choosing one changes every view (a WAI-ARIA radio group: one Tab
// stop, arrow keys between stages, Home and End). In compare mode it shows the pair instead, and
// the compare controls choose it. On phones only the controls show; the header's select box
// chooses the stage. The axis, with d3-scale, loads lazily in a slot of fixed height, so the
// first bundle stays small and nothing below it moves when it arrives.
import { lazy, Suspense, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { stagesByDate } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { formatIsoDate } from "../common/labels";
import { CompareControls } from "../compare/CompareControls";
import { AXIS_HEIGHT } from "./axis-height";
import { shownStageName, stageColumnsTemplate } from "../../layout/stage-columns";
import "./timeline.css";

let loadedAxis: (typeof import("./TimelineAxis"))["default"] | null = null;
/**
 * Loads the axis's chunk; a strip drawn after that draws its axis at once, without a frame of
 * the empty slot (the app starts this early, and waits for it when it takes over the page's
 * prerendered first view: mount.tsx).
 */
export const preloadTimelineAxis = () =>
  import("./TimelineAxis").then((module) => {
    loadedAxis = module.default;
    return module;
  });
const LazyTimelineAxis = lazy(preloadTimelineAxis);

export function TimelineStrip() {
  const { model, stageId, comparison } = useShownModel();
  const setStage = useAtlas((s) => s.setStage);
  const stages = useMemo(() => stagesByDate(model), [model]);
  const radios = useRef<(HTMLButtonElement | null)[]>([]);
  const pair = comparison?.pair ?? null;
  const columns = useMemo(
    () => stageColumnsTemplate(stages, pair ? [pair.from, pair.to] : []),
    [stages, pair],
  );
  const current = Math.max(
    0,
    stages.findIndex((s) => s.id === stageId),
  );
  const inPair = (i: number) => {
    if (!pair) return false;
    const from = stages.findIndex((s) => s.id === pair.from);
    const to = stages.findIndex((s) => s.id === pair.to);
    return i >= from && i <= to;
  };

  const choose = (i: number) => {
    const stage = stages[i];
    if (!stage) return;
    setStage(stage.id);
    radios.current[i]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: stages.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    // Radio groups wrap around at the ends.
    choose((next + stages.length) % stages.length);
  };

  // Chosen once per strip: a component that changed from lazy to loaded would be drawn anew.
  const [TimelineAxis] = useState(() => loadedAxis ?? LazyTimelineAxis);

  const tag = (id: string) => (pair?.from === id ? "From" : pair?.to === id ? "To" : null);

  return (
    <section className={`timeline-strip${pair ? " is-comparing" : ""}`} aria-label="Timeline">
      <div className="timeline-main">
        {/* The date axis (with d3-scale) loads lazily, in a slot of its own fixed height. */}
        <Suspense
          fallback={<div className="timeline-axis" style={{ height: AXIS_HEIGHT }} aria-hidden="true" />}
        >
          <TimelineAxis stages={stages} current={current} pair={pair} />
        </Suspense>
        {pair ? (
          <ol className="timeline-stages" style={{ gridTemplateColumns: columns }}>
            {stages.map((stage, i) => (
              <li
                key={stage.id}
                className={`timeline-stage${tag(stage.id) ? " is-chosen" : ""}${inPair(i) ? " is-in-pair" : ""}`}
              >
                <StageWords stage={stage} tag={tag(stage.id)} />
              </li>
            ))}
          </ol>
        ) : (
          <div
            className="timeline-stages"
            role="radiogroup"
            aria-label="Stage"
            style={{ gridTemplateColumns: columns }}
            onKeyDown={onKeyDown}
          >
            {stages.map((stage, i) => (
              <button
                key={stage.id}
                ref={(el) => {
                  radios.current[i] = el;
                }}
                type="button"
                role="radio"
                aria-checked={i === current}
                aria-labelledby={`stage-${stage.id}-name stage-${stage.id}-date`}
                aria-describedby={`stage-${stage.id}-summary`}
                tabIndex={i === current ? 0 : -1}
                className={`timeline-stage${i === current ? " is-chosen" : ""}`}
                onClick={() => choose(i)}
              >
                <StageWords stage={stage} tag={null} />
              </button>
            ))}
          </div>
        )}
      </div>
      <CompareControls />
    </section>
  );
}

function StageWords({
  stage,
  tag,
}: {
  stage: { id: string; name: string; date: string; summary: string };
  tag: string | null;
}) {
  const date = formatIsoDate(stage.date);
  return (
    <>
      <span className="stage-when">
        {tag && <strong className="stage-tag">{tag}</strong>}
        <span className="stage-date" id={`stage-${stage.id}-date`}>
          {date}
        </span>
      </span>
      {/* A stage named after its date ("10 July 2025") does not repeat it. */}
      <span className="stage-name" id={`stage-${stage.id}-name`}>
        {shownStageName(stage)}
      </span>
      <span className="stage-summary" id={`stage-${stage.id}-summary`} title={stage.summary}>
        {stage.summary}
      </span>
    </>
  );
}
