import { useContext } from "react";
import type { ReactNode } from "react";
import { RoomControls } from "../focus/RoomControls";
import { ShownModelContext } from "./shown-model";
import { StageSwitcher } from "./StageSwitcher";
import { ModelPicker } from "./ModelPicker";
import { ThemeSwitch } from "./ThemeSwitch";
import { ShareBar } from "../share/ShareBar";
import { useAtlas } from "../../state/store";
import { formatIsoDate } from "../common/labels";

/** viewSwitch: in focus mode the view switch moves up here, so the chart gets the rest of the window. */
export function Header({ viewSwitch = null }: { viewSwitch?: ReactNode }) {
  const shown = useContext(ShownModelContext);
  const focus = useAtlas((s) => s.focus);
  const stageName = shown?.model.stages.find((s) => s.id === shown.stageId)?.name;
  const asOf = shown
    ? `As of ${formatIsoDate(shown.model.meta.asOf)}${stageName ? ` · ${stageName}` : ""}`
    : "";
  return (
    <header className="app-header">
      <div className="brand">
        <p className="app-name">Command Atlas</p>
        {/* In focus mode the title and date may end in an ellipsis: the whole text shows on hover. */}
        <h1 title={focus && shown ? shown.model.meta.title : undefined}>
          {shown ? shown.model.meta.title : "Command Atlas"}
        </h1>
        {/* Focus mode has no as-of bar: the date the model is good up to stays in view here. */}
        {focus && shown && (
          <p className="focus-as-of" title={asOf}>
            {asOf}
          </p>
        )}
      </div>
      <div className="header-controls">
        {viewSwitch}
        {/* Phones: the stage as a select box; wider screens have the timeline below the header. */}
        {shown && shown.model.stages.length > 0 && <StageSwitcher />}
        {shown && <RoomControls />}
        <ThemeSwitch />
        {shown && <ShareBar />}
        <ModelPicker />
      </div>
    </header>
  );
}
