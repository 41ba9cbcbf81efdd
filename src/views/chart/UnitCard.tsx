// One unit on the chart: APP-6 symbol, short name, kind, status in words and shape, flags,
// a condition tag, and for a rotating HQ its current and next seat.
import { memo, useEffect, useState, useSyncExternalStore } from "react";
import type { ChartCard } from "../../layout/tree";
import { CARD, CARD_NAME_PX } from "../../layout/tree";
import { nameLines, truncate } from "../../layout/card-text";
import type { Detail } from "../../layout/lod";
import type { ItemChange, Status, Unit } from "../../model";
import { symbolSize, unitSidc } from "../../symbols/sidc";
import { loadSymbolImages, symbolUrlNow } from "../../symbols/symbol-loader";
import { flagUrlNow, loadFlagUrl } from "../../symbols/flags";
import { KIND_LABEL, STATUS_LABEL } from "../common/labels";
import { StatusIcon } from "../common/StatusIcon";
import { WEAK_WORDS, WeakIcon } from "../common/WeakMark";
import { ChangeIcon } from "../compare/ChangeIcon";
import {
  cardFont,
  textWidth,
  closeBidi,
  fitText,
  fontsLoadedVersion,
  subscribeToFonts,
  textDirection,
} from "./fit-text";

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
  /** Compare mode's mark; null outside compare mode. */
  change?: CardChange | null;
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

export { truncate };

/**
 * Compare mode's mark on a card, in words: a tag on the card's top edge (shape and headline), a
 * detail on its marks line ("was proposed"), and the whole for screen readers. The outline's
 * line style follows the change; an unchanged card recedes.
 */
export type CardChange = { change: ItemChange; label: string; detail: string | null; spoken: string };

/** The card's marks after the weak mark: what a reader must know before quoting the card, in words. */
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
        <image href={url} width={24} height={16} preserveAspectRatio="none" data-flag={code} />
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

/** Where the card's text starts: right of the symbol (36 px high, as wide as its frame needs). */
function symbolBox(unit: Unit): { sidc: string; width: number; height: number } {
  const sidc = unitSidc(unit);
  const symbol = symbolSize(sidc);
  const height = 36;
  return { sidc, width: (symbol.width / symbol.height) * height, height };
}
const textXOf = (unit: Unit) => symbolBox(unit).width + 18;
/** The inner margin a card keeps on its right. */
const CARD_PADDING = 12;

/**
 * A dropped card's strike: through each line of its name (a two-line name was struck through its
 * first line only), as long as the line (the name's whole room where it cannot be measured). A
 * right-to-left name is set from the room's right end.
 */
export function strikeLines(
  lines: readonly string[],
  textX: number,
  w: number,
  rtl = false,
): { x1: number; x2: number; y: number }[] {
  const [start, end] = [textX - 2, w - CARD_PADDING];
  return lines.map((line, i) => {
    const width = textWidth(line, cardFont(700, CARD_NAME_PX));
    const length = width === null ? end - start : Math.min(end - start, width + 4);
    return {
      x1: rtl ? end - length : start,
      x2: rtl ? end : start + length,
      y: 22 + i * (CARD_NAME_PX + 2),
    };
  });
}

/**
 * The words a card draws, top to bottom, as the card lays them out (see UnitCard below). The
 * name's lines and the seat line are also cut to the room they have, measured (fit-text.ts): a
 * long, wide or right-to-left name never leaves its card.
 */
export function cardWords(
  unit: Unit,
  seat: CardSeat | null,
  weak = false,
  change: CardChange | null = null,
): {
  /** The name in one or two lines, at the room's size (CARD_NAME_PX). */
  nameLines: string[];
  name: string;
  kind: string;
  line: string | null;
  marks: string[];
  /** The marks have their own line; under a two-line name they close the seat's or condition's line. */
  marksOwnLine: boolean;
  status: string;
} {
  const nameRoom = CARD.w - CARD_PADDING - textXOf(unit);
  const nameFont = cardFont(700, CARD_NAME_PX);
  // Each line is its own run: a bidi override in the first cannot reach into the second.
  const lines = nameLines(unit.shortName).map((line) =>
    closeBidi(fitText(line, nameRoom, nameFont, line.length)),
  );
  const note = seat
    ? `Seat: ${seat.now}${seat.next ? ` · next ${seat.next}` : ""}`
    : conditionTag(unit.condition);
  const marks = [
    ...(weak ? [WEAK_WORDS] : []),
    ...(change?.detail ? [change.detail] : []),
    ...cardMarks(seat, unit.condition),
  ];
  const marksOwnLine = lines.length < 2 || !note;
  return {
    nameLines: lines,
    name: lines.join(" "),
    kind: truncate(KIND_LABEL[unit.kind], 26),
    line: note
      ? fitText(
          truncate(note, marksOwnLine || marks.length === 0 ? 28 : 16),
          CARD.w - 2 * CARD_PADDING,
          cardFont(700, 14),
          Infinity,
        )
      : null,
    marks,
    marksOwnLine,
    status: STATUS_LABEL[unit.status],
  };
}

/**
 * What a screen reader announces for a card. It starts with the card's own words in their order
 * (WCAG 2.5.3: the name contains the visible label, so "click Kyiv cell" works by voice), then
 * gives what the card only hints at: the full name, the condition, the lead nations' flags.
 */
export function cardAccessibleName(
  unit: Unit,
  seat: CardSeat | null,
  leadNations: readonly CardFlag[],
  dimmed: boolean,
  weak = false,
  change: CardChange | null = null,
): string {
  const words = cardWords(unit, seat, weak, change);
  const name = words.name.replace(/…/g, "");
  const seen = [
    name === unit.name ? name : `${name} (${unit.name})`,
    words.kind.replace(/…$/, "").toLowerCase(),
    seat ? `seat ${seat.now}${seat.next ? `, next ${seat.next}` : ""}` : words.line,
    ...words.marks,
    words.status.toLowerCase(),
    // Compare mode's tag, drawn last on the card: its headline ("added"); an unchanged card has none.
    change && change.change !== "unchanged" ? change.label.toLowerCase() : null,
  ];
  return [
    seen.filter(Boolean).join(", "),
    unit.condition ? `condition: ${unit.condition}` : null,
    ...leadNations.map((flag) => flag.label),
    dimmed ? "does not match the filters" : null,
    change?.change === "unchanged" ? "unchanged between the two stages compared" : null,
  ]
    .filter(Boolean)
    .join("; ");
}

/** The unit's APP-6 symbol, once milsymbol has loaded; its box is sized before that. */
function CardSymbol({ sidc, width, height }: { sidc: string; width: number; height: number }) {
  const url = symbolUrlNow(sidc);
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (url) return;
    let live = true;
    void loadSymbolImages().then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [url]);
  if (!url) return null;
  return <image href={url} x={10} y={10} width={width} height={height} aria-hidden="true" data-sidc={sidc} />;
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
    change = null,
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
    change && `change-${change.change}`,
  ]
    .filter(Boolean)
    .join(" ");
  // A font that finishes loading changes how much of a name fits: fit again then.
  useSyncExternalStore(subscribeToFonts, fontsLoadedVersion, fontsLoadedVersion);
  const words = cardWords(unit, seat, weak, change);
  const common = {
    className: classes,
    style: { transform: `translate(${card.x}px, ${card.y}px)` },
    "data-unit-id": unit.id,
    role: "treeitem",
    "aria-label": cardAccessibleName(unit, seat, leadNations, dimmed, weak, change),
    "aria-level": card.depth + 1,
    "aria-posinset": card.positionInSet,
    "aria-setsize": card.setSize,
    "aria-selected": selected,
    "aria-expanded": card.hasChildren ? card.expanded : undefined,
    tabIndex: focusable ? 0 : -1,
    onClick: () => onActivate(unit.id),
    onFocus: () => onFocusCard(unit.id),
  } as const;

  const outline = change && change.change !== "unchanged" && (
    <g className="change-outline" aria-hidden="true">
      <rect x={-5} y={-5} width={w + 10} height={h + 10} rx={11} />
      {/* Status changed: a double line. */}
      {change.change === "status" && <rect x={-9} y={-9} width={w + 18} height={h + 18} rx={14} />}
    </g>
  );

  if (detail === "outline") {
    return (
      <g {...common}>
        {outline}
        <rect className="card-frame" width={w} height={h} rx={8}>
          <title>{unit.name}</title>
        </rect>
        <rect className="card-focus-ring" x={-6} y={-6} width={w + 12} height={h + 12} rx={12} />
      </g>
    );
  }

  // Symbol at the left, the name large beside it (what a room reads, up to two lines), then the
  // kind, the condition or seat, the marks (weakly sourced, dates assumed), and at the foot the
  // status in words and the lead flags. The words come from cardWords, as the card's name does.
  const { sidc, width: symbolW, height: symbolH } = symbolBox(unit);
  const textX = symbolW + 18;
  // A right-to-left name reads from its right end and is cut at its left (its end): it starts
  // at the right of the name's room (text-anchor "start" is the right in rtl), as it would in a
  // right-to-left document.
  const rtl = textDirection(words.name) === "rtl";
  const nameX = rtl ? w - CARD_PADDING : textX;
  const twoLines = words.nameLines.length > 1;
  const kindY = twoLines ? 68 : 50;
  const kindX = twoLines ? 12 : textX;
  const marksY = words.line ? kindY + 36 : kindY + 18;
  const otherMarks = words.marks.slice(weak ? 1 : 0);
  return (
    <g {...common}>
      {outline}
      {/* The full name, as a tooltip: the card may show only the start of its short name. On the
          frame, not the card, so it is not read as part of the card's visible words. */}
      <rect className="card-frame" width={w} height={h} rx={8}>
        <title>{unit.name}</title>
      </rect>
      <CardSymbol sidc={sidc} width={symbolW} height={symbolH} />
      {/* The {" "} between texts are not drawn; they keep the card's words apart in its text. */}
      <text
        className="card-name"
        x={nameX}
        y={28}
        direction={rtl ? "rtl" : undefined}
        unicodeBidi={rtl ? "embed" : undefined}
      >
        {words.nameLines.map((line, i) => (
          <tspan key={i} x={nameX} dy={i ? CARD_NAME_PX + 2 : 0}>
            {/* The space between the lines goes where it is not drawn: after each line but the
                last, at its end (the left end of a right-to-left line, set from the right). */}
            {line}
            {i < words.nameLines.length - 1 ? " " : ""}
          </tspan>
        ))}
      </text>{" "}
      {unit.status === "dropped" &&
        strikeLines(words.nameLines, textX, w, rtl).map(({ x1, x2, y }) => (
          <line key={y} className="card-strike" x1={x1} x2={x2} y1={y} y2={y} />
        ))}
      <text className="card-kind" x={kindX} y={kindY}>
        {words.kind}
      </text>{" "}
      {words.line && (
        <text className={seat ? "card-seat" : "card-condition"} x={12} y={kindY + 18}>
          {words.line}
          {!words.marksOwnLine && words.marks.length > 0 && (
            <tspan className="card-assumed"> · {words.marks.join(" · ")}</tspan>
          )}
        </text>
      )}{" "}
      {words.marksOwnLine && words.marks.length > 0 && (
        <g className="card-marks" transform={`translate(12, ${marksY})`}>
          {weak && (
            <svg className="card-weak" width={14} height={14} x={0} y={-12} overflow="visible">
              <WeakIcon />
            </svg>
          )}
          <text x={weak ? 19 : 0} y={0}>
            {weak && <tspan className="card-weak">{WEAK_WORDS}</tspan>}
            {weak && otherMarks.length > 0 && " · "}
            {otherMarks.length > 0 && <tspan className="card-assumed">{otherMarks.join(" · ")}</tspan>}
          </text>
        </g>
      )}{" "}
      <g className="card-status" transform={`translate(12, ${h - 24})`}>
        <svg width={14} height={14} x={0} y={0} overflow="visible">
          <StatusIcon status={unit.status} />
        </svg>
        <text x={20} y={12}>
          {words.status}
        </text>
      </g>{" "}
      {/* Compare mode's tag sits on the top edge; in the card's text it follows the status. */}
      {change && change.change !== "unchanged" && <ChangeTagSvg change={change} width={w} />}{" "}
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

/** The change's shape and headline on the card's top edge, right of the link into the card. */
function ChangeTagSvg({ change, width }: { change: CardChange; width: number }) {
  // Bold 13 px runs about 7.4 px a character; the icon and padding take 30 px.
  const tagW = Math.round(change.label.length * 7.4 + 30);
  return (
    <g className="card-change-tag" transform={`translate(${width - tagW + 6}, -12)`} aria-hidden="true">
      <rect width={tagW} height={24} rx={12} />
      <ChangeIcon change={change.change} x={7} y={4} size={16} />
      <text x={27} y={17}>
        {change.label}
      </text>
    </g>
  );
}
