// Every source of the model, with its full citation, grade and link, and under it every statement
// of the shown stage that rests on it, each leading to its unit, nation or place (whose details
// lead back here). Sorted and filtered by grade and date. Loaded lazily.
import { useEffect, useMemo, useRef, useState } from "react";
import {
  GRADES,
  GRADE_LABEL,
  NOT_GRADED,
  stageName,
  stagesCitingSources,
  statementsBySource,
} from "../../model";
import type { CitedStatement } from "../../model";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { GradeBadge } from "../common/GradeBadge";
import { formatIsoDate, VIEW_NAME } from "../common/labels";
import { linkableUrl } from "../../lib/safe-url";
import { StatementItem } from "./StatementItem";
import { gradeKey, sortSources, yearOf } from "./sort-sources";
import type { GradeKey, SourceSort } from "./sort-sources";
import "./sources.css";
import { prefersReducedMotion } from "../common/media";

const SORT_LABEL: Record<SourceSort, string> = {
  grade: "Strongest grade first",
  newest: "Newest first",
  oldest: "Oldest first",
};
export default function SourcesView() {
  const { model, resolved, stageId, comparison } = useShownModel();
  const sourceInView = useAtlas((s) => s.sourceInView);
  const returnView = useAtlas((s) => s.returnView);
  const setView = useAtlas((s) => s.setView);
  const setStage = useAtlas((s) => s.setStage);
  const [sort, setSort] = useState<SourceSort>("grade");
  const [grades, setGrades] = useState<ReadonlySet<GradeKey>>(new Set());
  const [inYear, setInYear] = useState("");

  const stage = model.stages.find((s) => s.id === stageId);
  const cited = useMemo(() => statementsBySource(resolved, stage), [resolved, stage]);
  const citingStages = useMemo(() => stagesCitingSources(model), [model]);
  const years = useMemo(() => [...new Set(model.meta.sources.map(yearOf))].sort(), [model]);
  const presentGrades = useMemo(() => {
    const keys = new Set(model.meta.sources.map(gradeKey));
    return [...GRADES, "none" as const].filter((g) => keys.has(g));
  }, [model]);
  const shown = useMemo(
    () =>
      sortSources(model.meta.sources, sort).filter(
        (s) => (grades.size === 0 || grades.has(gradeKey(s))) && (!inYear || yearOf(s) === inYear),
      ),
    [model, sort, grades, inYear],
  );
  const hiddenInView = sourceInView !== null && !shown.some((s) => s.id === sourceInView);

  // Arriving from a unit's details: bring its source into view and put focus on it.
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!sourceInView) return;
    const article = list.current?.querySelector<HTMLElement>(
      `[data-source-id="${CSS.escape(sourceInView)}"]`,
    );
    if (!article) return;
    article.scrollIntoView?.({ block: "start", behavior: prefersReducedMotion() ? "auto" : "smooth" });
    article.focus({ preventScroll: true });
  }, [sourceInView]);

  const toggleGrade = (g: GradeKey) =>
    setGrades((now) => {
      const next = new Set(now);
      if (next.has(g)) next.delete(g);
      else next.add(g);
      return next;
    });

  return (
    <section className="panel sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title" className="panel-title">
        All sources
      </h2>
      <p className="hint">
        Every source of this model ({model.meta.sources.length}), with its grade and the statements that rest
        on it{" "}
        {comparison
          ? `in “${stageName(model, comparison.pair.from)}” or “${stageName(model, comparison.pair.to)}”`
          : stage
            ? `at the stage “${stage.name}”`
            : "in the model"}
        . Select a unit, nation or place to see its details; its sources lead back here.
      </p>
      {returnView && returnView !== "sources" && (
        <p>
          <button type="button" className="link-button" onClick={() => setView(returnView)}>
            Back to the {VIEW_NAME[returnView]}
          </button>
        </p>
      )}
      <div className="sources-controls">
        <label>
          <span>Sort</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as SourceSort)}>
            {(Object.keys(SORT_LABEL) as SourceSort[]).map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Grade</legend>
          {presentGrades.map((g) => (
            <label key={g}>
              <input type="checkbox" checked={grades.has(g)} onChange={() => toggleGrade(g)} />
              {g === "none" ? NOT_GRADED : GRADE_LABEL[g]}
            </label>
          ))}
        </fieldset>
        <label>
          <span>Published in</span>
          <select value={inYear} onChange={(event) => setInYear(event.target.value)}>
            <option value="">Any year</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="sources-count" role="status">
        {shown.length === model.meta.sources.length
          ? `${shown.length} sources`
          : `${shown.length} of ${model.meta.sources.length} sources`}
        {hiddenInView ? " (the filters hide the source you came for)" : ""}
        {shown.length === 0 && (
          <>
            {": none match these filters. "}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setGrades(new Set());
                setInYear("");
              }}
            >
              Show every source
            </button>
          </>
        )}
      </p>
      <ol className="sources-list" ref={list}>
        {shown.map((source) => {
          const statements = cited.get(source.id) ?? [];
          const elsewhere = (citingStages.get(source.id) ?? []).filter((id) => id !== stageId);
          return (
            <li key={source.id}>
              <article
                className={`source-entry${source.id === sourceInView ? " is-in-view" : ""}`}
                data-source-id={source.id}
                id={`sources-view-${source.id}`}
                aria-labelledby={`sources-view-${source.id}-title`}
                tabIndex={-1}
              >
                <h3 id={`sources-view-${source.id}-title`}>
                  <cite>{source.title}</cite>
                </h3>
                <p className="source-citation">
                  <GradeBadge source={source} /> · {source.author && <>{source.author}, </>}
                  {source.original
                    ? `${source.original}, as carried by ${source.publisher}`
                    : source.publisher}
                  , {formatIsoDate(source.date)}.
                  {linkableUrl(source.url) && (
                    <>
                      {" "}
                      <a href={linkableUrl(source.url)!} target="_blank" rel="noopener noreferrer">
                        {source.url!.replace(/^https:\/\//, "")}
                      </a>
                    </>
                  )}
                </p>
                {source.note && <p className="source-note">{source.note}</p>}
                {statements.length > 0 ? (
                  <>
                    <h4>
                      {statements.length} {statements.length === 1 ? "statement rests" : "statements rest"} on
                      it
                    </h4>
                    <ul className="statement-list">
                      {statements.map((statement: CitedStatement) => (
                        <StatementItem key={`${statement.kind}:${statement.id}`} statement={statement} />
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="hint">
                    No statement rests on it at this stage.
                    {elsewhere.length > 0 && (
                      <>
                        {" "}
                        Cited at:{" "}
                        {elsewhere.map((id, i) => (
                          <span key={id}>
                            {i > 0 && ", "}
                            <button type="button" className="link-button" onClick={() => setStage(id)}>
                              {stageName(model, id)}
                            </button>
                          </span>
                        ))}
                        .
                      </>
                    )}
                  </p>
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
