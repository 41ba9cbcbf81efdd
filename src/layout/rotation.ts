// Which seat of a rotation is current, by date: used by the chart's HQ card and year control.
import { isoDateValue } from "../model";
import type { Model, Rotation } from "../model";

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

/**
 * The date whose seat a stage shows: the stage's own date, never later than the model's "as of"
 * date. Not today's: the model says nothing about seats after it was written.
 */
export function seatDate(model: Pick<Model, "meta" | "stages">, stageId: string | null): string {
  const stageDateText = model.stages.find((s) => s.id === stageId)?.date;
  const asOf = model.meta.asOf;
  if (!stageDateText) return asOf;
  return (isoDateValue(stageDateText) ?? 0) > (isoDateValue(asOf) ?? Infinity) ? asOf : stageDateText;
}
