// What every room (the app, the embed) does to start: the URL is applied to the store before the
// first render, and the requested model's query joins the load main.tsx started, so a model that
// has arrived by now is in the very first render.
import { StrictMode } from "react";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./load/query-client";
import { loadModel, modelKeys } from "./load/queries";
import { applyUrlToStore } from "./state/url";
import { useAtlas } from "./state/store";

export function mountRoom(room: ReactNode): void {
  applyUrlToStore(window.location.href);
  const queryClient = createQueryClient();
  const { requested } = useAtlas.getState();
  void queryClient.prefetchQuery({
    queryKey: modelKeys.bySource(requested),
    queryFn: ({ signal }) => loadModel(requested, signal),
  });
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>{room}</QueryClientProvider>
    </StrictMode>,
  );
}
