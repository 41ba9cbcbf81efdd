// What a card shows beyond its unit: the HQ's seat at the year the control shows, and the
// leading nations' flags. Shared by the chart on screen and the printed handout.
import { useMemo } from "react";
import type { TreeLayout } from "../../layout/tree";
import { seatDate, seatIndexAt, seatsInOrder } from "../../layout/rotation";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { ROLE_LABEL, STATUS_LABEL } from "../common/labels";
import type { CardFlag, CardSeat } from "./UnitCard";

// Nations that lead the unit itself; a functional lead (logistics) is listed in the details instead.
const LEAD_ROLES = new Set(["lead", "sea-lead", "monitoring-lead"]);

export function useCardDecorations(layout: TreeLayout) {
  const { model, stageId, index } = useShownModel();
  const rotationStep = useAtlas((s) => s.rotationStep);
  // The HQ card's seat follows the year control.
  const seats = useMemo(() => {
    const map = new Map<string, CardSeat>();
    for (const card of layout.cards) {
      const rotation = card.unit.rotation;
      if (!rotation) continue;
      const ordered = seatsInOrder(rotation);
      const at = rotationStep ?? seatIndexAt({ ...rotation, seats: ordered }, seatDate(model, stageId));
      const name = (i: number) =>
        ordered[i] ? (index.places.get(ordered[i]!.place)?.name ?? ordered[i]!.place) : null;
      const shown = Math.min(at, ordered.length - 1);
      map.set(card.id, {
        now: name(shown) ?? "",
        next: name(at + 1),
        // The card says so itself, not only the details: a briefer may quote the card.
        datesAssumed: ordered[shown]?.datesAssumed === true,
      });
    }
    return map;
  }, [layout, rotationStep, index, model, stageId]);

  // One flag per leading nation, with its role and status: a reported lead must not look decided.
  const leadNations = useMemo(() => {
    const map = new Map<string, CardFlag[]>();
    for (const [unitId, roles] of index.rolesByUnit) {
      const flags = new Map<string, CardFlag>();
      for (const r of roles) {
        if (!LEAD_ROLES.has(r.role) || r.status === "dropped" || flags.has(r.nation)) continue;
        const nation = index.nations.get(r.nation)?.name ?? r.nation;
        flags.set(r.nation, {
          code: r.nation,
          status: r.status,
          label: `${nation}: ${ROLE_LABEL[r.role].toLowerCase()} (${STATUS_LABEL[r.status].toLowerCase()})`,
        });
      }
      map.set(unitId, [...flags.values()]);
    }
    return map;
  }, [index]);
  return { seats, leadNations };
}
