// The structure panel: the unit tree under its title. On a phone the panel stacks above the main
// view, so there the page opens with the tree folded: the view and its switch come first, on the
// first screen, rather than under some twenty rows (a tap on the title opens the tree).
import { useState } from "react";
import { PHONE_QUERY, useMediaQuery } from "../common/media";
import { StructureTree } from "./StructureTree";

export function StructurePanel() {
  const phone = useMediaQuery(PHONE_QUERY);
  // Read once, as the page opens: a window narrowed later keeps the tree its reader has seen.
  const [open, setOpen] = useState(() => !window.matchMedia?.(PHONE_QUERY).matches);
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
