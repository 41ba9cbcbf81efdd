// The structure panel: the unit tree under its title. On a phone the panel stacks above the main
// view, so a link that names a view (?view=map) opens with the tree folded: the map comes first.
import { useState } from "react";
import { useAtlas } from "../../state/store";
import { PHONE_QUERY, useMediaQuery } from "../common/media";
import { StructureTree } from "./StructureTree";

export function StructurePanel() {
  const phone = useMediaQuery(PHONE_QUERY);
  // Read once: the view the page opened on, not the one picked later.
  const [open, setOpen] = useState(() => useAtlas.getState().view === "chart");
  return (
    <nav className="panel structure-panel" id="structure" aria-label="Structure panel">
      <h2 className="panel-title">
        {phone ? (
          <button
            type="button"
            className="panel-fold"
            aria-expanded={open}
            aria-controls="structure-tree-box"
            onClick={() => setOpen(!open)}
          >
            Structure
          </button>
        ) : (
          "Structure"
        )}
      </h2>
      {/* Folded, the tree stays mounted: its rows, focus and scroll are as the user left them. */}
      <div id="structure-tree-box" hidden={phone && !open}>
        <StructureTree />
      </div>
    </nav>
  );
}
