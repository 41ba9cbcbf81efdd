// The sources view's order and filters, as pure functions.
import { gradeRank, isoDateValue } from "../../model";
import type { Grade, Source } from "../../model";

export type SourceSort = "grade" | "newest" | "oldest";
/** A source's grade for the filter; "none" for a source without one. */
export type GradeKey = Grade | "none";

export const gradeKey = (s: Source): GradeKey => s.grade ?? "none";
export const yearOf = (s: Source) => s.date.slice(0, 4);
const dateValue = (s: Source) => isoDateValue(s.date) ?? 0;

/** Sources sorted as asked: by grade, strongest first (then newest), or by date (then strongest). */
export function sortSources(sources: readonly Source[], sort: SourceSort): Source[] {
  return [...sources].sort((a, b) => {
    const byDate = dateValue(b) - dateValue(a);
    const byGrade = gradeRank(a.grade) - gradeRank(b.grade);
    const primary = sort === "grade" ? byGrade : sort === "newest" ? byDate : -byDate;
    return primary || (sort === "grade" ? byDate : byGrade) || a.title.localeCompare(b.title);
  });
}
