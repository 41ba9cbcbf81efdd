import { useAtlas } from "../../state/store";
import type { View } from "../../state/store";

const VIEW_WORDS: Record<View, string> = {
  chart: "the chart",
  map: "the map",
  matrix: "the matrix",
  summary: "the summary",
  sources: "the sources",
};

/**
 * The page's first Tab stops: past the header and the timeline to the main view, and to the
 * structure, in the order the page shows them (from 1000 px the view comes first, the structure
 * below it; narrower, the structure first). Focus mode has no structure.
 */
export function SkipLinks({ viewFirst, structure }: { viewFirst: boolean; structure: boolean }) {
  const view = useAtlas((s) => s.view);
  const toView = (
    <a key="view" className="skip-link" href="#main-view">
      Skip to {VIEW_WORDS[view]}
    </a>
  );
  const toStructure = (
    <a key="structure" className="skip-link" href="#structure">
      Skip to the structure
    </a>
  );
  if (!structure) return toView;
  return <>{viewFirst ? [toView, toStructure] : [toStructure, toView]}</>;
}
