// ISO dates in words, at their own precision: the model, the views and exports all say dates alike.
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** An ISO date at its own precision, in words: "2025", "July 2025", "10 July 2025". */
export function formatIsoDate(date: string): string {
  const [year, month, day] = date.split("-");
  if (!month) return year ?? date;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
