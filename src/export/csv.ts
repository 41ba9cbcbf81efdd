// The matrix as a spreadsheet: one row per named nation, one column per unit, each cell its roles
// with their status, and the nation's sources with their grades. RFC 4180 quoting, CRLF lines,
// and a byte-order mark so spreadsheet programs read the accents (Türkiye) as UTF-8.
import type { Matrix } from "../layout/map-matrix";
import type { Source } from "../model";
import { GRADE_LABEL, NOT_GRADED, outletName, sourcesByStrength } from "../model";
import { ROLE_LABEL, STATUS_LABEL } from "../views/common/labels";

export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly (string | number)[]): string {
  return values.map(csvField).join(",");
}

export function matrixCsv(matrix: Matrix, sources: ReadonlyMap<string, Source>): string {
  const header = ["Nation", "ISO code", ...matrix.columns.map((c) => c.unit.shortName), "Roles", "Sources"];
  const rows = matrix.rows.map((row) => {
    const ids = [...new Set(row.cells.flat().flatMap((role) => role.sources))];
    const credits = [
      ...new Set(
        sourcesByStrength(ids, sources).map((id) => {
          const source = sources.get(id);
          return source
            ? `${outletName(source)} (${source.grade ? GRADE_LABEL[source.grade] : NOT_GRADED}), ${source.date}`
            : id;
        }),
      ),
    ];
    return [
      row.name,
      row.code,
      ...row.cells.map((roles) =>
        roles.map((r) => `${ROLE_LABEL[r.role]} (${STATUS_LABEL[r.status].toLowerCase()})`).join("; "),
      ),
      row.roleCount,
      credits.join("; "),
    ];
  });
  return "\uFEFF" + [header, ...rows].map(csvRow).join("\r\n") + "\r\n";
}
