// One unit on the chart: APP-6 symbol, short name, kind, status in words and shape, flags,
// a condition tag, and for a rotating HQ its current and next seat.
import { memo, useEffect, useState, useSyncExternalStore } from "react";
import type { ChartCard } from "../../layout/tree";
import { CARD } from "../../layout/tree";
import type { Detail } from "../../layout/lod";
import type { ItemChange, Status, Unit } from "../../model";
import { symbolSize, unitSidc } from "../../symbols/sidc";
import { loadSymbolImages, symbolUrlNow } from "../../symbols/symbol-loader";
import { flagUrlNow, loadFlagUrl } from "../../symbols/flags";
import { KIND_LABEL, STATUS_LABEL } from "../common/labels";
import { StatusIcon } from "../common/StatusIcon";
import { WEAK_WORDS, WeakIcon } from "../common/WeakMark";
import { ChangeIcon } from "../compare/ChangeIcon";
import { cardFont, fitText, fontsLoadedVersion, subscribeToFonts, textDirection } from "./fit-text";

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

/**
 * Compare mode's mark on a card, in words: a tag on the card's top edge (shape and headline), a
 * detail on its marks line ("was proposed"), and the whole for screen readers. The outline's
 * line style follows the change; an unchanged card recedes.
 */
export type CardChange = { change: ItemChange; label: string; detail: string | null; spoken: string };

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

/** Shortens at a word where it can, so the words left are whole words a voice user can say. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const lastSpace = text.lastIndexOf(" ", max - 1);
  return (lastSpace > 0 ? text.slice(0, lastSpace) : text.slice(0, max - 1)) + "…";
}

/** The symbol's box on a card: 40 px high, as wide as the symbol's frame needs. */
function symbolBox(unit: Unit): { sidc: string; width: number; height: number } {
  const sidc = unitSidc(unit);
  const symbol = symbolSize(sidc);
  const height = 40;
  return { sidc, width: (symbol.width / symbol.height) * height, height };
}

/** Where the name starts (right of the symbol), and the inner margin the card keeps on its right. */
const nameX = (unit: Unit) => symbolBox(unit).width + 18;
const CARD_PADDING = 12;
const NAME_FONT = () => cardFont(700, 17);
const LINE_FONT = () => cardFont(700, 14);

/**
 * The words a card draws, top to bottom. The name and the seat line are cut to the room they
 * have, measured (see fit-text.ts): a long, wide or right-to-left name never leaves its card.
 */
export function cardWords(
  unit: Unit,
  seat: CardSeat | null,
  weak = false,
  change: CardChange | null = null,
): { name: string; kind: string; line: string | null; marks: string[]; status: string } {
  const seatLine = seat ? `Seat: ${seat.now}${seat.next ? ` · next ${seat.next}` : ""}` : null;
  return {
    name: fitText(unit.shortName, CARD.w - CARD_PADDING - nameX(unit), NAME_FONT(), 18),
    kind: truncate(KIND_LABEL[unit.kind], 24),
    line: seatLine
      ? fitText(seatLine, CARD.w - 2 * CARD_PADDING, LINE_FONT(), 40)
      : conditionTag(unit.condition),
    marks: [
      ...(weak ? [WEAK_WORDS] : []),
      ...(change?.detail ? [change.detail] : []),
      ...cardMarks(seat, unit.condition),
    ],
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
  const name = words.name.replace(/…$/, "");
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
  return <image href={url} x={10} y={10} width={width} height={height} aria-hidden="true" />;
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
        <title>{unit.name}</title>
        {outline}
        <rect className="card-frame" width={w} height={h} rx={8} />
        <rect className="card-focus-ring" x={-6} y={-6} width={w + 12} height={h + 12} rx={12} />
      </g>
    );
  }

  const { sidc, width: symbolW, height: symbolH } = symbolBox(unit);
  // A right-to-left name reads from its right end, and is cut at its left (its end), yet its
  // box starts where a left-to-right one would: text-anchor "end" is the left in rtl.
  const rtl = textDirection(words.name) === "rtl";
  return (
    <g {...common}>
      {/* The full name, as a tooltip: the card may show only the start of its short name. */}
      <title>{unit.name}</title>
      {outline}
      <rect className="card-frame" width={w} height={h} rx={8} />
      <CardSymbol sidc={sidc} width={symbolW} height={symbolH} />
      {/* The {" "} between texts are not drawn; they keep the card's words apart in its text. */}
      <text
        className="card-name"
        x={symbolW + 18}
        y={30}
        direction={rtl ? "rtl" : undefined}
        unicodeBidi={rtl ? "embed" : undefined}
        textAnchor={rtl ? "end" : undefined}
      >
        {words.name}
      </text>{" "}
      <text className="card-kind" x={symbolW + 18} y={49}>
        {words.kind}
      </text>{" "}
      {words.line && (
        <text className={seat ? "card-seat" : "card-condition"} x={12} y={72}>
          {words.line}
        </text>
      )}{" "}
      {words.marks.length > 0 && (
        <g className="card-marks" transform="translate(12, 91)">
          {weak && (
            <svg className="card-weak" width={14} height={14} x={0} y={-12} overflow="visible">
              <WeakIcon />
            </svg>
          )}
          <text x={weak ? 19 : 0} y={0}>
            {weak && <tspan className="card-weak">{WEAK_WORDS}</tspan>}
            {weak && words.marks.length > 1 && " · "}
            {words.marks.length > (weak ? 1 : 0) && (
              <tspan className="card-assumed">{words.marks.slice(weak ? 1 : 0).join(" · ")}</tspan>
            )}
          </text>
        </g>
      )}{" "}
      <g className="card-status" transform={`translate(12, ${h - 26})`}>
        <svg width={14} height={14} x={0} y={0} overflow="visible">
          <StatusIcon status={unit.status} />
        </svg>
        <text x={20} y={12}>
          {words.status}
        </text>
      </g>{" "}
      {/* Compare mode's tag sits on the top edge; in the card's text it follows the status. */}
      {change && change.change !== "unchanged" && <ChangeTagSvg change={change} width={w} />}{" "}
      {unit.status === "dropped" && (
        <line className="card-strike" x1={symbolW + 16} x2={w - 12} y1={25} y2={25} />
      )}
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
          y={h - 28}
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
