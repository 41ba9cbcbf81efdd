// Which model a story belongs to, for the channel between windows, and the presenter's address.
import { useAtlas } from "../../state/store";
import { urlWithState } from "../../state/url";

export function useModelKey(): string {
  const shown = useAtlas((s) => s.shown);
  if (!shown) return "none";
  return shown.kind === "url" ? shown.url : shown.kind === "file" ? `file:${shown.key}` : shown.param;
}

/** The presenter window's address: this page with ?presenter=1; none for a local file (it has no address). */
export function usePresenterUrl(): string | null {
  const shown = useAtlas((s) => s.shown);
  const story = useAtlas((s) => s.story);
  if (!shown || shown.kind !== "url" || !story) return null;
  return urlWithState(window.location.href, {
    model: new URL(window.location.href).searchParams.get("model"),
    unit: null,
    stage: null,
    view: null,
    story: story.id,
    step: String(story.step),
    presenter: "1",
  });
}
