import type { RotationSeat, Unit } from "../../model";
import { useShownModel } from "../app/shown-model";
import { Citations } from "../common/Citations";
import { formatIsoDate } from "../common/labels";
import { StatusBadge } from "../common/StatusBadge";

/** Where a unit sits, or the schedule of seats it rotates through. */
export function UnitLocation({ unit }: { unit: Unit }) {
  const { index } = useShownModel();
  const place = unit.place ? index.places.get(unit.place) : undefined;
  const country = unit.country ? (index.nations.get(unit.country)?.name ?? unit.country) : undefined;
  if (!place && !unit.rotation && !country) return null;
  return (
    <section aria-labelledby="details-location">
      <h3 id="details-location">Where</h3>
      {place && <p>{place.name}</p>}
      {!place && !unit.rotation && country && <p>{country} (no more precise place is public)</p>}
      {unit.rotation && (
        <>
          <p>{unit.rotation.rule}.</p>
          {/* All its seats hidden by the status filter: the rule stands, the schedule does not. */}
          {unit.rotation.seats.length > 0 ? (
            <SeatTable unit={unit} seats={unit.rotation.seats} />
          ) : (
            <p className="note">Its seats, city by year, are hidden by the status filter.</p>
          )}
        </>
      )}
    </section>
  );
}

/** The seats a unit rotates through: where, when, and on what authority. */
function SeatTable({ unit, seats }: { unit: Unit; seats: RotationSeat[] }) {
  const { index, sources } = useShownModel();
  return (
    <table className="rotation-table">
      <caption className="visually-hidden">Seats of {unit.name} over time</caption>
      <thead>
        <tr>
          <th scope="col">Seat</th>
          <th scope="col">Period</th>
          <th scope="col">Status and source</th>
        </tr>
      </thead>
      <tbody>
        {seats.map((seat) => (
          <tr key={`${seat.place}-${seat.from}`}>
            <th scope="row">{index.places.get(seat.place)?.name ?? seat.place}</th>
            <td>
              {formatIsoDate(seat.from)} – {formatIsoDate(seat.until)}
              {seat.datesAssumed && <div className="note">Dates assumed</div>}
            </td>
            <td>
              <StatusBadge status={seat.status} />{" "}
              <Citations ids={seat.sources} sources={sources} facts={seat.facts} />
              {seat.note && <div className="note">{seat.note}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
