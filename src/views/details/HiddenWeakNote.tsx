import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { WeakIcon } from "../common/WeakMark";

/** While the filter hides weakly sourced statements, say how many about this unit or nation are hidden. */
export function HiddenWeakNote({ subject }: { subject: string }) {
  const { hiddenWeak } = useShownModel();
  const setFilters = useAtlas((s) => s.setFilters);
  const count = hiddenWeak.filter((s) => s.subjects.includes(subject)).length;
  if (count === 0) return null;
  return (
    <p className="hidden-weak-note">
      <WeakIcon /> {count} weakly sourced {count === 1 ? "statement is" : "statements are"} hidden by the
      filter.{" "}
      <button type="button" className="link-button" onClick={() => setFilters({ hideWeak: false })}>
        Show {count === 1 ? "it" : "them"}
      </button>
    </p>
  );
}
