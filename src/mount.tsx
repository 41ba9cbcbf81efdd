// Mounts a room (the app, or the embed) with the providers every room shares.
import { StrictMode } from "react";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./load/query-client";
import "./views/app/app.css";

export function mount(room: ReactNode): void {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>{room}</QueryClientProvider>
    </StrictMode>,
  );
}
