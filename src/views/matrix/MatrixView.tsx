// Nations × lines of effort: a real, sortable table with the role, status and sources in each
// cell. It is also the text alternative to the map, so it lists every named nation.
import { useCallback, useMemo, useRef, useState } from "react";
import { buildMatrix, sortMatrixRows } from "../../layout/map-matrix";
import type { MatrixSort } from "../../layout/map-matrix";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { Citations, SourceAnchorPrefix } from "../common/Citations";
import { KIND_LABEL, ROLE_LABEL } from "../common/labels";
import { StatusBadge } from "../common/StatusBadge";
import { SourceList } from "../details/SourceList";
import { isWeaklySourced } from "../../model";
import type { ItemMark } from "../../model";
import { WeakMark } from "../common/WeakMark";
import { OurReading } from "../common/OurReading";
import { WeakFilterToggle } from "../common/WeakFilterToggle";
import { StatusFilter } from "../common/StatusFilter";
import { ChangeTag } from "../compare/ChangeTag";
import { ColumnPager } from "./ColumnPager";
import type { ColumnWindow } from "../../layout/column-window";
import "./matrix.css";

export default function MatrixView() {
  const { model, resolved, index, sources, stageId, changes, unitsOutOfStatus } = useShownModel();
  const selectedNation = useAtlas((s) => s.selectedNation);
  const selected = useAtlas((s) => s.selected);
  const selectNation = useAtlas((s) => s.selectNation);
  const select = useAtlas((s) => s.select);
  const [sort, setSort] = useState<MatrixSort>({ by: "name", direction: "ascending" });
  const matrix = useMemo(
    () => buildMatrix(resolved, index, unitsOutOfStatus),
    [resolved, index, unitsOutOfStatus],
  );
  const rows = useMemo(() => sortMatrixRows(matrix.rows, sort), [matrix, sort]);
  const stageName = model.stages.find((s) => s.id === stageId)?.name;
  const cited = useMemo(() => {
    const ids = new Set<string>();
    for (const row of matrix.rows)
      for (const cell of row.cells) for (const role of cell) role.sources.forEach((s) => ids.add(s));
    for (const aggregate of matrix.aggregates) aggregate?.sources.forEach((s) => ids.add(s));
    return [...ids];
  }, [matrix]);

  const ariaSort = (by: MatrixSort["by"]) => (sort.by === by ? sort.direction : undefined);
  const toggleSort = (by: MatrixSort["by"]) =>
    setSort((s) =>
      s.by === by
        ? { by, direction: s.direction === "ascending" ? "descending" : "ascending" }
        : { by, direction: by === "roles" ? "descending" : "ascending" },
    );
  const sortLabel = (by: MatrixSort["by"], name: string) => {
    const now =
      sort.by === by ? (sort.direction === "ascending" ? ", sorted ascending" : ", sorted descending") : "";
    return `Sort by ${name}${now}`;
  };
  const arrow = (by: MatrixSort["by"]) =>
    sort.by === by ? (sort.direction === "ascending" ? "▲" : "▼") : "↕";
  const sortedBy =
    sort.by === "name"
      ? "nation name"
      : sort.by === "roles"
        ? "number of roles"
        : `strongest role in ${matrix.columns[sort.by]?.unit.shortName ?? ""}`;
  const hasAggregates = matrix.aggregates.some(Boolean);
  const scrollBox = useRef<HTMLDivElement>(null);
  const [moreRight, setMoreRight] = useState(false);
  // The columns with any part in view, once measured. A cell out of sight shows no more than a
  // line (its words stay for screen readers and its links for Tab), so a row is as tall as what
  // the reader sees: Bulgaria's Sea role, five columns away, left a row of dashes 160 px tall.
  const [seen, setSeen] = useState<{ first: number; last: number } | null>(null);
  const onWindow = useCallback((shown: ColumnWindow) => {
    setMoreRight(shown.next !== null);
    setSeen((was) =>
      was?.first === shown.seenFirst && was.last === shown.seenLast
        ? was
        : { first: shown.seenFirst, last: shown.seenLast },
    );
  }, []);
  const away = (column: number) =>
    seen !== null && seen.first >= 0 && (column < seen.first || column > seen.last) ? "is-away" : undefined;
  const columnNames = useMemo(() => [...matrix.columns.map((c) => c.unit.shortName), "Roles"], [matrix]);

  return (
    <section className="panel matrix-view" aria-labelledby="matrix-title">
      {/* Focusable by script: the map's "matrix" links put focus here (they go with the map). */}
      <h2 id="matrix-title" className="panel-title" tabIndex={-1}>
        Nations × lines of effort
      </h2>
      <p className="hint">
        Who holds which role in each part of the structure{stageName ? ` at the stage “${stageName}”` : ""},
        with its status and sources. Empty cells: the sources name no role there. Select a nation for the
        notes on each role. This table holds everything the map shows by colour.
      </p>
      <div className="matrix-filters">
        <StatusFilter />
        <WeakFilterToggle />
      </div>
      <SourceAnchorPrefix.Provider value="matrix-source-">
        <ColumnPager box={scrollBox} names={columnNames} onWindow={onWindow} />
        <div className={`matrix-frame${moreRight ? " more-right" : ""}`}>
          <div
            ref={scrollBox}
            className="matrix-scroll"
            role="region"
            aria-label="Table of roles, scrolls sideways"
            tabIndex={0}
          >
            <table className="matrix">
              <caption className="visually-hidden">
                Roles of the named nations in each unit and line of effort, sorted by {sortedBy}.
              </caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={ariaSort("name")} className="matrix-corner">
                    <button
                      type="button"
                      className="sort-button"
                      aria-label={sortLabel("name", "nation")}
                      onClick={() => toggleSort("name")}
                    >
                      Nation <span aria-hidden="true">{arrow("name")}</span>
                    </button>
                  </th>
                  {matrix.columns.map((column, i) => (
                    <th key={column.unit.id} scope="col" aria-sort={ariaSort(i)}>
                      <button
                        type="button"
                        className={`link-button column-unit${selected === column.unit.id ? " is-selected" : ""}`}
                        onClick={() => select(column.unit.id)}
                      >
                        {column.unit.shortName}
                      </button>
                      <span className="column-kind">{KIND_LABEL[column.unit.kind]}</span>
                      {changes?.units.get(column.unit.id) && (
                        <ChangeTag mark={changes.units.get(column.unit.id)!} subject="unit" detail={false} />
                      )}
                      {isWeaklySourced(column.unit.sources, sources) && <WeakMark />}
                      <button
                        type="button"
                        className="sort-button small"
                        aria-label={sortLabel(i, column.unit.shortName)}
                        onClick={() => toggleSort(i)}
                      >
                        <span aria-hidden="true">{arrow(i)}</span>
                      </button>
                    </th>
                  ))}
                  <th scope="col" aria-sort={ariaSort("roles")}>
                    <button
                      type="button"
                      className="sort-button"
                      aria-label={sortLabel("roles", "number of roles")}
                      onClick={() => toggleSort("roles")}
                    >
                      Roles <span aria-hidden="true">{arrow("roles")}</span>
                    </button>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.code}
                    className={
                      [
                        selectedNation === row.code ? "is-selected" : "",
                        changes?.nations.get(row.code)
                          ? `change-${changes.nations.get(row.code)!.change}`
                          : "",
                      ]
                        .filter(Boolean)
                        .join(" ") || undefined
                    }
                  >
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        aria-current={selectedNation === row.code ? "true" : undefined}
                        onClick={() => selectNation(row.code)}
                      >
                        {row.name}
                      </button>
                      {changes?.nations.get(row.code) && (
                        <ChangeTag mark={changes.nations.get(row.code)!} subject="nation" detail={false} />
                      )}
                    </th>
                    {row.cells.map((roles, i) => (
                      <td key={matrix.columns[i]!.unit.id} className={away(i)}>
                        {roles.length === 0 ? (
                          <>
                            <span aria-hidden="true" className="empty-cell">
                              —
                            </span>
                            <span className="visually-hidden">No role named</span>
                          </>
                        ) : (
                          roles.map((role) => {
                            const mark = changes?.statements.get(role.id);
                            return (
                              <div
                                key={role.id}
                                className={`matrix-role${mark ? ` change-${mark.change}` : ""}`}
                              >
                                <strong>{ROLE_LABEL[role.role]}</strong> <StatusBadge status={role.status} />{" "}
                                {mark && mark.change !== "unchanged" && (
                                  <>
                                    <ChangeTag mark={mark} />{" "}
                                  </>
                                )}
                                <Citations ids={role.sources} sources={sources} facts={role.facts} />
                              </div>
                            );
                          })
                        )}
                      </td>
                    ))}
                    <td className={["matrix-count", away(row.cells.length)].filter(Boolean).join(" ")}>
                      {row.roleCount}
                    </td>
                  </tr>
                ))}
                {hasAggregates && (
                  <tr className="aggregate-row">
                    <th scope="row">Members not named in the sources</th>
                    {matrix.aggregates.map((aggregate, i) => (
                      <td key={matrix.columns[i]!.unit.id} className={away(i)}>
                        {aggregate ? (
                          <div className="matrix-role">
                            {aggregate.label}
                            {aggregate.total ? ` (${aggregate.total})` : ""}{" "}
                            <StatusBadge status={aggregate.status} />{" "}
                            <AggregateChange
                              mark={changes?.statements.get(
                                `${matrix.columns[i]!.unit.id}/otherContributors`,
                              )}
                            />
                            <Citations ids={aggregate.sources} sources={sources} facts={aggregate.facts} />
                            {aggregate.ourReading && <OurReading text={aggregate.ourReading} />}
                          </div>
                        ) : (
                          <>
                            <span aria-hidden="true" className="empty-cell">
                              —
                            </span>
                            <span className="visually-hidden">None stated</span>
                          </>
                        )}
                      </td>
                    ))}
                    <td className="matrix-count">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">Not counted</span>
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </div>
        <SourceList ids={cited} title="Sources in this table" />
      </SourceAnchorPrefix.Provider>
    </section>
  );
}

/** Compare mode: how the unnamed members' aggregate changed (nothing when it did not). */
function AggregateChange({ mark }: { mark: ItemMark | undefined }) {
  if (!mark || mark.change === "unchanged") return null;
  return (
    <>
      <ChangeTag mark={mark} />{" "}
    </>
  );
}
