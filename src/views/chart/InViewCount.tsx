// How much of the chart the box shows: an article's frame opens on part of a wide chart, and
// cut lines at its edges are easy to miss. Always one line, so the frame never changes height.
import { useEffect, useState } from "react";
import { CARD } from "../../layout/tree";
import type { TreeLayout } from "../../layout/tree";
import { cardsWhollyIn, viewportInChart } from "../../layout/lod";
import type { ViewportListener } from "./useChartViewport";

export function InViewCount({
  layout,
  subscribe,
}: {
  layout: Pick<TreeLayout, "cards">;
  subscribe: (listener: ViewportListener) => () => void;
}) {
  const [inView, setInView] = useState<number | null>(null);
  // Each zoom frame counts again; React skips the render while the count stays the same.
  useEffect(
    () =>
      subscribe((view, size) => setInView(cardsWhollyIn(layout.cards, viewportInChart(size, view, 0), CARD))),
    [subscribe, layout],
  );
  const total = layout.cards.length;
  if (inView === null || total === 0) return <p className="chart-in-view" />;
  return (
    <p className="chart-in-view">
      {inView >= total ? (
        `All ${total} cards in view`
      ) : (
        <>
          {`${inView} of ${total} cards in view`}
          <span className="chart-in-view-how"> · drag or zoom out for the rest</span>
        </>
      )}
    </p>
  );
}
