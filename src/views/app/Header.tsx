import { useContext } from "react";
import type { ReactNode } from "react";
import { RoomControls } from "../focus/RoomControls";
import { ShownModelContext } from "./shown-model";
import { StageSwitcher } from "./StageSwitcher";
import { ModelPicker } from "./ModelPicker";

/** viewSwitch: in focus mode the view switch moves up here, so the chart gets the rest of the window. */
export function Header({ viewSwitch = null }: { viewSwitch?: ReactNode }) {
  const shown = useContext(ShownModelContext);
  return (
    <header className="app-header">
      <div className="brand">
        <p className="app-name">Command Atlas</p>
        <h1>{shown ? shown.model.meta.title : "Command Atlas"}</h1>
      </div>
      <div className="header-controls">
        {viewSwitch}
        {/* Phones: the stage as a select box; wider screens have the timeline below the header. */}
        {shown && shown.model.stages.length > 0 && <StageSwitcher />}
        {shown && <RoomControls />}
        <ModelPicker />
      </div>
    </header>
  );
}
