import { seatDate, seatIndexAt, seatsInOrder } from "../../layout/rotation";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { formatIsoDate, STATUS_LABEL } from "../common/labels";

/** A small timeline of a rotating headquarters' seats, with a control to step through the years. */
export function RotationControl() {
  const { model, stageId, resolved, index } = useShownModel();
  const step = useAtlas((s) => s.rotationStep);
  const setStep = useAtlas((s) => s.setRotationStep);
  const unit = resolved.units.find((u) => u.rotation?.seats.length);
  if (!unit?.rotation) return null;
  const seats = seatsInOrder(unit.rotation);
  const at = Math.min(
    step ?? seatIndexAt({ ...unit.rotation, seats }, seatDate(model, stageId)),
    seats.length - 1,
  );
  const name = (i: number) => index.places.get(seats[i]!.place)?.name ?? seats[i]!.place;
  return (
    <div className="toolbar-group rotation-control" role="group" aria-label={`Rotation of ${unit.shortName}`}>
      {/* Says whose seats these are: the years' boxes alone read as a calendar of places. */}
      <span className="rotation-caption">Seat of {unit.shortName}:</span>
      <button type="button" aria-label="Previous year" disabled={at === 0} onClick={() => setStep(at - 1)}>
        ◀
      </button>
      <ol className="rotation-timeline">
        {seats.map((seat, i) => (
          <li key={`${seat.place}-${seat.from}`} className={i === at ? "is-current" : ""}>
            {/* Each seat is a button too: a year can be picked directly, not only stepped to. */}
            <button
              type="button"
              className="seat-button"
              aria-pressed={i === at}
              title={seat.note}
              onClick={() => setStep(i)}
            >
              <span className="seat-name">{name(i)}</span>
              <span className="seat-period">
                {formatIsoDate(seat.from)}–{formatIsoDate(seat.until)} ·{" "}
                {STATUS_LABEL[seat.status].toLowerCase()}
                {seat.datesAssumed ? " · dates assumed" : ""}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        aria-label="Next year"
        disabled={at >= seats.length - 1}
        onClick={() => setStep(at + 1)}
      >
        ▶
      </button>
    </div>
  );
}
