import { useContext } from "react";
import { ShownModelContext } from "./shown-model";
import { StageSwitcher } from "./StageSwitcher";
import { ModelPicker } from "./ModelPicker";
import { ThemeSwitch } from "./ThemeSwitch";
import { ShareBar } from "../share/ShareBar";

export function Header() {
  const shown = useContext(ShownModelContext);
  return (
    <header className="app-header">
      <div className="brand">
        <p className="app-name">Command Atlas</p>
        <h1>{shown ? shown.model.meta.title : "Command Atlas"}</h1>
      </div>
      <div className="header-controls">
        {/* Phones: the stage as a select box; wider screens have the timeline below the header. */}
        {shown && shown.model.stages.length > 0 && <StageSwitcher />}
        <ThemeSwitch />
        {shown && <ShareBar />}
        <ModelPicker />
      </div>
    </header>
  );
}
