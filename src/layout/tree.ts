// The org chart's positions: a pure, deterministic function from the unit tree and the expanded
// set to cards and links. d3's tidy tree does the placing; we only shape the hierarchy it sees.
import { hierarchy, tree } from "d3-hierarchy";
import type { HierarchyNode, HierarchyPointNode } from "d3-hierarchy";
import type { Unit } from "../model";

export type Orientation = "top-down" | "left-right";
export type CardSize = { w: number; h: number };

/**
 * Room for a two-line name, the kind, a seat or condition and the marks (dates assumed, weakly
 * sourced; they share the note's line under a two-line name). Kept to 120: at 1280 × 800 four
 * levels must fit with names at 14 px.
 */
export const CARD: CardSize = { w: 236, h: 120 };
/**
 * Card names' font size in chart units. Large against the card on purpose: the name is what a
 * room reads, and a larger name lets the whole chart fit a laptop's width while names stay ≥ 14 px.
 */
export const CARD_NAME_PX = 20;
/** Gaps between neighbouring cards (across a level) and between levels. */
const SIBLING_GAP = 28;
export const LEVEL_GAP = 48;
/** A parent with more leaf children than this stacks them in columns instead of one long row. */
export const WRAP_AFTER = 3;

export type ChartCard = {
  id: string;
  unit: Unit;
  /** Top-left corner in chart coordinates. */
  x: number;
  y: number;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  parentId: string | null;
  /** 1-based place among its siblings and their number, as aria-posinset/aria-setsize want. */
  positionInSet: number;
  setSize: number;
};

/** `leg`: the link's own last stretch into the child, shared with no sibling (for per-link marks). */
export type ChartLink = { source: string; target: string; path: string; leg: string };

export type TreeLayout = {
  cards: ChartCard[];
  links: ChartLink[];
  bounds: { x: number; y: number; w: number; h: number };
  byId: Map<string, ChartCard>;
  orientation: Orientation;
};

/** The hierarchy d3 places: real units, plus leaves chained into columns under wide parents. */
/** `level` is the unit's depth in the model's tree; wrapped leaves sit deeper in d3's tree than that. */
type LayoutNode = { unit: Unit | null; children: LayoutNode[]; realParent: string | null; level: number };

function buildLayoutTree(
  roots: readonly Unit[],
  children: ReadonlyMap<string, readonly Unit[]>,
  expanded: ReadonlySet<string>,
): LayoutNode {
  const top: LayoutNode = { unit: null, children: [], realParent: null, level: -1 };
  const isLeaf = (u: Unit) => !expanded.has(u.id) || (children.get(u.id) ?? []).length === 0;
  // Columns of leaves hang after their parent's branches, so they are attached last.
  const columnsOf: { node: LayoutNode; columns: LayoutNode[] }[] = [];
  /**
   * A wide level costs a room's screen more than a deep one: a parent (or the top level) with
   * more than WRAP_AFTER children stacks its leaves in columns and keeps its branches in the row.
   * Returns the children that stay in the row.
   */
  const wrapLeaves = (node: LayoutNode, kids: readonly Unit[], parent: string | null, level: number) => {
    const leaves = kids.filter(isLeaf);
    if (kids.length <= WRAP_AFTER || leaves.length < 2) return kids;
    // Short columns (two for a handful of leaves): screens are wider than tall.
    const perColumn = Math.max(2, Math.ceil(Math.sqrt(leaves.length / 2)));
    const columns = Math.ceil(leaves.length / perColumn);
    const heads: LayoutNode[] = [];
    for (let c = 0; c < columns; c++) {
      let anchor: LayoutNode | null = null;
      for (const leaf of leaves.slice(c * perColumn, (c + 1) * perColumn)) {
        const leafNode: LayoutNode = { unit: leaf, children: [], realParent: parent, level };
        if (anchor) anchor.children.push(leafNode);
        else heads.push(leafNode);
        anchor = leafNode;
      }
    }
    columnsOf.push({ node, columns: heads });
    return kids.filter((k) => !isLeaf(k));
  };
  // Iterative, so deep models cannot overflow the stack.
  const stack: { unit: Unit; into: LayoutNode; parent: string | null; level: number }[] = wrapLeaves(
    top,
    roots,
    null,
    0,
  )
    .map((unit) => ({ unit, into: top, parent: null, level: 0 }))
    .reverse();
  const pending: { node: LayoutNode; into: LayoutNode }[] = [];
  while (stack.length) {
    const { unit, into, parent, level } = stack.pop()!;
    const node: LayoutNode = { unit, children: [], realParent: parent, level };
    pending.push({ node, into });
    const kids = expanded.has(unit.id) ? (children.get(unit.id) ?? []) : [];
    const branches = wrapLeaves(node, kids, unit.id, level + 1);
    for (let i = branches.length - 1; i >= 0; i--)
      stack.push({ unit: branches[i]!, into: node, parent: unit.id, level: level + 1 });
  }
  // Attach in visiting order so children keep the model's order.
  for (const { node, into } of pending) into.children.push(node);
  for (const { node, columns } of columnsOf) node.children.push(...columns);
  return top;
}

type MutableNode = { -readonly [K in keyof HierarchyNode<LayoutNode>]: HierarchyNode<LayoutNode>[K] };

/**
 * d3's hierarchy() of the layout tree, built without d3's own height pass: that pass walks up
 * from every node towards the root, 50 million steps on a 10,000-deep chain (most of "Expand
 * all"'s time there). Here each node is made by d3 (its prototype, its fields), linked in one
 * walk down, and given its height in one walk back up: linear on any shape.
 */
function hierarchyOf(top: LayoutNode): HierarchyNode<LayoutNode> {
  const single = (data: LayoutNode) => hierarchy(data, () => null) as MutableNode;
  const root = single(top);
  const order: MutableNode[] = [root]; // parents before their children
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    if (!node.data.children.length) continue;
    node.children = node.data.children.map((data) => {
      const child = single(data);
      child.parent = node as HierarchyNode<LayoutNode>;
      child.depth = node.depth + 1;
      order.push(child);
      return child as HierarchyNode<LayoutNode>;
    });
  }
  for (let i = order.length - 1; i > 0; i--) {
    const node = order[i]!;
    const parent = node.parent as MutableNode;
    parent.height = Math.max(parent.height, node.height + 1);
  }
  return root as HierarchyNode<LayoutNode>;
}

export function layoutTree(
  roots: readonly Unit[],
  children: ReadonlyMap<string, readonly Unit[]>,
  expanded: ReadonlySet<string>,
  orientation: Orientation = "top-down",
  size: CardSize = CARD,
): TreeLayout {
  const topDown = orientation === "top-down";
  const across = (topDown ? size.w : size.h) + SIBLING_GAP;
  const along = (topDown ? size.h : size.w) + LEVEL_GAP;
  const root = hierarchyOf(buildLayoutTree(roots, children, expanded));
  const placed = tree<LayoutNode>()
    .nodeSize([across, along])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root);

  const cards: ChartCard[] = [];
  const byId = new Map<string, ChartCard>();
  // Sibling positions come from the model's order (d3 visits wrapped leaves column by column).
  const positions = new Map<string, number>();
  const placeAmongSiblings = (unit: Unit, parent: string | null) => {
    const siblings = parent ? (children.get(parent) ?? []) : roots;
    if (!positions.has(unit.id)) siblings.forEach((s, i) => positions.set(s.id, i + 1));
    return { positionInSet: positions.get(unit.id) ?? 1, setSize: siblings.length };
  };
  const place = (n: HierarchyPointNode<LayoutNode>) =>
    topDown ? { x: n.x - size.w / 2, y: n.y - along } : { x: n.y - along, y: n.x - size.h / 2 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  placed.each((n) => {
    const unit = n.data.unit;
    if (!unit) return;
    const { x, y } = place(n);
    const kids = children.get(unit.id) ?? [];
    const card: ChartCard = {
      id: unit.id,
      unit,
      x,
      y,
      depth: n.data.level,
      hasChildren: kids.length > 0,
      expanded: kids.length > 0 && expanded.has(unit.id),
      parentId: n.data.realParent,
      ...placeAmongSiblings(unit, n.data.realParent),
    };
    cards.push(card);
    byId.set(unit.id, card);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + size.w);
    maxY = Math.max(maxY, y + size.h);
  });

  const links: ChartLink[] = [];
  for (const card of cards) {
    if (!card.parentId) continue;
    const parent = byId.get(card.parentId);
    if (parent)
      links.push({ source: parent.id, target: card.id, ...linkPath(parent, card, orientation, size) });
  }
  const bounds = cards.length
    ? { x: minX, y: minY, w: maxX - minX, h: maxY - minY }
    : { x: 0, y: 0, w: 0, h: 0 };
  return { cards, links, bounds, byId, orientation };
}

/** An elbow from parent to child; stacked leaves hang off a bus line beside their column. */
function linkPath(
  parent: ChartCard,
  child: ChartCard,
  orientation: Orientation,
  size: CardSize,
): { path: string; leg: string } {
  if (orientation === "top-down") {
    const px = parent.x + size.w / 2;
    const py = parent.y + size.h;
    const stacked = child.y - parent.y > size.h + LEVEL_GAP * 1.5;
    if (!stacked) {
      const midY = py + (child.y - py) / 2;
      const cx = child.x + size.w / 2;
      return { path: `M${px},${py}V${midY}H${cx}V${child.y}`, leg: `M${cx},${midY}V${child.y}` };
    }
    const busX = child.x - SIBLING_GAP / 2;
    const midY = py + LEVEL_GAP / 2;
    const cy = child.y + size.h / 2;
    return { path: `M${px},${py}V${midY}H${busX}V${cy}H${child.x}`, leg: `M${busX},${cy}H${child.x}` };
  }
  const px = parent.x + size.w;
  const py = parent.y + size.h / 2;
  const stacked = child.x - parent.x > size.w + LEVEL_GAP * 1.5;
  if (!stacked) {
    const midX = px + (child.x - px) / 2;
    const cy = child.y + size.h / 2;
    return { path: `M${px},${py}H${midX}V${cy}H${child.x}`, leg: `M${midX},${cy}H${child.x}` };
  }
  const busY = child.y - SIBLING_GAP / 2;
  const midX = px + LEVEL_GAP / 2;
  const cx = child.x + size.w / 2;
  return { path: `M${px},${py}H${midX}V${busY}H${cx}V${child.y}`, leg: `M${cx},${busY}V${child.y}` };
}

/** Pairs of cards whose rectangles intersect: the layout's promise is that there are none. */
export function overlappingPairs(cards: readonly ChartCard[], size: CardSize = CARD): [string, string][] {
  const sorted = [...cards].sort((a, b) => a.x - b.x);
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + size.w; j++) {
      const b = sorted[j]!;
      if (Math.abs(a.y - b.y) < size.h) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}

/** The box around one card and everything drawn below it (a root's whole tree, say). */
export function subtreeBounds(layout: TreeLayout, rootId: string, size = CARD): TreeLayout["bounds"] | null {
  const root = layout.byId.get(rootId);
  if (!root) return null;
  const inside = new Set([rootId]);
  let [minX, minY, maxX, maxY] = [root.x, root.y, root.x + size.w, root.y + size.h];
  // Cards come parents first, so one pass collects every descendant.
  for (const card of layout.cards) {
    if (!card.parentId || !inside.has(card.parentId)) continue;
    inside.add(card.id);
    minX = Math.min(minX, card.x);
    minY = Math.min(minY, card.y);
    maxX = Math.max(maxX, card.x + size.w);
    maxY = Math.max(maxY, card.y + size.h);
  }
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}
