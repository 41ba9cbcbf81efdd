import type { Source } from "../../model";
import { gradeWords } from "../../model";
import { GradeIcon } from "./GradeIcon";

const MEANING: Record<string, string> = {
  official: "a government's or organisation's own text",
  wire: "a news agency, or an article carrying its copy",
  press: "a newspaper, broadcaster or news site reporting itself",
  analysis: "a research institute or think tank",
  aggregator: "a site that rewrites others' reporting",
  "not graded": "the model gives this source no grade",
};

/** How strong a source's outlet is, in words and as bars, beside its citation. */
export function GradeBadge({ source }: { source: Source | undefined }) {
  const words = gradeWords(source);
  return (
    <span
      className={`grade-badge grade-${source?.grade ?? "none"}`}
      title={`Source grade: ${MEANING[words]}`}
    >
      <GradeIcon grade={source?.grade} />
      <span className="visually-hidden">source grade: </span>
      {words}
    </span>
  );
}
