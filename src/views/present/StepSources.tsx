import { citationLabel, gradeWords, isWeaklySourced, sourcesByStrength } from "../../model";
import { useShownModel } from "../app/shown-model";
import { WEAK_WORDS } from "../common/WeakMark";

/** The sources a story step rests on, strongest first, each with its grade, so the room sees who says so. */
export function StepSources({ ids }: { ids: readonly string[] }) {
  const { sources } = useShownModel();
  return (
    <p className="present-sources">
      <span className="present-sources-label">Sources: </span>
      {sourcesByStrength(ids, sources).map((id, i) => {
        const s = sources.get(id);
        return (
          <span key={id} className="present-source">
            {i > 0 && " · "}
            {s ? `${citationLabel(s)} (${gradeWords(s)})` : id}
          </span>
        );
      })}
      {isWeaklySourced(ids, sources) && <span className="present-weak"> · {WEAK_WORDS}</span>}
    </p>
  );
}
