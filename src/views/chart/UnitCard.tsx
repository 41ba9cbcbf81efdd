// One unit on the chart: APP-6 symbol, short name, kind, status in words and shape, flags,
// a condition tag, and for a rotating HQ its current and next seat.
import { memo, useEffect, useState } from "react";
import type { ChartCard } from "../../layout/tree";
import { CARD, CARD_NAME_PX } from "../../layout/tree";
import { nameLines } from "../../layout/card-text";
import type { Detail } from "../../layout/lod";
import type { Status, Unit } from "../../model";
import { unitSidc } from "../../symbols/sidc";
import { symbolImage } from "../../symbols/symbol-image";
import { flagUrlNow, loadFlagUrl } from "../../symbols/flags";
import { KIND_LABEL, STATUS_LABEL } from "../common/labels";
import { StatusIcon } from "../common/StatusIcon";
import { unitAccessibleName } from "../structure/StructureRow";
import { WEAK_WORDS, WeakIcon } from "../common/WeakMark";

export type CardState = {
  selected: boolean;
  focusable: boolean;
  hit: boolean;
  currentHit: boolean;
  dimmed: boolean;
};

/** A leading nation's flag on a card; anything short of decided gets a dashed border. */
export type CardFlag = { code: string; status: Status; label: string };

type Props = CardState & {
  card: ChartCard;
  detail: Detail;
  leadNations: readonly CardFlag[];
  /** The seat shown (and the next one); datesAssumed: its period is the author's assumption. */
  seat: CardSeat | null;
  /** Every source of the unit is an aggregator (isWeaklySourced). */
  weak: boolean;
  onActivate: (id: string) => void;
  onToggle: (id: string) => void;
  /** Focus moved here (a click, Tab, or a script): keyboard moves start from this card. */
  onFocusCard: (id: string) => void;
};

/** A few words for a card: "if deployed", "after a ceasefire", or just "conditional". */
export function conditionTag(condition: string | undefined): string | null {
  if (!condition) return null;
  if (/deploy/i.test(condition)) return "if deployed";
  if (/ceasefire/i.test(condition)) return "after a ceasefire";
  return "conditional";
}

export type CardSeat = { now: string; next: string | null; datesAssumed: boolean };

/** The card's fourth line: what a reader must know before quoting the card, in words. */
export function cardMarks(seat: CardSeat | null, condition: string | undefined): string[] {
  const marks: string[] = [];
  if (seat?.datesAssumed) marks.push("dates assumed");
  // With a seat on the third line, the condition moves down here.
  const tag = seat ? conditionTag(condition) : null;
  if (tag) marks.push(tag);
  return marks;
}

function Flag({ flag, x, y }: { flag: CardFlag; x: number; y: number }) {
  const { code } = flag;
  const [url, setUrl] = useState(() => flagUrlNow(code));
  useEffect(() => {
    if (url !== undefined) return;
    let live = true;
    void loadFlagUrl(code).then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, [code, url]);
  return (
    <g transform={`translate(${x},${y})`}>
      {url ? (
        <image href={url} width={24} height={16} preserveAspectRatio="none" />
      ) : (
        <rect width={24} height={16} className="flag-placeholder" />
      )}
      <rect
        width={24}
        height={16}
        className={`flag-border${flag.status === "decided" ? "" : " is-not-decided"}`}
      />
      <title>{flag.label}</title>
    </g>
  );
}

function truncate(text: string, max: number) {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}

export const UnitCard = memo(function UnitCard(props: Props) {
  const {
    card,
    detail,
    selected,
    focusable,
    hit,
    currentHit,
    dimmed,
    leadNations,
    seat,
    weak,
    onActivate,
    onToggle,
    onFocusCard,
  } = props;
  const unit: Unit = card.unit;
  const { w, h } = CARD;
  const classes = [
    "chart-card",
    `status-${unit.status}`,
    selected && "is-selected",
    hit && "is-hit",
    currentHit && "is-current-hit",
    dimmed && "is-dimmed",
    unit.condition && "is-conditional",
    weak && "is-weakly-sourced",
  ]
    .filter(Boolean)
    .join(" ");
  const tag = conditionTag(unit.condition);
  const marks = cardMarks(seat, unit.condition);
  const common = {
    className: classes,
    style: { transform: `translate(${card.x}px, ${card.y}px)` },
    "data-unit-id": unit.id,
    role: "treeitem",
    "aria-label":
      unitAccessibleName(unit, weak) +
      (seat
        ? `, seat ${seat.now}${seat.next ? `, next ${seat.next}` : ""}${seat.datesAssumed ? ", seat dates assumed" : ""}`
        : "") +
      (leadNations.length ? `; ${leadNations.map((f) => f.label).join("; ")}` : "") +
      (dimmed ? ", does not match the filters" : ""),
    "aria-level": card.depth + 1,
    "aria-posinset": card.positionInSet,
    "aria-setsize": card.setSize,
    "aria-selected": selected,
    "aria-expanded": card.hasChildren ? card.expanded : undefined,
    tabIndex: focusable ? 0 : -1,
    onClick: () => onActivate(unit.id),
    onFocus: () => onFocusCard(unit.id),
  } as const;

  if (detail === "outline") {
    return (
      <g {...common}>
        <rect className="card-frame" width={w} height={h} rx={8} />
        <rect className="card-focus-ring" x={-6} y={-6} width={w + 12} height={h + 12} rx={12} />
      </g>
    );
  }

  // Symbol at the left, the name large beside it (what a room reads, up to two lines), then the
  // kind, the condition or seat, the marks (weakly sourced, dates assumed), and at the foot the
  // status in words and the lead flags.
  const symbol = symbolImage(unitSidc(unit));
  const symbolH = 36;
  const symbolW = (symbol.width / symbol.height) * symbolH;
  const textX = symbolW + 18;
  const lines = nameLines(unit.shortName);
  const twoLines = lines.length > 1;
  const kindY = twoLines ? 68 : 50;
  const kindX = twoLines ? 12 : textX;
  const note = seat ? `Seat: ${seat.now}${seat.next ? ` · next ${seat.next}` : ""}` : tag;
  // The marks get their own line where there is room; under a two-line name they join the note's.
  const marksOwnLine = !twoLines || !note;
  const marksY = note ? kindY + 36 : kindY + 18;
  const showMarks = weak || marks.length > 0;
  return (
    <g {...common}>
      <rect className="card-frame" width={w} height={h} rx={8} />
      <image href={symbol.url} x={10} y={10} width={symbolW} height={symbolH} aria-hidden="true" />
      <text className="card-name" x={textX} y={28}>
        {lines.map((line, i) => (
          <tspan key={i} x={textX} dy={i ? CARD_NAME_PX + 2 : 0}>
            {line}
          </tspan>
        ))}
      </text>
      {unit.status === "dropped" && (
        <line className="card-strike" x1={textX - 2} x2={w - 12} y1={22} y2={22} />
      )}
      <text className="card-kind" x={kindX} y={kindY}>
        {truncate(KIND_LABEL[unit.kind], 26)}
      </text>
      {note && (
        <text className={seat ? "card-seat" : "card-condition"} x={12} y={kindY + 18}>
          {truncate(note, marksOwnLine || !showMarks ? 28 : 16)}
          {!marksOwnLine && showMarks && (
            <tspan className="card-assumed"> · {[weak ? WEAK_WORDS : null, ...marks].filter(Boolean).join(" · ")}</tspan>
          )}
        </text>
      )}
      {showMarks && marksOwnLine && (
        <g className="card-marks" transform={`translate(12, ${marksY})`}>
          {weak && (
            <svg className="card-weak" width={14} height={14} x={0} y={-12} overflow="visible">
              <WeakIcon />
            </svg>
          )}
          <text x={weak ? 19 : 0} y={0}>
            {weak && <tspan className="card-weak">{WEAK_WORDS}</tspan>}
            {weak && marks.length > 0 && " · "}
            {marks.length > 0 && <tspan className="card-assumed">{marks.join(" · ")}</tspan>}
          </text>
        </g>
      )}
      <g className="card-status" transform={`translate(12, ${h - 24})`}>
        <svg width={14} height={14} x={0} y={0} overflow="visible">
          <StatusIcon status={unit.status} />
        </svg>
        <text x={20} y={12}>
          {STATUS_LABEL[unit.status]}
        </text>
      </g>
      {leadNations.slice(0, 4).map((flag, i) => (
        <Flag
          key={flag.code}
          flag={flag}
          x={
            w -
            12 -
            24 * (Math.min(leadNations.length, 4) - i) -
            4 * (Math.min(leadNations.length, 4) - 1 - i)
          }
          y={h - 26}
        />
      ))}
      {card.hasChildren && (
        <g
          className="card-toggle"
          transform={`translate(${w / 2}, ${h})`}
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            onToggle(unit.id);
          }}
        >
          <circle r={11} />
          <text y={5} textAnchor="middle">
            {card.expanded ? "−" : "+"}
          </text>
        </g>
      )}
      <rect className="card-focus-ring" x={-6} y={-6} width={w + 12} height={h + 12} rx={12} />
    </g>
  );
});
