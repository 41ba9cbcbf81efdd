import { useContext } from "react";
import { ShownModelContext } from "./shown-model";
import { formatIsoDate } from "../common/labels";
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
        {shown && <p className="as-of">As of {formatIsoDate(shown.model.meta.asOf)}</p>}
      </div>
      <div className="header-controls">
        {shown && shown.model.stages.length > 0 && <StageSwitcher />}
        <ThemeSwitch />
        {shown && <ShareBar />}
        <ModelPicker />
      </div>
    </header>
  );
}
