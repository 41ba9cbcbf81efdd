// From a model and its story to a deck (deck.ts): a title slide, one slide per story step (more
// when a step's chart is too big to read on one), and the sources. Pure: the same model gives the
// same deck, in tests and in the browser. The chart uses the screen's own layout (layout/tree.ts)
// and card words (views/chart/UnitCard.tsx); only the sizes are the page's.
import type { Model, Problem, Relation, ResolvedModel, Source, StoryStep, Unit } from "../model";
import {
  checkStory,
  citationLabel,
  fullCitation,
  gradeWords,
  isWeaklySourced,
  playableStory,
  resolveStage,
  sourcesByStrength,
} from "../model";
import { indexModel, sourcesById } from "../state/selectors";
import type { ModelIndex } from "../state/selectors";
import { layoutTree } from "../layout/tree";
import type { CardSize, TreeLayout } from "../layout/tree";
import { routeRelations } from "../layout/relation-routes";
import { seatDate, seatIndexAt, seatsInOrder } from "../layout/rotation";
import { nameLines, truncate } from "../layout/card-text";
import { wrapText } from "../layout/map-scene";
import { nationsOnMap, placesOnMap } from "../layout/map";
import { formatIsoDate } from "../lib/iso-date";
import { cardWords } from "../views/chart/UnitCard";
import { closeBidi, textDirection } from "../views/chart/fit-text";
import type { CardSeat } from "../views/chart/UnitCard";
import { RELATION_LABEL, ROLE_LABEL, STATUS_LABEL } from "../views/common/labels";
import { MIN_PT, SLIDE_16_9 } from "./deck";
import type { Dash, Deck, LineShape, Page, PictureShape, Run, Shape, Slide, TextShape } from "./deck";

/** The screen's light theme (views/app/app.css), so a slide looks like the app. */
export const INK = "14181F";
const INK_SOFT = "3D4654";
const PAPER = "FFFFFF";
const SELECTED_FILL = "EEF4FD";
const DROPPED_FILL = "ECEEF1";
const TREE_LINK = "7A8494";
export const STATUS_COLOUR = {
  decided: "14181F",
  planned: "0B4FA8",
  proposed: "7A4A00",
  dropped: "6B7280",
  reported: "7B2D8B",
} as const;
/** A card's frame by status, as the chart draws it: solid, dashed, dotted; dropped is greyed. */
export const STATUS_DASH: Record<Unit["status"], Dash> = {
  decided: "solid",
  planned: "dash",
  proposed: "sysDot",
  dropped: "solid",
  reported: "solid",
};
/** The chart legend's line per relation kind (RelationLines' RELATION_STYLE), in PowerPoint's dashes. */
export const RELATION_LINE: Record<Relation["kind"], { dash: Dash; colour: string }> = {
  commands: { dash: "solid", colour: "111827" },
  coordinates: { dash: "dash", colour: "0B4FA8" },
  supports: { dash: "sysDot", colour: "15803D" },
  "based-on": { dash: "lgDashDot", colour: "7B2D8B" },
  "forward-element-of": { dash: "sysDash", colour: "C2410C" },
  "contributes-to": { dash: "lgDashDotDot", colour: "4B5563" },
};

/** A name set right to left when its first strong letter is (the card's own rule, fit-text.ts). */
export const isRtl = (text: string) => textDirection(text) === "rtl";

/** Average advance of a character in ems, for Arial (the deck's font) with a little to spare. */
const EM_PER_CHAR = 0.5;
/** Bold runs are this much wider. */
const BOLD = 1.1;
const charsIn = (widthIn: number, pt: number) => Math.max(4, Math.floor((widthIn * 72) / (pt * EM_PER_CHAR)));
/** A line's height: Arial's single spacing (1.15 em) and a little more. */
export const lineHeight = (pt: number) => (pt * 1.17) / 72;

/** A paragraph wrapped into lines for a box `widthIn` wide; each line of a long word is cut. */
export function wrapToWidth(text: string, widthIn: number, pt: number, bold = false): string[] {
  const max = charsIn(widthIn, bold ? pt * BOLD : pt);
  return wrapText(text, max).flatMap((line) => {
    const parts: string[] = [];
    for (let rest = line; rest.length; rest = rest.slice(max)) parts.push(rest.slice(0, max));
    return parts;
  });
}

/**
 * `text` and then `tail` on one line of the box: the text cut, ending in "…", where both do not
 * fit (a page's header: a long model title gives way, its date stays).
 */
export function oneLine(text: string, tail: string, widthIn: number, pt: number): string {
  const fits = (line: string) => wrapToWidth(line, widthIn, pt).length <= 1;
  if (fits(text + tail)) return text + tail;
  let kept = text;
  while (kept.length > 1 && !fits(`${kept.trimEnd()}…${tail}`)) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…${tail}`;
}

/** Inches a list of runs takes in a box `widthIn` wide. */
export function runsHeight(runs: readonly Run[], widthIn: number): number {
  return runs.reduce((h, r) => h + wrapToWidth(r.text, widthIn, r.size, r.bold).length * lineHeight(r.size) + (r.spaceAfter ?? 0) / 72, 0);
}

/** Where a slide's cut text is in full: its speaker notes. A PDF has none (see `cutNote`). */
const IN_THE_NOTES = "full text in the notes";

/**
 * Runs that fit `maxHeight`: the text keeps its size while it fits; otherwise it is cut at a
 * word with "…" and `more` (where the rest is), never set below MIN_PT, and `cut` says so.
 */
function fitRuns(runs: Run[], widthIn: number, maxHeight: number, more = IN_THE_NOTES): { runs: Run[]; cut: boolean } {
  if (runsHeight(runs, widthIn) <= maxHeight) return { runs, cut: false };
  const kept: Run[] = [];
  let used = 0;
  for (const run of runs) {
    const lines = wrapToWidth(run.text, widthIn, run.size, run.bold);
    const room = Math.floor((maxHeight - used + 1e-9) / lineHeight(run.size));
    if (room >= lines.length) {
      kept.push(run);
      used += lines.length * lineHeight(run.size);
      continue;
    }
    if (room > 0) kept.push({ ...run, text: `${lines.slice(0, room).join(" ")}… (${more})` });
    break;
  }
  // The note added above may itself wrap: drop words until the whole fits.
  while (kept.length && runsHeight(kept, widthIn) > maxHeight) {
    const last = kept.at(-1)!;
    const suffix = `… (${more})`;
    const words = (last.text.endsWith(suffix) ? last.text.slice(0, -suffix.length) : last.text).split(" ");
    if (words.length <= 2) {
      kept.pop();
      continue;
    }
    kept[kept.length - 1] = { ...last, text: `${words.slice(0, -2).join(" ")}… (${more})` };
  }
  return { runs: kept, cut: true };
}

// ---------------------------------------------------------------------------------------------
// The chart: cards and lines in inches.

/** Layout units per inch: the tree's gaps (28 and 48 units) become 0.14 in and 0.24 in. */
const UNITS_PER_IN = 200;
/** A card at scale 1: wide enough for 18 characters of a 12 pt bold name. */
const CARD_W_IN = 1.75;
/** Words to frame, inside the frame's line; the corners are rounded by no more than the pad. */
const CARD_PAD_IN = 0.05;
const CARD_RADIUS_IN = 0.05;
/** Frame lines (pt) at scale 1: a reported unit's thin, a step's selected unit's heavy. */
const FRAME_PT = { reported: 1.25, plain: 2, selected: 3.5 };
/** A card's words from its edge at scale 1: the pad plus the heaviest frame's inner half. */
const CARD_INSET_IN = CARD_PAD_IN + FRAME_PT.selected / 2 / 72;
/** More cards than this on one slide are not read in a room: the top of the tree, then continued slides. */
export const MAX_CARDS = 40;
/** A chart may grow to this scale on a roomy slide (12 pt words become 15 pt). */
const MAX_SCALE = 1.25;

type StageView = {
  resolved: ResolvedModel;
  index: ModelIndex;
  sources: ReadonlyMap<string, Source>;
  seats: Map<string, CardSeat>;
  leads: Map<string, string[]>;
  /** The date the stage stands for: which rotation seat is current. */
  date: string;
};

const LEAD_ROLES = new Set(["lead", "sea-lead", "monitoring-lead"]);

function stageView(model: Model, stageId: string | null): StageView {
  const resolved = resolveStage(model, stageId);
  const index = indexModel(resolved);
  const seats = new Map<string, CardSeat>();
  for (const unit of resolved.units) {
    if (!unit.rotation || !unit.rotation.seats.length) continue;
    const ordered = seatsInOrder(unit.rotation);
    const at = seatIndexAt({ ...unit.rotation, seats: ordered }, seatDate(model, stageId));
    const shown = Math.min(at, ordered.length - 1);
    const name = (i: number) => (ordered[i] ? (index.places.get(ordered[i]!.place)?.name ?? ordered[i]!.place) : null);
    seats.set(unit.id, { now: name(shown) ?? "", next: name(at + 1), datesAssumed: ordered[shown]?.datesAssumed === true });
  }
  // Lead nations as on the card's flags: a lead that is not dropped; the role's status in words.
  const leads = new Map<string, string[]>();
  for (const [unitId, roles] of index.rolesByUnit) {
    const codes: string[] = [];
    for (const r of roles)
      if (LEAD_ROLES.has(r.role) && r.status !== "dropped" && !codes.some((c) => c.startsWith(r.nation)))
        codes.push(r.status === "decided" ? r.nation : `${r.nation} (${STATUS_LABEL[r.status].toLowerCase()})`);
    if (codes.length) leads.set(unitId, codes);
  }
  return { resolved, index, sources: sourcesById(model), seats, leads, date: seatDate(model, stageId) };
}

/** A card's paragraphs at 12 pt (scaled later), and whether its name had to be shortened. */
function cardRuns(unit: Unit, view: StageView, pt: number, widthIn: number) {
  const weak = isWeaklySourced(unit.sources, view.sources);
  const words = cardWords(unit, view.seats.get(unit.id) ?? null, weak);
  // A cut name closes any bidi control it opened, so an override cannot run on past the "…".
  const names = nameLines(unit.shortName, charsIn(widthIn, pt * BOLD)).map(closeBidi);
  const runs: Run[] = names.map((text) => ({ text, size: pt, bold: true, color: INK }));
  const soft = unit.status === "dropped" ? "4B5260" : INK_SOFT;
  // The kind and the seat or condition may take two lines each, the lead nations three: a card
  // that cut "Option under discussion" or "Seat: Paris · next London" hid what a reader quotes.
  runs.push({ text: truncate(words.kind.replace(/…$/, ""), charsIn(widthIn, pt) * 2), size: pt, color: soft });
  const seat = view.seats.get(unit.id);
  const line = seat ? `Seat: ${seat.now}${seat.next ? ` · next ${seat.next}` : ""}` : words.line;
  if (line) runs.push({ text: truncate(line, charsIn(widthIn, pt) * 2), size: pt, color: soft });
  // Status in words (bold, in its colour), and the marks a reader must know before quoting.
  const status = [words.status, ...words.marks].join(" · ");
  if (status.length <= charsIn(widthIn, pt * BOLD)) runs.push({ text: status, size: pt, bold: true, color: STATUS_COLOUR[unit.status] });
  else {
    runs.push({ text: words.status, size: pt, bold: true, color: STATUS_COLOUR[unit.status] });
    runs.push({ text: truncate(words.marks.join(" · "), charsIn(widthIn, pt)), size: pt, color: soft });
  }
  const leads = view.leads.get(unit.id);
  if (leads) runs.push({ text: truncate(`Lead: ${leads.join(", ")}`, charsIn(widthIn, pt) * 3), size: pt, color: soft });
  return { runs, shortened: names.join(" ") !== unit.name };
}

/** Points of a layout link ("M x,y V y H x …") in layout units. */
function pathPoints(path: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of path.matchAll(/([MLHV])([^MLHV]*)/g)) {
    const n = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (cmd === "M" || cmd === "L") [x, y] = [n[0]!, n[1]!];
    else if (cmd === "H") x = n[0]!;
    else y = n[0]!;
    points.push([x, y]);
  }
  return points;
}

/** The card that stands for a unit on this slide: its own or its nearest shown ancestor's. */
function shownCardId(layout: TreeLayout, units: ReadonlyMap<string, Unit>, id: string): string | null {
  for (let at: string | null | undefined = id; at; at = units.get(at)?.parent) if (layout.byId.has(at)) return at;
  return null;
}

type ChartPart = { roots: Unit[]; expanded: Set<string>; label: string | null };

/** Everything below `roots`, opened; `depth` limits how many levels (Infinity: all). */
function openTo(roots: readonly Unit[], children: ReadonlyMap<string, readonly Unit[]>, depth: number): Set<string> {
  const open = new Set<string>();
  let level: readonly Unit[] = roots;
  for (let d = 1; d < depth && level.length; d++) {
    const next: Unit[] = [];
    for (const u of level) {
      const kids = children.get(u.id) ?? [];
      if (kids.length) open.add(u.id);
      next.push(...kids);
    }
    level = next;
  }
  return open;
}

type Area = { x: number; y: number; w: number; h: number };

type ChartDrawing = { shapes: Shape[]; cards: Unit[]; scale: number; label?: string | null; omitted?: number };
/** Slides one step's chart may take; a bigger chart ends with a note of the units left out. */
export const MAX_PARTS = 12;

/** One part of a chart drawn into `area`, or null if it cannot be drawn at `minScale` or more. */
function drawChart(part: ChartPart, view: StageView, area: Area, minScale: number, selected: string | null): ChartDrawing | null {
  const { index } = view;
  // Card height from the most words a card here has, so every card in a row is alike.
  const shownUnits = unitsShown(part.roots, part.expanded, index.children, MAX_CARDS + 1);
  if (shownUnits.length > MAX_CARDS) return null;
  const inner = CARD_W_IN - 2 * CARD_INSET_IN;
  const cardHeights = new Map(
    shownUnits.map((u) => {
      const lines = Math.max(3, runsHeight(cardRuns(u, view, MIN_PT, inner).runs, inner) / lineHeight(MIN_PT));
      return [u.id, (lines * lineHeight(MIN_PT) + 2 * CARD_INSET_IN) * UNITS_PER_IN] as const;
    }),
  );
  // Laid out with the tallest card's height, then each row made as tall as its own tallest card:
  // one card of seven lines (the HQ's seat and status) no longer makes every row that tall and
  // a chart of twelve cards spill onto a second slide without the card its step is about.
  const size: CardSize = { w: CARD_W_IN * UNITS_PER_IN, h: Math.max(...cardHeights.values()) };
  const layout = layoutTree(part.roots, index.children, part.expanded, "top-down", size);
  const rows = rowsOfOwnHeight(layout.cards, size.h, (id) => cardHeights.get(id) ?? size.h);
  const top = rows.y(layout.bounds.y);
  const bw = layout.bounds.w / UNITS_PER_IN;
  const bh = (rows.y(layout.bounds.y + layout.bounds.h) - top) / UNITS_PER_IN;
  const scale = Math.min(MAX_SCALE, area.w / bw, area.h / bh);
  if (scale < minScale) return null;
  const k = scale / UNITS_PER_IN;
  // Centred across, from the top of the area.
  const ox = area.x + (area.w - bw * scale) / 2 - layout.bounds.x * k;
  const oy = area.y - top * k;
  const at = ([x, y]: [number, number]): [number, number] => [ox + x * k, oy + rows.y(y) * k];
  const shapes: Shape[] = [];
  for (const link of layout.links)
    shapes.push({ kind: "line", points: pathPoints(link.path).map(at), color: TREE_LINK, dash: "solid", width: 1.5, arrow: false, label: "part of" });
  // Relations the tree does not show, routed between cards as on screen.
  const requests = [];
  const drawn: { relation: Relation; id: string }[] = [];
  for (const relation of view.resolved.relations) {
    const from = shownCardId(layout, index.units, relation.from);
    const to = shownCardId(layout, index.units, relation.to);
    if (!from || !to || from === to) continue;
    requests.push({ id: relation.id, from: layout.byId.get(from)!, to: layout.byId.get(to)! });
    drawn.push({ relation, id: relation.id });
  }
  const routes = routeRelations(layout.cards, requests, size, layout.orientation);
  for (const { relation } of drawn) {
    const points = routes.get(relation.id);
    if (!points || points.length < 2) continue;
    const style = RELATION_LINE[relation.kind];
    const from = index.units.get(relation.from)?.shortName ?? relation.from;
    const to = index.units.get(relation.to)?.shortName ?? relation.to;
    shapes.push({
      kind: "line",
      points: points.map((p) => at([p[0], p[1]])),
      color: relation.status === "dropped" ? "9CA3AF" : style.colour,
      dash: style.dash,
      width: 2,
      arrow: true,
      label: `${RELATION_LABEL[relation.kind].out}: ${from} → ${to} (${STATUS_LABEL[relation.status].toLowerCase()}${relation.ourReading ? ", our reading: no source states this link" : ""})`,
    });
  }
  // The cards scale whole, words, frame and insets alike: a slide's words never below MIN_PT
  // (minScale 1 there); a handout's shrunken chart (minScale 0.6, read up close) down to about
  // 7 pt. Kept at MIN_PT, a shrunken card cut its last lines (the status marks, the lead nations)
  // at its bottom edge; kept at full weight, a frame ran over the shrunken card's first letters.
  const pt = Math.floor(MIN_PT * scale * 2) / 2;
  for (const card of layout.cards) {
    const unit = card.unit;
    const [x, y] = at([card.x, card.y]);
    const w = size.w * k;
    const h = rows.height(card.y) * k;
    const framePt = unit.status === "reported" ? FRAME_PT.reported : unit.id === selected ? FRAME_PT.selected : FRAME_PT.plain;
    const pad = (CARD_PAD_IN + framePt / 2 / 72) * scale;
    const { runs } = cardRuns(unit, view, pt, w - 2 * pad);
    shapes.push({
      kind: "card",
      unitId: unit.id,
      x,
      y,
      w,
      h,
      paragraphs: runs,
      frame: { color: STATUS_COLOUR[unit.status], dash: STATUS_DASH[unit.status], width: framePt * scale },
      pad,
      radius: CARD_RADIUS_IN * scale,
      // The step's selected unit stands out by a heavier frame and a tint; a dropped one stays grey.
      fill: unit.status === "dropped" ? DROPPED_FILL : unit.id === selected ? SELECTED_FILL : PAPER,
      rtl: isRtl(unit.shortName),
    });
  }
  return { shapes, cards: layout.cards.map((c) => c.unit), scale };
}

/**
 * Rows of cards (cards with the same top) each as tall as their own tallest card, from a layout
 * whose rows are all `laidHeight` tall: `y` moves any chart y (a card's top, a link's bend, a
 * relation's route) to its place with the rows shortened, gaps kept; `height` is a row's height.
 */
function rowsOfOwnHeight(cards: readonly { id: string; y: number }[], laidHeight: number, heightOf: (id: string) => number) {
  const tops = [...new Set(cards.map((c) => c.y))].sort((a, b) => a - b);
  const heights = tops.map((t) => Math.max(...cards.filter((c) => c.y === t).map((c) => heightOf(c.id))));
  const newTops: number[] = [];
  tops.forEach((t, i) => newTops.push(i === 0 ? t : newTops[i - 1]! + heights[i - 1]! + (t - tops[i - 1]! - laidHeight)));
  const rowAt = (y: number) => {
    let i = -1;
    while (i + 1 < tops.length && tops[i + 1]! <= y + 1e-9) i++;
    return i;
  };
  return {
    y(y: number): number {
      const i = rowAt(y);
      if (i < 0) return y - (tops[0] ?? 0) + (newTops[0] ?? 0);
      const into = y - tops[i]!;
      return into <= laidHeight ? newTops[i]! + (into * heights[i]!) / laidHeight : newTops[i]! + heights[i]! + into - laidHeight;
    },
    height: (top: number) => heights[Math.max(0, rowAt(top))] ?? laidHeight,
  };
}

/**
 * The chart of a stage cut into parts that each fit `area` at `minScale`: the whole tree if it
 * fits; else its top levels, then one "continued" part per branch cut off (cut again if needed).
 */
function chartParts(view: StageView, area: Area, minScale: number, selected: string | null): ChartDrawing[] {
  const { index } = view;
  const out: ChartDrawing[] = [];
  const queue: ChartPart[] = [{ roots: index.roots, expanded: openTo(index.roots, index.children, Infinity), label: null }];
  while (queue.length) {
    // A very deep or wide tree would need dozens of slides: the deck stops, and says so.
    if (out.length >= MAX_PARTS) {
      const left = queue.reduce((n, p) => n + probeCount(p, index), 0);
      out[out.length - 1] = { ...out.at(-1)!, omitted: left };
      break;
    }
    const part = queue.shift()!;
    const whole = drawChart(part, view, area, minScale, selected);
    if (whole) {
      out.push({ ...whole, label: part.label });
      continue;
    }
    // The top levels that fit, deepest first.
    let best: { drawing: ChartDrawing; depth: number } | null = null;
    for (let depth = 1; depth < 64; depth++) {
      const open = openTo(part.roots, index.children, depth);
      const drawing = drawChart({ ...part, expanded: open }, view, area, minScale, selected);
      if (!drawing) break;
      best = { drawing, depth };
      if (drawing.cards.length === probeCount(part, index)) break;
    }
    if (!best) {
      // Not even the roots side by side: split them.
      if (part.roots.length > 1) {
        const half = Math.ceil(part.roots.length / 2);
        queue.unshift({ ...part, roots: part.roots.slice(0, half) }, { ...part, roots: part.roots.slice(half) });
      } else out.push({ ...drawChart({ ...part, expanded: new Set() }, view, area, 0, selected)!, label: part.label });
      continue;
    }
    out.push({ ...best.drawing, label: part.label });
    // Each card on the last level shown whose children are hidden continues on a slide of its
    // own, with those children at the top (always a level lower, so this ends).
    const shown = new Set(best.drawing.cards.map((u) => u.id));
    for (const unit of best.drawing.cards) {
      const kids = index.children.get(unit.id) ?? [];
      if (kids.length && !kids.some((c) => shown.has(c.id)))
        queue.push({ roots: kids, expanded: openTo(kids, index.children, Infinity), label: unit.shortName });
    }
  }
  return out;
}

/** The units a part shows (roots, and the children of opened units), counted up to `limit`. */
function unitsShown(roots: readonly Unit[], open: ReadonlySet<string>, children: ReadonlyMap<string, readonly Unit[]>, limit: number): Unit[] {
  const out: Unit[] = [];
  const stack = [...roots].reverse();
  while (stack.length && out.length < limit) {
    const unit = stack.pop()!;
    out.push(unit);
    if (open.has(unit.id)) stack.push(...[...(children.get(unit.id) ?? [])].reverse());
  }
  return out;
}

function probeCount(part: ChartPart, index: ModelIndex): number {
  let n = 0;
  const stack = [...part.roots];
  while (stack.length) {
    const u = stack.pop()!;
    n++;
    stack.push(...(index.children.get(u.id) ?? []));
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Map and matrix steps: who does what and where. A map step shows the map (drawn by the
// browser, pictures.ts) and says it in words in the notes; a matrix step as native text.

function whoDoesWhat(view: StageView): { nations: string[]; places: string[] } {
  const { resolved, index } = view;
  const lines: string[] = [];
  for (const nation of nationsOnMap(resolved, index)) {
    const roles = nation.roles.filter((r) => r.status !== "dropped");
    if (!roles.length) continue;
    const words = roles.map(
      (r) => `${ROLE_LABEL[r.role].toLowerCase()} in ${index.units.get(r.in)?.shortName ?? r.in} (${STATUS_LABEL[r.status].toLowerCase()})`,
    );
    lines.push(`${nation.name}: ${words.join("; ")}`);
  }
  const places = placesOnMap(resolved, null, view.date)
    .filter((p) => p.units.length || p.seats.length)
    .map((p) => {
      const what = [...p.units.map((u) => u.shortName), ...p.seats.map((s) => `${s.unit.shortName} seat`)];
      return `${p.place.name}: ${[...new Set(what)].join(", ")}`;
    });
  return { nations: lines, places };
}

function whoDoesWhatText(view: StageView, area: Area, more: string): { shapes: Shape[]; lines: string[] } {
  const { nations: lines, places } = whoDoesWhat(view);
  const columnGap = 0.3;
  const colW = (area.w - columnGap) / 2;
  const head = (text: string): Run => ({ text, size: 14, bold: true, color: INK });
  const body = (text: string): Run => ({ text, size: MIN_PT, color: INK });
  const left = fitRuns([head("Nations and their roles"), ...lines.map(body)], colW, area.h, more);
  const right = fitRuns([head("Places"), ...(places.length ? places : ["No place is named in this stage."]).map(body)], colW, area.h, more);
  const box = (x: number, runs: Run[]): TextShape => ({ kind: "text", x, y: area.y, w: colW, h: area.h, paragraphs: runs, valign: "top" });
  return { shapes: [box(area.x, left.runs), box(area.x + colW + columnGap, right.runs)], lines: [...lines, ...places] };
}

// ---------------------------------------------------------------------------------------------
// Slides.

const MARGIN = 0.35;

/** The line over a step's text: its stage, or for a model without stages the date it stands at. */
function stageLine(model: Model, stage: Model["stages"][number] | undefined, stageId: string | null): string {
  if (stage) return `Stage: ${stageWords(stage)}`;
  return stageId ? `Stage: ${stageId}` : `As of ${formatIsoDate(model.meta.asOf)} (the model has no stages)`;
}

/** "March–April 2025 options (March 2025)"; a stage named by its date says it once. */
function stageWords(stage: Model["stages"][number]): string {
  const date = formatIsoDate(stage.date);
  return stage.name.includes(date) || stage.name === stage.date ? stage.name : `${stage.name} (${date})`;
}

/** "OSW, 10 July 2025 (analysis)" for each source, strongest first. */
export function sourceLine(ids: readonly string[], sources: ReadonlyMap<string, Source>): string {
  const named = sourcesByStrength(ids, sources).map((id) => {
    const s = sources.get(id);
    return s ? `${citationLabel(s)} (${gradeWords(s)})` : id;
  });
  return `Sources: ${named.join(" · ")}${isWeaklySourced(ids, sources) ? " · weakly sourced" : ""}`;
}

/** A source in full, for notes and the sources slide: citation, grade, address. */
export function sourceEntry(source: Source): string {
  return `${fullCitation(source)} · ${gradeWords(source)} · ${source.url ?? "no web address"}`;
}

export type DeckOptions = {
  page?: Page;
  /** "continue": a chart too big at 12 pt goes on continued slides (the deck). "shrink": it is drawn smaller, down to 60 % (about 7 pt), on one page (the handout). */
  overflow?: "continue" | "shrink";
  /** A line with the model's title above the first step page (the handout has no title page). */
  titleOnFirst?: boolean;
};

/** A step as a view of the model: what "this view as a slide" makes from the screen's state. */
export type ViewStep = Pick<StoryStep, "title" | "text" | "view" | "sources"> & {
  /** The stage shown; null for a model without stages, shown as it stands. */
  stage: string | null;
  notes?: string;
  select?: StoryStep["select"];
};

function stepSlides(model: Model, step: ViewStep, stepIndex: number, page: Page, options: Required<Omit<DeckOptions, "page">>, first: boolean): Slide[] {
  const view = stageView(model, step.stage);
  const stage = model.stages.find((s) => s.id === step.stage);
  const width = page.w - 2 * MARGIN;
  let y = MARGIN;
  const top: Shape[] = [];
  if (first && options.titleOnFirst) {
    const header = oneLine(model.meta.title, ` · as of ${formatIsoDate(model.meta.asOf)}`, width, 14);
    top.push({ kind: "text", x: MARGIN, y, w: width, h: lineHeight(14), paragraphs: [{ text: header, size: 14, color: INK_SOFT }] });
    y += lineHeight(14) + 0.05;
  }
  // Where cut text is in full: a slide's notes; a handout (the only deck that shrinks) has none.
  const more = options.overflow === "shrink" ? "cut to fit the page" : IN_THE_NOTES;
  const titleRuns = fitRuns([{ text: step.title, size: 24, bold: true, color: INK }], width, lineHeight(24) * 2, more);
  const titleH = runsHeight(titleRuns.runs, width);
  const titleY = y;
  y += titleH + 0.08;
  const stageRun: Run = { text: stageLine(model, stage, step.stage), size: 14, color: INK_SOFT };
  const sourcesText = sourceLine(step.sources, view.sources);
  const footer = fitRuns([{ text: sourcesText, size: MIN_PT, color: INK_SOFT }], width, lineHeight(MIN_PT) * 2, "in full on the Sources page");
  const footerH = runsHeight(footer.runs, width);
  const footerY = page.h - MARGIN - footerH;
  const bodyBottom = footerY - 0.15;
  // A handout is read up close and zooms (vector): its chart may shrink to 60 % (about 7 pt) to stay on one page.
  const minScale = options.overflow === "shrink" ? 0.6 : 1;

  // Two ways to share the page: the text in a column beside the chart, or above it.
  const side = 3.3;
  const columnText = fitRuns([stageRun, { text: step.text, size: 16, color: INK }], side, bodyBottom - y, more);
  const column = columnText.cut ? fitRuns([stageRun, { text: step.text, size: MIN_PT + 2, color: INK }], side, bodyBottom - y, more) : columnText;
  const stacked = fitRuns([stageRun, { text: step.text, size: 16, color: INK }], width, (bodyBottom - y) / 2, more);
  const stackedH = runsHeight(stacked.runs, width);
  const layouts = [
    { text: { x: MARGIN, y, w: side, h: bodyBottom - y, runs: column.runs, cut: column.cut }, area: { x: MARGIN + side + 0.25, y, w: width - side - 0.25, h: bodyBottom - y } },
    { text: { x: MARGIN, y, w: width, h: stackedH, runs: stacked.runs, cut: stacked.cut }, area: { x: MARGIN, y: y + stackedH + 0.15, w: width, h: bodyBottom - y - stackedH - 0.15 } },
  ];

  let parts: { shapes: Shape[]; cards: Unit[]; label: string | null }[] = [];
  let chosen = layouts[0]!;
  let mapLines: string[] = [];
  let chartNote: string | null = null;
  if (step.view === "chart") {
    // The layout whose chart needs the fewest slides, then the one that draws it largest.
    let bestParts: ChartDrawing[] | null = null;
    for (const l of layouts) {
      const drawn = chartParts(view, l.area, minScale, step.select?.unit ?? null);
      const better =
        !bestParts || drawn.length < bestParts.length || (drawn.length === bestParts.length && drawn[0]!.scale > bestParts[0]!.scale + 0.01);
      if (better) {
        bestParts = drawn;
        chosen = l;
      }
    }
    parts = bestParts!.map((d) => ({ ...d, label: d.label ?? null }));
    const omitted = bestParts!.at(-1)?.omitted ?? 0;
    if (omitted) chartNote = `${omitted} more units of this stage are not drawn: the chart would need more than ${MAX_PARTS} slides. Open the model in Command Atlas to see them.`;
  } else if (step.view === "map") {
    // The map beside the step's words, as large as the page leaves it; who does what, in words,
    // in the notes and the picture's alternative text.
    chosen = layouts[0]!;
    const { nations, places } = whoDoesWhat(view);
    mapLines = [...nations, ...places];
    const { area } = chosen;
    const stageName = stage ? `stage ${stageWords(stage)}` : step.stage ? `stage ${step.stage}` : `as of ${formatIsoDate(model.meta.asOf)}`;
    const picture: PictureShape = {
      kind: "picture",
      ...area,
      map: { stage: step.stage },
      alt: `Map of the lines of effort, ${stageName}. ${nations.join(". ")}.`,
    };
    parts = [{ shapes: [picture], cards: [], label: null }];
  } else {
    chosen = layouts[1]!;
    const drawn = whoDoesWhatText(view, chosen.area, more);
    mapLines = drawn.lines;
    parts = [{ shapes: drawn.shapes, cards: [], label: null }];
  }

  const notesBase = [
    step.notes ? `Presenter's notes: ${step.notes}` : null,
    chosen.text.cut || titleRuns.cut ? `Full text: ${step.title}. ${step.text}` : null,
    "Sources:",
    ...sourcesByStrength(step.sources, view.sources).map((id) => {
      const s = view.sources.get(id);
      return s ? `- ${sourceEntry(s)}` : `- ${id}`;
    }),
  ];
  return parts.map((part, i) => {
    const continued = parts.length > 1 ? { n: i + 1, of: parts.length } : undefined;
    const heading = i === 0 ? titleRuns.runs[0]!.text : continuedHeading(step.title, `(continued${part.label ? `: under ${part.label}` : ""}, ${i + 1} of ${parts.length})`, width, titleH);
    const headingRuns: Run[] = [{ text: heading, size: 24, bold: true, color: INK }];
    const shapes: Shape[] = [
      ...(i === 0 ? top : []),
      { kind: "text", x: MARGIN, y: titleY, w: width, h: titleH, paragraphs: headingRuns },
      {
        kind: "text",
        x: chosen.text.x,
        y: chosen.text.y,
        w: chosen.text.w,
        h: chosen.text.h,
        // The last slide of a chart cut short says so in words, under the step's text.
        paragraphs: chartNote && i === parts.length - 1 ? withNote(chosen.text.runs, chartNote, chosen.text.w, chosen.text.h, more) : chosen.text.runs,
        valign: "top",
      },
      ...part.shapes,
      { kind: "text", x: MARGIN, y: footerY, w: width, h: footerH, paragraphs: footer.runs, valign: "bottom" },
    ];
    const cardNames = part.cards.map((u) => `- ${u.name} (${STATUS_LABEL[u.status].toLowerCase()})`);
    const notes = [
      ...notesBase,
      cardNames.length ? "Cards on this slide, full names:" : null,
      ...cardNames,
      ...(mapLines.length ? ["Who does what, where:", ...mapLines.map((l) => `- ${l}`)] : []),
      chartNote && i === parts.length - 1 ? chartNote : null,
      ...part.shapes.filter((s): s is LineShape => s.kind === "line" && s.arrow).map((s, j) => (j === 0 ? `Relations: ${s.label}` : `- ${s.label}`)),
    ].filter((l): l is string => l !== null);
    return { role: "step", title: heading, step: stepIndex, part: continued, shapes, notes: notes.join("\n") } satisfies Slide;
  });
}

/** The note, in bold, after the runs; the step's text gives way to it if both do not fit. */
function withNote(runs: Run[], note: string, width: number, room: number, more: string): Run[] {
  const noteRun: Run = { text: note, size: MIN_PT, bold: true, color: INK };
  const left = room - runsHeight([noteRun], width) - 0.1;
  return [...fitRuns(runs, width, Math.max(0, left), more).runs, noteRun];
}

/** "Title (continued: under X, 2 of 3)" in the title's room: the title gives way, word by word. */
function continuedHeading(title: string, suffix: string, width: number, room: number): string {
  const words = title.split(" ");
  for (let n = words.length; n > 0; n--) {
    const text = `${words.slice(0, n).join(" ")}${n < words.length ? "…" : ""} ${suffix}`;
    if (runsHeight([{ text, size: 24, bold: true }], width) <= room + 1e-9) return text;
  }
  return suffix;
}

function titleSlide(model: Model, storyTitle: string | null, page: Page): Slide {
  const stageId = model.meta.defaultStage ?? model.stages.at(-1)?.id;
  const stage = model.stages.find((s) => s.id === stageId);
  const width = page.w - 2 * MARGIN;
  const paragraphs: Run[] = [
    { text: model.meta.title, size: 40, bold: true, color: INK },
    ...(storyTitle ? [{ text: storyTitle, size: 24, color: INK }] : []),
    { text: stage ? `Stage: ${stageWords(stage)}` : "No stages", size: 18, color: INK_SOFT },
    { text: `As of ${formatIsoDate(model.meta.asOf)}`, size: 18, color: INK_SOFT },
  ];
  const h = runsHeight(paragraphs, width);
  return {
    role: "title",
    title: model.meta.title,
    shapes: [
      { kind: "text", x: MARGIN, y: (page.h - h) / 2, w: width, h, paragraphs, align: "center", valign: "middle" },
      {
        kind: "text",
        x: MARGIN,
        y: page.h - MARGIN - lineHeight(MIN_PT) * 2,
        w: width,
        h: lineHeight(MIN_PT) * 2,
        paragraphs: [{ text: `Made with Command Atlas from a sourced model. Every unit and line carries a status; the speaker notes and the last slides name the sources. Licence: ${model.meta.licence}`, size: MIN_PT, color: INK_SOFT }],
        align: "center",
      },
    ],
    notes: `${model.meta.description}\nModel as of ${formatIsoDate(model.meta.asOf)}.`,
  };
}

/**
 * The sources slides: the sources with their grades and addresses, as many slides as it takes.
 * Every source of the model, or those `ids` name (a view's), strongest first.
 */
function sourcesSlides(model: Model, page: Page, ids?: readonly string[]): Slide[] {
  const width = page.w - 2 * MARGIN;
  const headH = lineHeight(28);
  const room = page.h - 2 * MARGIN - headH - 0.15;
  const sources = sourcesById(model);
  const listed = ids ? sourcesByStrength(ids, sources).flatMap((id) => sources.get(id) ?? []) : model.meta.sources;
  if (!listed.length) return [];
  const entries = listed.map(sourceEntry);
  const slides: Run[][] = [[]];
  let used = 0;
  for (const entry of entries) {
    const run: Run = { text: entry, size: MIN_PT, color: INK, spaceAfter: 5 };
    const h = runsHeight([run], width);
    if (used + h > room && slides.at(-1)!.length) {
      slides.push([]);
      used = 0;
    }
    slides.at(-1)!.push(run);
    used += h;
  }
  return slides.map((runs, i) => {
    const title = i === 0 ? "Sources" : `Sources (continued, ${i + 1} of ${slides.length})`;
    return {
      role: "sources",
      title,
      part: slides.length > 1 ? { n: i + 1, of: slides.length } : undefined,
      shapes: [
        { kind: "text", x: MARGIN, y: MARGIN, w: width, h: headH, paragraphs: [{ text: title, size: 28, bold: true, color: INK }] },
        { kind: "text", x: MARGIN, y: MARGIN + headH + 0.15, w: width, h: room, paragraphs: runs, valign: "top" },
      ],
      notes: runs.map((r) => r.text).join("\n"),
    };
  });
}

export type StoryDeck = { deck: Deck; problems: Problem[] };

/**
 * The model's story as a deck: title, one slide per step that can be shown (steps that point at
 * a missing stage or unit are left out and returned as problems with their JSON pointers), sources.
 */
export function buildStoryDeck(model: Model, options: DeckOptions = {}): StoryDeck {
  const page = options.page ?? SLIDE_16_9;
  const opts = { overflow: options.overflow ?? "continue", titleOnFirst: options.titleOnFirst ?? false } as const;
  const playable = playableStory(model);
  const problems = playable ? playable.problems : checkStory(model);
  const steps = playable?.steps ?? [];
  const slides: Slide[] = [];
  if (!opts.titleOnFirst) slides.push(titleSlide(model, playable?.story.title ?? null, page));
  steps.forEach(({ step, index }, i) => slides.push(...stepSlides(model, step, index, page, opts, i === 0)));
  // Every step's source line points here, the handout's too (a PDF has no notes).
  slides.push(...sourcesSlides(model, page));
  return { deck: { title: playable?.story.title ?? model.meta.title, page, slides }, problems };
}

/** One view (the screen's, as a step) as a deck: its slide(s), then its sources in full. */
export function buildViewDeck(model: Model, step: ViewStep, options: DeckOptions = {}): Deck {
  const page = options.page ?? SLIDE_16_9;
  const opts = { overflow: options.overflow ?? "continue", titleOnFirst: options.titleOnFirst ?? false } as const;
  return {
    title: step.title,
    page,
    slides: [...stepSlides(model, step, -1, page, opts, true), ...sourcesSlides(model, page, step.sources)],
  };
}
