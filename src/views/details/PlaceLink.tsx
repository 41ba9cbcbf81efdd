import type { Place } from "../../model";
import { useAtlas } from "../../state/store";

/** A place named in running text: activating it shows the place's details (and lights it on the map). */
export function PlaceLink({ place }: { place: Place }) {
  const selectPlace = useAtlas((s) => s.selectPlace);
  return (
    <button type="button" className="link-button" onClick={() => selectPlace(place.id)}>
      {place.name}
    </button>
  );
}
