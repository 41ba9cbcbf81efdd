// A model's first view: which branches it opens, and, for the first model a page shows, putting
// that in the store before React renders the model, so its first render is the whole first view.
import { hashKey } from "@tanstack/react-query";
import type { QueryClient } from "@tanstack/react-query";
import { useAtlas } from "../../state/store";
import { ancestorsOf } from "../../state/selectors";
import type { ModelIndex } from "../../state/selectors";
import { modelKeys } from "../../load/queries";
import type { Model } from "../../model";
import { shownModelOf } from "./shown-model";

/** What a newly shown model opens: all of a small one, the roots of a large one, and the way to the selection. */
export function firstExpansion(index: ModelIndex, selected: string | null): Set<string> {
  const open = index.units.size <= 60 ? [...index.children.keys()] : index.roots.map((u) => u.id);
  return new Set([...open, ...(selected ? ancestorsOf(index, selected) : [])]);
}

export function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/**
 * The moment the first model has loaded, before React hears of it, puts it in the store as its
 * first render will find it: shown, and its first branches open. That render is then the whole
 * first view. Otherwise the app's effects set both right after it, and React draws the first
 * view a second time in the same task (on a phone, a long pause). Later models are shown by
 * those effects: one set here would reach the chart still showing the model before.
 */
export function showFirstModelWhenLoaded(queryClient: QueryClient): void {
  const stop = queryClient.getQueryCache().subscribe((event) => {
    const { shown, requested, stage, filters, compare, selected } = useAtlas.getState();
    if (shown !== null) return stop();
    if (event.type !== "updated" || event.action.type !== "success") return;
    if (event.query.queryHash !== hashKey(modelKeys.bySource(requested))) return;
    stop();
    const model = event.query.state.data as Model;
    const choice = { stage, hideWeak: filters.hideWeak, statuses: filters.statuses, compare };
    useAtlas.setState({
      shown: requested,
      expanded: firstExpansion(shownModelOf(model, choice).index, selected),
    });
  });
}
