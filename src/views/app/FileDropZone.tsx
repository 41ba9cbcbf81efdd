import { useState } from "react";
import type { DragEvent, ReactNode } from "react";
import { registerFile } from "../../load/queries";
import { useAtlas } from "../../state/store";

/** Drop a .json model anywhere on the page; it is read locally, like the file picker. */
export function FileDropZone({ children }: { children: ReactNode }) {
  const [over, setOver] = useState(false);
  const request = useAtlas((s) => s.request);
  const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes("Files");
  return (
    <div
      className={`app${over ? " is-drop-target" : ""}`}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) request(registerFile(file));
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a model (.json) to open it. It stays on this computer.
        </div>
      )}
    </div>
  );
}
