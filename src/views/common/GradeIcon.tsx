import type { Grade } from "../../model";
import { gradeRank } from "../../model";

const BARS = 4;

/**
 * A grade as filled bars, like a signal meter: four for official, none for an aggregator, so its
 * strength reads by shape; an ungraded source gets dashed, empty bars. The word is always beside it.
 */
export function GradeIcon({ grade }: { grade: Grade | undefined }) {
  const filled = grade ? BARS - gradeRank(grade) : 0;
  return (
    <svg
      className={`grade-icon grade-${grade ?? "none"}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {Array.from({ length: BARS }, (_, i) => {
        const h = 4 + i * 3.4;
        return (
          <rect
            key={i}
            x={1 + i * 3.8}
            y={15 - h}
            width={2.6}
            height={h}
            fill={i < filled ? "currentColor" : "none"}
            stroke="currentColor"
            strokeWidth={1}
            strokeDasharray={grade ? undefined : "1.5 1"}
          />
        );
      })}
    </svg>
  );
}
