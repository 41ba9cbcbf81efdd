// "Export": a pick list (what, format, colours), the file name it will get, and one Download
// button. Everything is made in this browser; nothing is sent anywhere. Loaded on demand.
import { useState } from "react";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { useResolvedTheme } from "../app/theme";
import type { ResolvedTheme } from "../app/theme";
import { ModalDialog } from "../common/ModalDialog";
import { download, fileNameFor, makeExport } from "../../export/export-file";
import type { ExportFormat, ExportSubject } from "../../export/filename";

const SUBJECTS: Record<ExportSubject, string> = {
  chart: "Org chart",
  map: "Map",
  matrix: "Matrix (nations × lines of effort)",
};
const FORMATS: Record<ExportFormat, string> = {
  svg: "SVG: vector picture, text stays text",
  png: "PNG at twice the size (print, slides)",
  social: "PNG 1200 × 675 (social media)",
  csv: "CSV: the matrix as a table, one row per nation",
};
const THEME_NAME: Record<ResolvedTheme, string> = { light: "Light", dark: "Dark", contrast: "High contrast" };

export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const shown = useShownModel();
  const view = useAtlas((s) => s.view);
  const screenTheme = useResolvedTheme();
  const [subject, setSubject] = useState<ExportSubject>(view === "map" || view === "matrix" ? view : "chart");
  const [format, setFormat] = useState<ExportFormat>("svg");
  const [theme, setTheme] = useState<ResolvedTheme | "screen">("screen");
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileName = fileNameFor(shown, { subject, format });
  const csv = format === "csv";

  const save = async () => {
    setBusy(true);
    setStatus("Making the file…");
    try {
      const file = await makeExport(
        { subject: csv ? "matrix" : subject, format, theme: theme === "screen" ? screenTheme : theme },
        shown,
        useAtlas.getState(),
      );
      download(file);
      setStatus(`Saved ${file.fileName}.`);
    } catch (error) {
      setStatus(`The file could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title="Export" className="export-dialog" onClose={onClose}>
      <p className="hint">
        Each picture carries the title, the stage, the “as of” date, its key and its sources with their
        grades: the strongest by name, the others counted (the Sources view lists them all). It is made in
        this browser from what is on screen; nothing is uploaded.
      </p>
      <p className="hint">
        For this view as a PowerPoint slide or a PDF page, with its sources:{" "}
        <strong>Deck &amp; handout</strong>, beside Present (on a smaller screen, in the presentation).
      </p>
      {shown.comparison && (
        <p className="hint">
          Compare mode’s marks stay on screen: the file shows the later stage,{" "}
          {shown.model.stages.find((s) => s.id === shown.stageId)?.name ?? shown.stageId}, on its own.
        </p>
      )}
      <div className="export-fields">
        <label>
          <span>What</span>
          <select
            value={csv ? "matrix" : subject}
            disabled={csv}
            onChange={(e) => setSubject(e.target.value as ExportSubject)}
          >
            {(Object.keys(SUBJECTS) as ExportSubject[]).map((s) => (
              <option key={s} value={s}>
                {SUBJECTS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Format</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {(Object.keys(FORMATS) as ExportFormat[]).map((f) => (
              <option key={f} value={f}>
                {FORMATS[f]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Colours</span>
          <select
            value={theme}
            disabled={csv}
            onChange={(e) => setTheme(e.target.value as ResolvedTheme | "screen")}
          >
            <option value="screen">As on screen ({THEME_NAME[screenTheme]})</option>
            {(Object.keys(THEME_NAME) as ResolvedTheme[]).map((t) => (
              <option key={t} value={t}>
                {THEME_NAME[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="export-file-name">
        File: <code>{fileName}</code>
      </p>
      <div className="embed-actions">
        <button type="button" className="primary-button" disabled={busy} onClick={() => void save()}>
          Download
        </button>
      </div>
      <p role="status" className="share-status">
        {status}
      </p>
    </ModalDialog>
  );
}
