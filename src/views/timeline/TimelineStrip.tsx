// The timeline under the header: the model's stages on a real date axis, each with its date,
// name and one-line summary. Choosing one changes every view (a WAI-ARIA radio group: one Tab
// stop, arrow keys between stages, Home and End). In compare mode it shows the pair instead, and
// the compare controls choose it. On phones only the controls show; the header's select box
// chooses the stage. Loaded lazily with d3-scale, so the first bundle stays small.
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { stagesByDate } from "../../model";
import { layoutTimeline } from "../../layout/timeline";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { formatIsoDate } from "../common/labels";
import { CompareControls } from "../compare/CompareControls";
import "./timeline.css";

/** Used until the strip has been measured (and in tests without layout). */
const FALLBACK_WIDTH = 960;
const AXIS_Y = 24;
const HEIGHT = 44;

export default function TimelineStrip() {
  const { model, stageId, comparison } = useShownModel();
  const setStage = useAtlas((s) => s.setStage);
  const stages = useMemo(() => stagesByDate(model), [model]);
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box) || FALLBACK_WIDTH;
  const layout = useMemo(() => layoutTimeline(stages, width), [stages, width]);
  const radios = useRef<(HTMLButtonElement | null)[]>([]);
  const pair = comparison?.pair ?? null;
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

  const stop = (id: string) => layout.stops.find((s) => s.id === id);
  const tag = (id: string) => (pair?.from === id ? "From" : pair?.to === id ? "To" : null);

  return (
    <section className={`timeline-strip${pair ? " is-comparing" : ""}`} aria-label="Timeline">
      <div className="timeline-main" ref={box}>
        <svg className="timeline-axis" width={width} height={HEIGHT} aria-hidden="true">
          <line x1={0} x2={width} y1={AXIS_Y} y2={AXIS_Y} className="axis-line" />
          {layout.ticks.map((tick) => (
            <g key={tick.x} transform={`translate(${tick.x},0)`} className="axis-tick">
              <line y1={AXIS_Y - 5} y2={AXIS_Y + 5} />
              <text y={AXIS_Y - 9} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
          {pair && stop(pair.from) && stop(pair.to) && (
            <line
              className="axis-range"
              x1={stop(pair.from)!.x}
              x2={stop(pair.to)!.x}
              y1={AXIS_Y}
              y2={AXIS_Y}
            />
          )}
          {layout.stops.map((s, i) => {
            const chosen = pair ? tag(s.id) !== null : i === current;
            return (
              <g
                key={s.id}
                className={`axis-stop${chosen ? " is-chosen" : ""}${inPair(i) ? " is-in-pair" : ""}`}
              >
                <path
                  d={`M${s.x},${AXIS_Y + 6}L${s.x},${AXIS_Y + 9}L${s.slotX},${HEIGHT - 2}L${s.slotX},${HEIGHT}`}
                  className="leader"
                />
                {/* A diamond on the date: filled when chosen, so it is not told by colour alone. */}
                <path d={`M${s.x},${AXIS_Y - 7}l7,7l-7,7l-7,-7z`} className="stop-mark" />
              </g>
            );
          })}
        </svg>
        {pair ? (
          <ol
            className="timeline-stages"
            style={{ gridTemplateColumns: `repeat(${stages.length}, minmax(0, 1fr))` }}
          >
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
            style={{ gridTemplateColumns: `repeat(${stages.length}, minmax(0, 1fr))` }}
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
        <span id={`stage-${stage.id}-date`}>{date}</span>
      </span>
      {/* A stage named after its date ("10 July 2025") does not repeat it. */}
      <span className="stage-name" id={`stage-${stage.id}-name`}>
        {stage.name === date ? "" : stage.name}
      </span>
      <span className="stage-summary" id={`stage-${stage.id}-summary`} title={stage.summary}>
        {stage.summary}
      </span>
    </>
  );
}

/** The element's width, kept up to date with a ResizeObserver (0 until measured). */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.round(element.clientWidth));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
