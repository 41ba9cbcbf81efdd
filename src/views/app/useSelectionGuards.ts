// Shared by every room (the app, the embed): bad ids from a link become quiet notices, and a
// selected unit's branch opens.
import { useEffect, useLayoutEffect } from "react";
import { useAtlas, withNotice } from "../../state/store";
import { ancestorsOf } from "../../state/selectors";
import { comparePairFor, formatComparePair, stageName } from "../../model";
import { compareNotice } from "../compare/compare-words";
import type { ShownModel } from "./shown-model";
import { firstExpansion, sameMembers } from "./first-view";

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
  // The link's corrections gather in one notice until the reader first acts (see withNotice).
  useEffect(() => {
    const events = ["pointerdown", "keydown"];
    const stop = () => events.forEach((type) => document.removeEventListener(type, acted, true));
    const acted = () => {
      useAtlas.setState({ readerActed: true });
      stop();
    };
    events.forEach((type) => document.addEventListener(type, acted, true));
    return stop;
  }, []);
  useEffect(() => {
    if (!model || stage === null || model.stages.some((s) => s.id === stage)) return;
    useAtlas.setState((s) => ({
      stage: null,
      notice: withNotice(s, `This model has no stage “${stage}”, so its default stage is shown.`),
    }));
  }, [model, stage]);
  // ?compare= with an unknown or repeated stage: a sensible pair instead, and a quiet notice.
  useEffect(() => {
    if (!model || compare === null) return;
    const { pair, problem } = comparePairFor(model, compare);
    const text = pair ? formatComparePair(pair) : null;
    if (text === compare && !problem) return;
    useAtlas.setState((s) => ({
      compare: text,
      ...(problem
        ? {
            notice: withNotice(
              s,
              compareNotice(problem, pair, (id) => stageName(model, id)),
            ),
          }
        : {}),
    }));
  }, [model, compare]);
  useEffect(() => {
    if (!index || !selected) return;
    if (!index.units.has(selected)) {
      useAtlas.setState((s) => ({
        selected: null,
        notice: withNotice(
          s,
          `There is no unit “${selected}” in this stage of the model, so nothing is selected.`,
        ),
      }));
      return;
    }
    useAtlas.getState().openBranches(ancestorsOf(index, selected));
  }, [index, selected]);
  // A newly shown model opens fully when small, and to its second level when large. A layout
  // effect, so the first frame that shows the model already shows those levels. A take-over of
  // the prerendered page has set them before its first render (mount-room.tsx): setting an equal
  // set again would draw the whole first view a second time, in the same task.
  useLayoutEffect(() => {
    if (!model || !index) return;
    const { selected: chosen, expanded } = useAtlas.getState();
    const open = firstExpansion(index, chosen);
    if (!sameMembers(open, expanded)) useAtlas.setState({ expanded: open });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new model arrives
  }, [model]);
}
