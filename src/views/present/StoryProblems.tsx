import type { Problem } from "../../model";

/** A story's broken steps, each with the place to fix it; the rest of the story still plays. */
export function StoryProblems({ problems, total }: { problems: readonly Problem[]; total: number }) {
  const skipped = [
    ...new Set(
      problems.map((p) => Number(/^\/story\/steps\/(\d+)/.exec(p.pointer)?.[1]) + 1).filter(Boolean),
    ),
  ];
  return (
    <div role="alert" className="load-error story-problems">
      <h2>
        The story has {problems.length} problem{problems.length === 1 ? "" : "s"}:{" "}
        {skipped.length === total
          ? "no step can be shown"
          : `step${skipped.length === 1 ? "" : "s"} ${skipped.join(", ")} of ${total} skipped`}
      </h2>
      <p>The rest of the story, and the whole model, still work. Fix the model file at these places:</p>
      <ol className="problem-list">
        {problems.map((problem, i) => (
          <li key={i}>
            <code className="pointer">{problem.pointer}</code> {problem.message}
          </li>
        ))}
      </ol>
    </div>
  );
}
