import { useShownModel } from "../app/shown-model";
import { formatIsoDate } from "../common/labels";

/** The sources a story step rests on, named so the room can see who says so. */
export function StepSources({ ids }: { ids: readonly string[] }) {
  const { sources } = useShownModel();
  return (
    <p className="present-sources">
      <span className="present-sources-label">Sources: </span>
      {ids.map((id, i) => {
        const s = sources.get(id);
        return (
          <span key={id} className="present-source">
            {i > 0 && " · "}
            {s ? (
              <>
                {s.publisher}, {formatIsoDate(s.date)}
              </>
            ) : (
              id
            )}
          </span>
        );
      })}
    </p>
  );
}
