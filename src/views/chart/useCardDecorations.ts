// The card decorations (card-decorations.ts) of the shown model, following the year control.
// Shared by the chart on screen and the printed handout.
import { useMemo } from "react";
import type { TreeLayout } from "../../layout/tree";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { cardSeats, leadFlags } from "./card-decorations";

export function useCardDecorations(layout: TreeLayout) {
  const { model, stageId, index } = useShownModel();
  const rotationStep = useAtlas((s) => s.rotationStep);
  const seats = useMemo(
    () => cardSeats(layout, model, stageId, index, rotationStep),
    [layout, rotationStep, index, model, stageId],
  );
  // Apart from the seats: the flags do not change when the year control moves.
  const leadNations = useMemo(() => leadFlags(index), [index]);
  return { seats, leadNations };
}
