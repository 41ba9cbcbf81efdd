// Which seat of a rotation is current, by date: used by the chart's HQ card and year control.
import { isoDateValue } from "../model";
import type { Rotation } from "../model";

/** Index of the seat whose period holds `date`; before the first period the first, after the last the last. */
export function seatIndexAt(rotation: Rotation, date: string): number {
  const at = isoDateValue(date);
  if (at === null || rotation.seats.length === 0) return 0;
  const ordered = rotation.seats.map((s, i) => ({ i, from: isoDateValue(s.from) ?? 0, until: isoDateValue(s.until) ?? 0 })).sort((a, b) => a.from - b.from);
  const inside = ordered.find((s) => s.from <= at && at < s.until);
  if (inside) return inside.i;
  return at < ordered[0]!.from ? ordered[0]!.i : ordered.at(-1)!.i;
}

/** Seats in time order, so stepping "next" always moves forward. */
export function seatsInOrder(rotation: Rotation): Rotation["seats"] {
  return [...rotation.seats].sort((a, b) => (isoDateValue(a.from) ?? 0) - (isoDateValue(b.from) ?? 0));
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
