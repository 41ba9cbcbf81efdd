// Arrow keys on the chart move as the picture reads: towards the parent, the children, or
// a sibling, whichever way the tree is drawn.
import type { ChartCard, TreeLayout } from "../../layout/tree";

/** The card to move to; "expand" to open a closed parent first; null: nothing there; undefined: not a move key. */
export function neighbourInDirection(
  layout: TreeLayout,
  card: ChartCard,
  key: string,
): string | null | "expand" | undefined {
  const topDown = layout.orientation === "top-down";
  const toParent = topDown ? "ArrowUp" : "ArrowLeft";
  const toChild = topDown ? "ArrowDown" : "ArrowRight";
  const toPrevious = topDown ? "ArrowLeft" : "ArrowUp";
  const toNext = topDown ? "ArrowRight" : "ArrowDown";
  const byReadingOrder = (a: ChartCard, b: ChartCard) =>
    topDown ? a.x - b.x || a.y - b.y : a.y - b.y || a.x - b.x;
  switch (key) {
    case toParent:
      return card.parentId;
    case toChild: {
      if (card.hasChildren && !card.expanded) return "expand";
      const children = layout.cards.filter((c) => c.parentId === card.id).sort(byReadingOrder);
      return children[0]?.id ?? null;
    }
    case toPrevious:
    case toNext: {
      const siblings = layout.cards.filter((c) => c.parentId === card.parentId).sort(byReadingOrder);
      const at = siblings.findIndex((c) => c.id === card.id);
      return siblings[at + (key === toNext ? 1 : -1)]?.id ?? null;
    }
    case "Home":
      return layout.cards[0]?.id ?? null;
    default:
      return undefined;
  }
}
