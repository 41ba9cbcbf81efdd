// What every room (the app, the embed) does to start: the URL is applied to the store before the
// first render, and the requested model's query joins the load main.tsx started, so a model that
// has arrived by now is in the very first render.
import { StrictMode, startTransition, useLayoutEffect } from "react";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./load/query-client";
import { loadModel, modelKeys } from "./load/queries";
import { applyUrlToStore } from "./state/url";
import { useAtlas } from "./state/store";
import { adoptSymbolUrl } from "./symbols/symbol-loader";
import { adoptFlagUrl } from "./symbols/flags";
import { readSnapshotFrame } from "./views/chart/snapshot-frame";
import { isDefaultView } from "./state/embed-page";
import { showFirstModelWhenLoaded } from "./views/app/first-view";

/**
 * Mounts a room. `firstViewParts` load what the room's first view draws from chunks of its own
 * (the timeline's axis): they start now, and a take-over of the prerendered page waits for them.
 */
export function mountRoom(room: ReactNode, firstViewParts: readonly (() => Promise<unknown>)[] = []): void {
  applyUrlToStore(window.location.href);
  const queryClient = createQueryClient();
  const { requested } = useAtlas.getState();
  const loaded = queryClient.prefetchQuery({
    queryKey: modelKeys.bySource(requested),
    queryFn: ({ signal }) => loadModel(requested, signal),
  });
  showFirstModelWhenLoaded(queryClient);
  const parts = firstViewParts.map((load) => load().catch(() => undefined));
  const container = document.getElementById("root")!;
  const render = () =>
    createRoot(container).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <TakenOver container={container} />
          {room}
        </QueryClientProvider>
      </StrictMode>,
    );
  // The build paints the default model's first view into the page (scripts/prerender.ts). The
  // app's first render replaces it, so it waits for the model (loaded or failed) and for the
  // parts its first view draws: its first frame is then the same view, not a "Loading" page or
  // an empty chart in between. The snapshot's symbols and flags are drawn at once, not after
  // their chunks have loaded, and the chart opens on the snapshot's frame. Any other address (another model, a unit, a view) replaces the
  // snapshot at once, as it shows something else.
  if (container.hasAttribute("data-prerendered") && isDefaultView(window.location.search)) {
    const pictures = adoptPictures(container);
    readSnapshotFrame(container);
    // The snapshot is on screen meanwhile, so the first render need not be done in one go: as a
    // transition React draws it in slices of a few ms and a phone stays responsive to touch.
    void Promise.all([loaded, pictures, ...parts]).then(() => startTransition(render));
  } else render();
}

/**
 * The unit symbols and flags in the prerendered snapshot, for the app's first frame: their
 * addresses (on each picture's first copy: scripts/prerender.ts draws them inline), decoded
 * before the app draws them as images, so no card shows a blank symbol for a frame.
 */
function adoptPictures(container: HTMLElement): Promise<unknown> {
  const decoding: Promise<void>[] = [];
  for (const picture of container.querySelectorAll("[data-href]")) {
    const url = picture.getAttribute("data-href")!;
    const sidc = picture.getAttribute("data-sidc");
    const flag = picture.getAttribute("data-flag");
    if (sidc) adoptSymbolUrl(sidc, url);
    else if (flag) adoptFlagUrl(flag, url);
    else continue;
    const image = new Image();
    image.src = url;
    decoding.push(image.decode().catch(() => undefined));
  }
  return Promise.all(decoding);
}

/** Once the app's first render is on screen, the page no longer shows the build's snapshot. */
function TakenOver({ container }: { container: HTMLElement }) {
  useLayoutEffect(() => container.removeAttribute("data-prerendered"), [container]);
  return null;
}
