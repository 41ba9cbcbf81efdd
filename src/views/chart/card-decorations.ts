// What a card shows beyond its unit: the HQ's seat in the rotation and the leading nations' flags.
// Pure, so the chart on screen, the printed handout (through useCardDecorations) and the exported
// picture (export/chart-svg.ts) derive them in one way and cannot drift apart.
import type { Model } from "../../model";
import type { TreeLayout } from "../../layout/tree";
import { seatDate, seatIndexAt, seatsInOrder } from "../../layout/rotation";
import type { ModelIndex } from "../../state/selectors";
import { ROLE_LABEL, STATUS_LABEL } from "../common/labels";
import type { CardFlag, CardSeat } from "./UnitCard";

// Nations that lead the unit itself; a functional lead (logistics) is listed in the details instead.
const LEAD_ROLES = new Set(["lead", "sea-lead", "monitoring-lead"]);

export type CardDecorations = { seats: Map<string, CardSeat>; flags: Map<string, CardFlag[]> };

/**
 * Each rotating unit's seat, by card id: at the year control's step (`rotationStep`), or at the
 * stage's date when the control has not been moved.
 */
export function cardSeats(
  layout: TreeLayout,
  model: Model,
  stageId: string | null,
  index: ModelIndex,
  rotationStep: number | null,
): Map<string, CardSeat> {
  const seats = new Map<string, CardSeat>();
  for (const card of layout.cards) {
    const rotation = card.unit.rotation;
    // No seat left (the status filter hid them): the card names none.
    if (!rotation?.seats.length) continue;
    const ordered = seatsInOrder(rotation);
    const at = rotationStep ?? seatIndexAt({ ...rotation, seats: ordered }, seatDate(model, stageId));
    const name = (i: number) =>
      ordered[i] ? (index.places.get(ordered[i]!.place)?.name ?? ordered[i]!.place) : null;
    const shown = Math.min(at, ordered.length - 1);
    seats.set(card.id, {
      now: name(shown) ?? "",
      next: name(at + 1),
      // The card says so itself, not only the details: a briefer may quote the card.
      datesAssumed: ordered[shown]?.datesAssumed === true,
    });
  }
  return seats;
}

/**
 * The leading nations' flags, by unit id: one per nation, with its role and status in words (a
 * reported lead must not look decided); a dropped lead has none.
 */
export function leadFlags(index: ModelIndex): Map<string, CardFlag[]> {
  const flags = new Map<string, CardFlag[]>();
  for (const [unitId, roles] of index.rolesByUnit) {
    const byNation = new Map<string, CardFlag>();
    for (const r of roles) {
      if (!LEAD_ROLES.has(r.role) || r.status === "dropped" || byNation.has(r.nation)) continue;
      const nation = index.nations.get(r.nation)?.name ?? r.nation;
      byNation.set(r.nation, {
        code: r.nation,
        status: r.status,
        label: `${nation}: ${ROLE_LABEL[r.role].toLowerCase()} (${STATUS_LABEL[r.status].toLowerCase()})`,
      });
    }
    flags.set(unitId, [...byNation.values()]);
  }
  return flags;
}

/** Both at once, for a picture drawn outside React (the export). */
export function cardDecorations(
  layout: TreeLayout,
  model: Model,
  stageId: string | null,
  index: ModelIndex,
  rotationStep: number | null,
): CardDecorations {
  return { seats: cardSeats(layout, model, stageId, index, rotationStep), flags: leadFlags(index) };
}
