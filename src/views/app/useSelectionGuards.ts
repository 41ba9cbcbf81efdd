// Shared by every room (the app, the embed): bad ids from a link become quiet notices, and a
// selected unit's branch opens.
import { useEffect, useLayoutEffect } from "react";
import { useAtlas } from "../../state/store";
import { ancestorsOf } from "../../state/selectors";
import { comparePairFor, formatComparePair } from "../../model";
import { compareNotice } from "../compare/compare-words";
import type { ShownModel } from "./shown-model";

/**
 * Keeps the selection meaningful: an unknown stage or unit (from a link, or a stage that lacks
 * the unit) gets a quiet notice instead of a crash, and a selected unit's ancestors open.
 */
export function useSelectionGuards(shown: ShownModel | null) {
  const stage = useAtlas((s) => s.stage);
  const compare = useAtlas((s) => s.compare);
  const selected = useAtlas((s) => s.selected);
  const model = shown?.model;
  const index = shown?.index;
  useEffect(() => {
    if (!model || stage === null || model.stages.some((s) => s.id === stage)) return;
    useAtlas.setState({
      stage: null,
      notice: `This model has no stage “${stage}”, so its default stage is shown.`,
    });
  }, [model, stage]);
  // ?compare= with an unknown or repeated stage: a sensible pair instead, and a quiet notice.
  useEffect(() => {
    if (!model || compare === null) return;
    const { pair, problem } = comparePairFor(model, compare);
    const text = pair ? formatComparePair(pair) : null;
    if (text === compare && !problem) return;
    const stageName = (id: string) => model.stages.find((s) => s.id === id)?.name ?? id;
    useAtlas.setState({
      compare: text,
      ...(problem ? { notice: compareNotice(problem, pair, stageName) } : {}),
    });
  }, [model, compare]);
  useEffect(() => {
    if (!index || !selected) return;
    if (!index.units.has(selected)) {
      useAtlas.setState({
        selected: null,
        notice: `There is no unit “${selected}” in this stage of the model, so nothing is selected.`,
      });
      return;
    }
    useAtlas.getState().openBranches(ancestorsOf(index, selected));
  }, [index, selected]);
  // A newly shown model opens fully when small, and to its second level when large. A layout
  // effect, so the first frame that shows the model already shows those levels.
  useLayoutEffect(() => {
    if (!model || !index) return;
    const open = index.units.size <= 60 ? [...index.children.keys()] : index.roots.map((u) => u.id);
    useAtlas.setState((s) => ({ expanded: new Set([...open, ...ancestorsOfSelection(s.selected)]) }));
    function ancestorsOfSelection(id: string | null) {
      return id && index ? ancestorsOf(index, id) : [];
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new model arrives
  }, [model]);
}
