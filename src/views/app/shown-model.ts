// The model on screen, resolved at the current stage, shared with every panel by context.
import { createContext, useContext, useEffect, useLayoutEffect, useMemo } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  compareStages,
  comparePairFor,
  defaultStageId,
  resolveStage,
  withStatuses,
  withoutWeaklySourced,
} from "../../model";
import type { ChangeMarks, Model, ResolvedModel, Source, StageComparison, Statement } from "../../model";
import { loadModel, modelKeys } from "../../load/queries";
import { ModelLoadError } from "../../load/model-text";
import { useAtlas } from "../../state/store";
import type { AtlasState } from "../../state/store";
import { indexModel, sourcesById } from "../../state/selectors";
import type { ModelIndex } from "../../state/selectors";

export type ShownModel = {
  model: Model;
  /** The stage shown; in compare mode, the later stage of the pair. */
  stageId: string | null;
  /**
   * The stage as every view shows it: in compare mode both stages at once (removed items put
   * back), without weakly sourced statements when that filter is on, and only the chosen
   * statuses' statements when the status filter is on.
   */
  resolved: ResolvedModel;
  /** What the hide-weak filter took out (empty when it is off). */
  hiddenWeak: readonly Statement[];
  /** What the status filter took out, and the units whose own status it does not show. */
  hiddenByStatus: readonly Statement[];
  unitsOutOfStatus: ReadonlySet<string>;
  /** Compare mode: the two stages' differences and the mark of every item; null when off. */
  comparison: StageComparison | null;
  changes: ChangeMarks | null;
  index: ModelIndex;
  sources: Map<string, Source>;
};

/** Why the chart and the structure are empty: the model, or this stage of it, has no units. */
export function noUnitsWords(model: Model): string {
  return model.stages.length > 1
    ? "This stage of the model has no units. Other stages may have some: pick one on the timeline."
    : "This model has no units. Its nations, places and sources are in the other views.";
}

export const ShownModelContext = createContext<ShownModel | null>(null);

export function useShownModel(): ShownModel {
  const shown = useContext(ShownModelContext);
  if (!shown) throw new Error("useShownModel is used outside a shown model");
  return shown;
}

const marked = new WeakSet<Model>();

export type ShownChoice = {
  stage: string | null;
  hideWeak: boolean;
  statuses: AtlasState["filters"]["statuses"];
  compare: string | null;
};

/** The model as every view shows it for these choices (pure: the exports call it too). */
export function shownModelOf(model: Model, { stage, hideWeak, statuses, compare }: ShownChoice): ShownModel {
  // A pair that names unknown stages is corrected (with a notice) by the shell; until then, and
  // for a model with one stage, the nearest sensible pair (or none) is shown.
  const pair = compare !== null ? comparePairFor(model, compare).pair : null;
  const comparison = pair ? compareStages(model, pair) : null;
  const known = stage !== null && model.stages.some((s) => s.id === stage);
  const stageId = pair ? pair.to : known ? stage : defaultStageId(model);
  const sources = sourcesById(model);
  const full = comparison ? comparison.union : resolveStage(model, stageId);
  // One filter for every view: the chart, map, matrix, summary and details all read this stage.
  const weak = hideWeak ? withoutWeaklySourced(full, sources) : { resolved: full, hidden: [] };
  const byStatus = withStatuses(weak.resolved, statuses);
  return {
    model,
    stageId,
    resolved: byStatus.resolved,
    hiddenWeak: weak.hidden,
    hiddenByStatus: byStatus.hidden,
    unitsOutOfStatus: byStatus.unitsOut,
    comparison,
    changes: comparison?.marks ?? null,
    index: indexModel(byStatus.resolved),
    sources,
  };
}

/**
 * Loads what the user asked for and keeps the last good model on screen when it fails:
 * a broken file must never take away what the user already had.
 */
export function useModelLoading(): {
  shown: ShownModel | null;
  loading: boolean;
  error: ModelLoadError | null;
} {
  const requested = useAtlas((s) => s.requested);
  const shownSource = useAtlas((s) => s.shown);
  const stage = useAtlas((s) => s.stage);
  const hideWeak = useAtlas((s) => s.filters.hideWeak);
  const statuses = useAtlas((s) => s.filters.statuses);
  const compare = useAtlas((s) => s.compare);
  const show = useAtlas((s) => s.show);
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: modelKeys.bySource(requested),
    queryFn: ({ signal }) => loadModel(requested, signal),
    enabled: !(requested.kind === "url" && requested.url === ""),
  });
  useEffect(() => {
    if (query.data && shownSource !== requested) show(requested);
  }, [query.data, requested, shownSource, show]);
  // A notice speaks of the model it was said of ("no stage …"): when another model replaces it,
  // the notice goes, in a layout effect, before the views' effects give the new model notices of
  // its own. (Only the notice: the page's first model is shown in a passive effect, as before, so
  // the take-over of the prerendered page does not render its whole view twice in one task.)
  useLayoutEffect(() => {
    if (query.data && shownSource !== null && shownSource !== requested) useAtlas.getState().setNotice(null);
  }, [query.data, requested, shownSource]);

  const model =
    query.data ??
    (shownSource ? queryClient.getQueryData<Model>(modelKeys.bySource(shownSource)) : undefined);
  const shown = useMemo(
    (): ShownModel | null => (model ? shownModelOf(model, { stage, hideWeak, statuses, compare }) : null),
    [model, stage, hideWeak, statuses, compare],
  );

  useEffect(() => {
    if (model && !marked.has(model)) {
      marked.add(model);
      performance.mark("model:loaded");
    }
  }, [model]);

  const error =
    query.error instanceof ModelLoadError
      ? query.error
      : query.error
        ? new ModelLoadError("model", [{ pointer: "", message: String(query.error) }])
        : null;
  return { shown, loading: query.isFetching, error };
}
