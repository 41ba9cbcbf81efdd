import { useRef } from "react";
import { registerFile } from "../../load/queries";
import { useAtlas } from "../../state/store";

/** The "Open file…" button's id: where focus goes back to when a load error is dismissed. */
export const OPEN_FILE_BUTTON_ID = "open-model-file";

/** Opens a model from the user's disk; the file is read in the browser and never uploaded. */
export function ModelPicker() {
  const input = useRef<HTMLInputElement>(null);
  const request = useAtlas((s) => s.request);
  return (
    <div className="model-picker">
      <button
        type="button"
        id={OPEN_FILE_BUTTON_ID}
        onClick={() => input.current?.click()}
        title="Open a model file (JSON)"
      >
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Open a model file (JSON, read locally, never uploaded)"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) request(registerFile(file));
          event.target.value = ""; // picking the same file again should load it again
        }}
      />
    </div>
  );
}
