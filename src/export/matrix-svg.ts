// The nations × lines of effort table as an exported picture: the same rows and columns as the
// matrix on screen (layout/map-matrix.ts), each cell's roles with their status in words and shape.
import type { Matrix } from "../layout/map-matrix";
import type { Status } from "../model";
import { KIND_LABEL, ROLE_LABEL, STATUS_LABEL } from "../views/common/labels";
import type { Palette } from "./palette";
import { statusIcon } from "./marks";
import { estimateTextWidth } from "../layout/map-labels";
import { el, text, wrapText } from "./svg";
import type { LegendItem, SvgPiece } from "./svg";

const NATION_W = 170;
const CELL_MIN = 110;
const CELL_MAX = 240;
const PAD = 8;
const FONT = 13;
const LINE = 17;

const roleWords = (role: Matrix["rows"][number]["cells"][number][number]) =>
  `${ROLE_LABEL[role.role]} · ${STATUS_LABEL[role.status].toLowerCase()}`;

/** Each column as wide as its longest role line (icon included), within limits. */
function columnWidths(matrix: Matrix): number[] {
  return matrix.columns.map((column, i) => {
    const longest = Math.max(
      estimateTextWidth(column.unit.shortName, FONT) * 1.08,
      ...matrix.rows.flatMap((row) =>
        (row.cells[i] ?? []).map((role) => estimateTextWidth(roleWords(role), FONT - 1) + 16),
      ),
    );
    return Math.round(Math.min(CELL_MAX, Math.max(CELL_MIN, longest + 2 * PAD + 4)));
  });
}

export function matrixPicture(matrix: Matrix, p: Palette): SvgPiece {
  const widths = columnWidths(matrix);
  const lefts = widths.reduce<number[]>(
    (xs, _w, i) => [...xs, i === 0 ? NATION_W : xs[i - 1]! + widths[i - 1]!],
    [],
  );
  const width = NATION_W + widths.reduce((a, b) => a + b, 0);
  const CELL_W = (i: number) => widths[i]!;
  const headers = matrix.columns.map((c, i) => ({
    name: wrapText(c.unit.shortName, FONT, CELL_W(i) - 2 * PAD, true),
    kind: wrapText(KIND_LABEL[c.unit.kind], 11, CELL_W(i) - 2 * PAD),
  }));
  const headerH = Math.max(...headers.map((h) => h.name.length * LINE + h.kind.length * 14), LINE) + 2 * PAD;
  const parts: string[] = [
    el("rect", { width, height: headerH, fill: p["paper-2"] }),
    text(PAD, PAD + FONT, "Nation", { "font-size": FONT, "font-weight": 700, fill: p.ink }),
  ];
  headers.forEach((h, i) => {
    const x = lefts[i]! + PAD;
    h.name.forEach((line, j) =>
      parts.push(
        text(x, PAD + FONT + j * LINE, line, { "font-size": FONT, "font-weight": 700, fill: p.ink }),
      ),
    );
    h.kind.forEach((line, j) =>
      parts.push(
        text(x, PAD + FONT + h.name.length * LINE + j * 14, line, { "font-size": 11, fill: p["ink-soft"] }),
      ),
    );
  });
  let y = headerH;
  const rule = (yy: number) =>
    parts.push(el("line", { x1: 0, x2: width, y1: yy, y2: yy, stroke: p.line, "stroke-width": 1 }));
  rule(y);
  for (const row of matrix.rows) {
    const lines = Math.max(1, ...row.cells.map((roles) => roles.length));
    const h = lines * LINE + 2 * PAD;
    const name = wrapText(row.name, FONT, NATION_W - 2 * PAD, true);
    name.forEach((line, j) =>
      parts.push(
        text(PAD, y + PAD + FONT + j * LINE, line, { "font-size": FONT, "font-weight": 700, fill: p.ink }),
      ),
    );
    row.cells.forEach((roles, i) => {
      const x = lefts[i]! + PAD;
      if (!roles.length) parts.push(text(x, y + PAD + FONT, "—", { "font-size": FONT, fill: p["ink-soft"] }));
      roles.forEach((role, j) => {
        const top = y + PAD + j * LINE;
        parts.push(
          statusIcon(role.status, p[role.status], x, top + 1.5, 12),
          text(x + 16, top + FONT, roleWords(role), {
            "font-size": FONT - 1,
            fill: p.ink,
          }),
        );
      });
    });
    y += Math.max(h, name.length * LINE + 2 * PAD);
    rule(y);
  }
  if (matrix.aggregates.some(Boolean)) {
    const cells = matrix.aggregates.map((a, i) =>
      a
        ? wrapText(
            `${a.label}${a.total ? ` (${a.total})` : ""} · ${STATUS_LABEL[a.status].toLowerCase()}`,
            FONT - 1,
            CELL_W(i) - 2 * PAD,
          )
        : ["—"],
    );
    const label = wrapText("Members not named in the sources", FONT, NATION_W - 2 * PAD);
    const h = Math.max(label.length, ...cells.map((c) => c.length)) * LINE + 2 * PAD;
    parts.push(el("rect", { x: 0, y, width, height: h, fill: p["paper-2"] }));
    label.forEach((line, j) =>
      parts.push(
        text(PAD, y + PAD + FONT + j * LINE, line, {
          "font-size": FONT,
          "font-style": "italic",
          fill: p.ink,
        }),
      ),
    );
    cells.forEach((c, i) =>
      c.forEach((line, j) =>
        parts.push(
          text(lefts[i]! + PAD, y + PAD + FONT + j * LINE, line, {
            "font-size": FONT - 1,
            "font-style": "italic",
            fill: p.ink,
          }),
        ),
      ),
    );
    y += h;
    rule(y);
  }
  for (const x of [...lefts, width]) {
    parts.push(el("line", { x1: x, x2: x, y1: 0, y2: y, stroke: p.line, "stroke-width": 1 }));
  }
  return { width, height: y, svg: el("g", {}, ...parts) };
}

export function matrixLegend(matrix: Matrix, p: Palette): LegendItem[] {
  const statuses = new Set<Status>(matrix.rows.flatMap((r) => r.cells.flat().map((role) => role.status)));
  const items: LegendItem[] = (["decided", "planned", "proposed", "dropped", "reported"] as Status[])
    .filter((s) => statuses.has(s))
    .map((s) => ({ mark: statusIcon(s, p[s], 7, 0, 14), label: STATUS_LABEL[s] }));
  items.push({
    mark: text(8, 12, "—", { "font-size": 13, fill: p["ink-soft"] }),
    label: "No role named in the sources",
  });
  return items;
}
