// The org chart as an exported picture: the same layout as the screen (layout/tree.ts, with the
// expanded branches and orientation on screen), each card drawn as views/chart/UnitCard.tsx draws
// it, the tree links, and the relations as RelationLines draws them. Pure: images come in as
// data: URLs, colours as a palette.
import type { Relation, RelationKind, Status, Unit } from "../model";
import type { ModelIndex } from "../state/selectors";
import type { TreeLayout } from "../layout/tree";
import { CARD, CARD_NAME_PX } from "../layout/tree";
import { routeRelations } from "../layout/relation-routes";
import { symbolSize, unitSidc } from "../symbols/sidc";
import { cardWords, strikeLines } from "../views/chart/UnitCard";
import { textDirection } from "../views/chart/fit-text";
import type { CardDecorations } from "../views/chart/card-decorations";
import { RELATION_STYLE, relationPath, shownCard } from "../views/chart/RelationLines";
import { RELATION_LABEL, STATUS_LABEL } from "../views/common/labels";
import { WEAK_WORDS } from "../views/common/WeakMark";
import type { Palette, PaletteKey } from "./palette";
import { paint } from "./palette";
import { statusIcon, weakIcon } from "./marks";
import { el, escapeXml, text } from "./svg";
import type { LegendItem, SvgPiece } from "./svg";

export const RELATION_COLOUR: Record<RelationKind, PaletteKey> = {
  commands: "rel-commands",
  coordinates: "rel-coordinates",
  supports: "rel-supports",
  "based-on": "rel-based-on",
  "forward-element-of": "rel-forward",
  "contributes-to": "rel-contributes",
};

/** A card frame's dashes by status, as app.css draws them. */
export const FRAME_STYLE: Record<Status, { dash?: string; width: number; cap?: string }> = {
  decided: { width: 2.5 },
  planned: { dash: "10 5", width: 2.5 },
  proposed: { dash: "2 5", width: 3, cap: "round" },
  dropped: { width: 2.5 },
  reported: { width: 1.5 },
};

export type ChartPictureInput = {
  layout: TreeLayout;
  index: ModelIndex;
  relations: readonly Relation[];
  hiddenRelations: ReadonlySet<RelationKind>;
  decorations: CardDecorations;
  isWeak: (unit: Unit) => boolean;
  /**
   * The unit's APP-6 symbol as a data: URL; null leaves its box empty. Its box's size comes from
   * symbolSize, as on screen, so the words sit where the card on screen puts them either way.
   */
  symbol: (unit: Unit) => string | null;
  /** A nation's flag as a data: URL; null draws a placeholder. */
  flag: (code: string) => string | null;
  palette: Palette;
};

const PAD = 16;

function card(c: TreeLayout["cards"][number], input: ChartPictureInput): string {
  const p = input.palette;
  const unit = c.unit;
  const { w, h } = CARD;
  const status = unit.status;
  const colour = p[status];
  const frame = FRAME_STYLE[status];
  const parts: string[] = [
    el("rect", {
      width: w,
      height: h,
      rx: 8,
      fill: status === "dropped" ? p["card-dropped-fill"] : p.paper,
      stroke: colour,
      "stroke-width": frame.width,
      "stroke-dasharray": frame.dash,
      "stroke-linecap": frame.cap,
    }),
  ];
  // The same words as the card on screen (cardWords), in the same places: the symbol's box as
  // UnitCard sizes it (36 px high, as wide as symbolSize says for its code), the name in one or two
  // lines beside it, then the kind, the seat or condition, the marks.
  const seat = input.decorations.seats.get(c.id) ?? null;
  const weak = input.isWeak(unit);
  const words = cardWords(unit, seat, weak);
  const size = symbolSize(unitSidc(unit));
  const symbolH = 36;
  const symbolW = (size.width / size.height) * symbolH;
  const symbolUrl = input.symbol(unit);
  if (symbolUrl)
    parts.push(el("image", { "xlink:href": symbolUrl, x: 10, y: 10, width: symbolW, height: symbolH }));
  const textX = symbolW + 18;
  const twoLines = words.nameLines.length > 1;
  const kindY = twoLines ? 68 : 50;
  const kindX = twoLines ? 12 : textX;
  const marksY = words.line ? kindY + 36 : kindY + 18;
  const otherMarks = words.marks.slice(weak ? 1 : 0);
  // A right-to-left name set from the card's right, as on screen (UnitCard).
  const rtl = textDirection(words.name) === "rtl";
  const nameX = rtl ? w - 12 : textX;
  parts.push(
    el(
      "text",
      {
        x: nameX,
        y: 28,
        "font-size": CARD_NAME_PX,
        "font-weight": 700,
        fill: p.ink,
        ...(rtl ? { direction: "rtl", "unicode-bidi": "embed" } : {}),
      },
      ...words.nameLines.map((line, i) =>
        el(
          "tspan",
          { x: nameX, dy: i ? CARD_NAME_PX + 2 : 0 },
          escapeXml(line + (i < words.nameLines.length - 1 ? " " : "")),
        ),
      ),
    ),
  );
  if (status === "dropped")
    for (const { x1, x2, y } of strikeLines(words.nameLines, textX, w, rtl))
      parts.push(el("line", { x1, x2, y1: y, y2: y, stroke: p.dropped, "stroke-width": 2 }));
  parts.push(text(kindX, kindY, words.kind, { "font-size": 14, fill: p["ink-soft"] }));
  if (words.line) {
    const inline =
      !words.marksOwnLine && words.marks.length > 0
        ? el(
            "tspan",
            { "font-style": "italic", fill: p["ink-soft"], "font-weight": 400 },
            escapeXml(` · ${words.marks.join(" · ")}`),
          )
        : "";
    parts.push(
      el(
        "text",
        seat
          ? { x: 12, y: kindY + 18, "font-size": 14, "font-weight": 700, fill: p.accent }
          : { x: 12, y: kindY + 18, "font-size": 14, "font-style": "italic", fill: p.planned },
        escapeXml(words.line),
        inline,
      ),
    );
  }
  if (words.marksOwnLine && words.marks.length) {
    if (weak) parts.push(weakIcon(p.alert, 12, marksY - 12, 14));
    parts.push(
      el(
        "text",
        { x: weak ? 31 : 12, y: marksY, "font-size": 13 },
        weak ? el("tspan", { "font-weight": 700, fill: p.alert }, escapeXml(WEAK_WORDS)) : "",
        weak && otherMarks.length ? el("tspan", { fill: p["ink-soft"] }, " · ") : "",
        otherMarks.length
          ? el("tspan", { "font-style": "italic", fill: p["ink-soft"] }, escapeXml(otherMarks.join(" · ")))
          : "",
      ),
    );
  }
  parts.push(statusIcon(status, colour, 12, h - 24, 14));
  parts.push(
    text(32, h - 12, words.status, {
      "font-size": 14,
      "font-weight": 700,
      fill: status === "dropped" ? p["card-dropped-ink"] : colour,
    }),
  );
  const flags = (input.decorations.flags.get(c.id) ?? []).slice(0, 4);
  flags.forEach((flag, i) => {
    const x = w - 12 - 24 * (flags.length - i) - 4 * (flags.length - 1 - i);
    const url = input.flag(flag.code);
    parts.push(
      el(
        "g",
        { transform: `translate(${x} ${h - 26})` },
        url
          ? el("image", { "xlink:href": url, width: 24, height: 16, preserveAspectRatio: "none" })
          : el("rect", { width: 24, height: 16, fill: p["flag-placeholder"] }),
        el("rect", {
          width: 24,
          height: 16,
          fill: "none",
          stroke: flag.status === "decided" ? p["flag-line"] : p.ink,
          "stroke-width": flag.status === "decided" ? 1 : 1.5,
          "stroke-dasharray": flag.status === "decided" ? undefined : "3 2",
        }),
        el("title", {}, flag.label),
      ),
    );
  });
  // A closed branch says so: its + under the card, as on screen.
  if (c.hasChildren && !c.expanded)
    parts.push(
      el(
        "g",
        { transform: `translate(${w / 2} ${h})` },
        el("circle", { r: 11, fill: p.paper, stroke: p["ink-soft"], "stroke-width": 1.5 }),
        text(0, 5, "+", { "font-size": 16, "font-weight": 700, "text-anchor": "middle", fill: p.ink }),
      ),
    );
  return el(
    "g",
    { transform: `translate(${c.x} ${c.y})` },
    el("title", {}, `${unit.name}: ${STATUS_LABEL[status]}`),
    ...parts,
  );
}

/** The whole chart as laid out on screen (all its open branches, not just the part in view). */
export function chartPicture(input: ChartPictureInput): SvgPiece {
  const { layout, index, palette: p } = input;
  const b = layout.bounds;
  const links = layout.links.map((link) =>
    el("path", { d: link.path, fill: "none", stroke: p["tree-link"], "stroke-width": 2 }),
  );
  const ourReading = layout.links
    .filter((link) => index.units.get(link.target)?.ourReading)
    .map(
      (link) =>
        el("path", { d: link.leg, fill: "none", stroke: p["tree-link"], "stroke-width": 6 }) +
        el("path", { d: link.leg, fill: "none", stroke: p.paper, "stroke-width": 2.5 }),
    );
  // The relations drawn on screen, routed around the cards by the same router (RelationLines).
  const drawn = input.relations.flatMap((relation) => {
    if (input.hiddenRelations.has(relation.kind)) return [];
    const from = shownCard(layout, index.units, relation.from);
    const to = shownCard(layout, index.units, relation.to);
    return from && to && from !== to ? [{ relation, from, to }] : [];
  });
  const routes = routeRelations(
    layout.cards,
    drawn.map(({ relation, from, to }) => ({ id: relation.id, from, to })),
    CARD,
    layout.orientation,
  );
  const relations = drawn.flatMap(({ relation, from: a, to: z }) => {
    const points = routes.get(relation.id);
    if (!points) return [];
    const rolledUp = a.id !== relation.from || z.id !== relation.to;
    const d = relationPath(points);
    const style = RELATION_STYLE[relation.kind];
    const colour = p[RELATION_COLOUR[relation.kind]];
    const common = {
      d,
      fill: "none",
      "stroke-dasharray": style.dash || undefined,
      opacity: relation.status === "dropped" ? 0.4 : undefined,
    };
    const title = el(
      "title",
      {},
      `${RELATION_LABEL[relation.kind].out}: ${index.units.get(relation.from)?.name ?? relation.from} → ${index.units.get(relation.to)?.name ?? relation.to}`,
    );
    if (relation.ourReading)
      return [
        el(
          "g",
          {},
          title,
          el("path", { ...common, stroke: colour, "stroke-width": 6, "marker-end": "url(#x-arrow-hollow)" }),
          el("path", { ...common, stroke: p.paper, "stroke-width": 2.5 }),
        ),
      ];
    return [
      el(
        "path",
        {
          ...common,
          stroke: colour,
          "stroke-width": rolledUp ? 1.5 : relation.kind === "supports" ? 3 : 2.5,
          "stroke-linecap": relation.kind === "supports" ? "round" : undefined,
          "marker-end": "url(#x-arrow)",
        },
        title,
      ),
    ];
  });
  const arrow = (id: string, size: number) =>
    el(
      "marker",
      {
        id,
        viewBox: "0 0 10 10",
        refX: 9,
        refY: 5,
        markerWidth: size,
        markerHeight: size,
        orient: "auto-start-reverse",
      },
      el("path", { d: "M0,0 L10,5 L0,10 z", ...paint(p["rel-arrow"], "fill") }),
    );
  const cards = layout.cards.map((c) => card(c, input));
  return {
    width: b.w + 2 * PAD,
    height: b.h + 2 * PAD + 12,
    svg:
      el("defs", {}, arrow("x-arrow", 7), arrow("x-arrow-hollow", 3)) +
      el(
        "g",
        { transform: `translate(${PAD - b.x} ${PAD - b.y})` },
        el("g", { "aria-hidden": "true" }, ...links, ...ourReading),
        el("g", { "aria-hidden": "true" }, ...relations),
        ...cards,
      ),
  };
}

/** The chart's key, as its legend on screen: lines that are drawn, frames by status, marks. */
export function chartLegend(input: ChartPictureInput): LegendItem[] {
  const p = input.palette;
  const { relations, hiddenRelations, layout } = input;
  const line = (attrs: Record<string, string | number | undefined>) =>
    el("path", { d: "M0,7H28", fill: "none", ...attrs });
  const items: LegendItem[] = [
    { mark: line({ stroke: p["tree-link"], "stroke-width": 2 }), label: "Part of (tree)" },
  ];
  const drawnIds = new Set(layout.cards.map((c) => c.id));
  if (
    relations.some((r) => r.ourReading && !hiddenRelations.has(r.kind)) ||
    layout.cards.some((c) => c.unit.ourReading && c.parentId && drawnIds.has(c.parentId))
  )
    items.push({
      mark:
        line({ stroke: p["tree-link"], "stroke-width": 6 }) + line({ stroke: p.paper, "stroke-width": 2.5 }),
      label: "Hollow line: our reading, no source states this placement or link",
    });
  const kinds = [...new Set(relations.filter((r) => !hiddenRelations.has(r.kind)).map((r) => r.kind))];
  for (const kind of Object.keys(RELATION_STYLE) as RelationKind[]) {
    if (!kinds.includes(kind)) continue;
    items.push({
      mark: line({
        stroke: p[RELATION_COLOUR[kind]],
        "stroke-width": 2.5,
        "stroke-dasharray": RELATION_STYLE[kind].dash || undefined,
      }),
      label: RELATION_LABEL[kind].out,
    });
  }
  const statuses = [...new Set(layout.cards.map((c) => c.unit.status))];
  for (const status of ["decided", "planned", "proposed", "dropped", "reported"] as Status[]) {
    if (!statuses.includes(status)) continue;
    const f = FRAME_STYLE[status];
    items.push({
      mark: el("rect", {
        x: 1,
        y: 1,
        width: 26,
        height: 12,
        rx: 3,
        fill: status === "dropped" ? p["card-dropped-fill"] : p.paper,
        stroke: p[status],
        "stroke-width": Math.min(f.width, 2),
        "stroke-dasharray": f.dash ? (status === "planned" ? "5 3" : "1 3") : undefined,
        "stroke-linecap": f.cap,
      }),
      label: `${STATUS_LABEL[status]} (frame${status === "dropped" ? ", grey and struck through" : ""})`,
    });
  }
  if (layout.cards.some((c) => input.isWeak(c.unit)))
    items.push({ mark: weakIcon(p.alert, 7, 0, 14), label: `${WEAK_WORDS}: every source is an aggregator` });
  return items;
}
