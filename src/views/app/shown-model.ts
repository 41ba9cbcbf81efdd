// The model on screen, resolved at the current stage, shared with every panel by context.
import { createContext, useContext, useEffect, useMemo } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { defaultStageId, resolveStage, withoutWeaklySourced } from "../../model";
import type { Model, ResolvedModel, Source, Statement } from "../../model";
import { loadModel, modelKeys } from "../../load/queries";
import { ModelLoadError } from "../../load/model-text";
import { useAtlas } from "../../state/store";
import { indexModel, sourcesById } from "../../state/selectors";
import type { ModelIndex } from "../../state/selectors";

export type ShownModel = {
  model: Model;
  stageId: string | null;
  /** The stage as every view shows it: without weakly sourced statements when the filter hides them. */
  resolved: ResolvedModel;
  /** What the hide-weak filter took out (empty when it is off). */
  hiddenWeak: readonly Statement[];
  index: ModelIndex;
  sources: Map<string, Source>;
};

export const ShownModelContext = createContext<ShownModel | null>(null);

export function useShownModel(): ShownModel {
  const shown = useContext(ShownModelContext);
  if (!shown) throw new Error("useShownModel is used outside a shown model");
  return shown;
}

const marked = new WeakSet<Model>();

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

  const model =
    query.data ??
    (shownSource ? queryClient.getQueryData<Model>(modelKeys.bySource(shownSource)) : undefined);
  const shown = useMemo(() => {
    if (!model) return null;
    const known = stage !== null && model.stages.some((s) => s.id === stage);
    const stageId = known ? stage : defaultStageId(model);
    const sources = sourcesById(model);
    const full = resolveStage(model, stageId);
    // One filter for every view: the chart, map, matrix, summary and details all read this stage.
    const { resolved, hidden } = hideWeak ? withoutWeaklySourced(full, sources) : { resolved: full, hidden: [] };
    return { model, stageId, resolved, hiddenWeak: hidden, index: indexModel(resolved), sources };
  }, [model, stage, hideWeak]);

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
