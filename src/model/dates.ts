// Calendar dates as models write them (YYYY, YYYY-MM, YYYY-MM-DD): plain functions, no zod, so
// views and layout can compare dates on the app's first load.

/** A date's first day, as a comparable number, or null if it is not a real calendar date. */
export function isoDateValue(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return Date.UTC(year, month - 1, day);
}
