// The timeline's date axis: the stages at their real dates on a d3 UTC time scale, month ticks,
// and a leader from each date to its stage's card below. Loaded lazily (d3-scale stays out of
// the first bundle); its slot has the same fixed height, so nothing moves when it arrives.
import { useMemo, useRef } from "react";
import type { ComparePair, Stage } from "../../model";
import { layoutTimeline } from "../../layout/timeline";
import { AXIS_HEIGHT } from "./axis-height";
import { snapshotAxisWidth } from "../chart/snapshot-frame";
import { useElementSize } from "../common/useElementSize";

/** Used until the axis has been measured (and in tests without layout). */
const FALLBACK_WIDTH = 960;
const AXIS_Y = 24;
const HEIGHT = AXIS_HEIGHT;

type Props = {
  /** In date order, as the cards below are. */
  stages: readonly Pick<Stage, "id" | "date" | "name">[];
  /** Index of the stage shown (outside compare mode). */
  current: number;
  pair: ComparePair | null;
};

export default function TimelineAxis({ stages, current, pair }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // Taking over the prerendered page: the snapshot's axis had this width (and the axis's fixed
  // height), so measuring it finds the same and draws nothing a second time.
  const width = useElementSize(box, () => ({ w: snapshotAxisWidth(), h: HEIGHT })).w || FALLBACK_WIDTH;
  const layout = useMemo(
    () => layoutTimeline(stages, width, pair ? [pair.from, pair.to] : []),
    [stages, width, pair],
  );
  const stop = (id: string) => layout.stops.find((s) => s.id === id);
  const at = (id: string) => stages.findIndex((s) => s.id === id);
  const inPair = (i: number) => pair !== null && i >= at(pair.from) && i <= at(pair.to);
  const chosen = (id: string, i: number) => (pair ? id === pair.from || id === pair.to : i === current);
  return (
    <div className="timeline-axis" ref={box} style={{ height: HEIGHT }} aria-hidden="true">
      <svg width={width} height={HEIGHT}>
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
        {layout.stops.map((s, i) => (
          <g
            key={s.id}
            className={`axis-stop${chosen(s.id, i) ? " is-chosen" : ""}${inPair(i) ? " is-in-pair" : ""}`}
          >
            <path
              d={`M${s.x},${AXIS_Y + 6}L${s.x},${AXIS_Y + 9}L${s.slotX},${HEIGHT - 2}L${s.slotX},${HEIGHT}`}
              className="leader"
            />
            {/* A diamond on the date: filled when chosen, so it is not told by colour alone. */}
            <path d={`M${s.x},${AXIS_Y - 7}l7,7l-7,7l-7,-7z`} className="stop-mark" />
          </g>
        ))}
      </svg>
    </div>
  );
}
