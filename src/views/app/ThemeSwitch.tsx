import { themeChoice, useAtlas } from "../../state/store";
import type { Theme } from "../../state/store";

const LABEL: Record<Theme, string> = {
  auto: "Auto (system)",
  light: "Light",
  dark: "Dark",
  contrast: "High contrast",
};

/** Light, dark, high contrast, or the system's setting (the default); kept in the URL as ?theme=. */
export function ThemeSwitch() {
  const choice = useAtlas(themeChoice);
  const setTheme = useAtlas((s) => s.setTheme);
  return (
    <label className="stage-switcher theme-switch">
      <span>Theme</span>
      {/* Named on its own too: focus mode's slim header hides the word "Theme". */}
      <select
        aria-label="Theme"
        value={choice}
        onChange={(event) => setTheme(event.target.value === "auto" ? null : (event.target.value as Theme))}
      >
        {(Object.keys(LABEL) as Theme[]).map((theme) => (
          <option key={theme} value={theme}>
            {LABEL[theme]}
          </option>
        ))}
      </select>
    </label>
  );
}
