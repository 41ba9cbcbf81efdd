import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { App } from "./views/app/App";
import { createQueryClient } from "./load/query-client";
import { loadModel, modelKeys } from "./load/queries";
import { startValidation } from "./load/validation";
import { applyUrlToStore } from "./state/url";
import { useAtlas } from "./state/store";
import "./views/app/app.css";

// Start-up work that need not wait for React: the validation worker starts loading, and the
// model the address asks for is fetched and validated while React mounts the shell. The
// component's query joins this one (same key), so the model loads once.
performance.mark("app:start");
startValidation();
applyUrlToStore(window.location.href);
const queryClient = createQueryClient();
const { requested } = useAtlas.getState();
void queryClient.prefetchQuery({
  queryKey: modelKeys.bySource(requested),
  queryFn: ({ signal }) => loadModel(requested, signal),
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
