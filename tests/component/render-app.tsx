// Renders the whole app in jsdom at a given address, with fetch answering from data/ and
// tests/fixtures/ as the built site would. The store is reset so each test starts fresh.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ReactNode } from "react";
import { configure, render, screen } from "@testing-library/react";
import { QueryClientProvider } from "@tanstack/react-query";
import { afterEach, vi } from "vitest";
import { App } from "../../src/views/app/App";
import { createQueryClient } from "../../src/load/query-client";
import { useAtlas } from "../../src/state/store";

const root = resolve(__dirname, "../..");
// findBy… waits up to 5 s: loading and validating a model takes longer on a busy CI machine.
configure({ asyncUtilTimeout: 5000 });
export const TITLE = "Multinational Force Ukraine (MNF-U)";

/** Files a test puts on the site for this render, by path ("/models/x.json"). */
const served = new Map<string, string>();
export const serve = (path: string, text: string) => void served.set(path, text);

/** Serves what tests put there, /data/… from data/ and /fixtures/… from tests/fixtures/; else 404. */
function siteFetch(input: RequestInfo | URL): Promise<Response> {
  const path = new URL(String(input instanceof Request ? input.url : input), window.location.href).pathname;
  const text = served.get(path);
  if (text !== undefined) return Promise.resolve(new Response(text, { status: 200 }));
  const file = path.startsWith("/fixtures/")
    ? join(root, "tests/fixtures", path.slice("/fixtures/".length))
    : path.endsWith("/mnf-ukraine.json")
      ? join(root, "data/mnf-ukraine.json")
      : null;
  try {
    if (!file) throw new Error("not found");
    return Promise.resolve(new Response(readFileSync(file, "utf8"), { status: 200 }));
  } catch {
    return Promise.resolve(new Response("not found", { status: 404 }));
  }
}

/** Renders the app and waits until the default model is on screen. */
export async function renderApp(search = "") {
  const result = renderAppWithoutWaiting(search);
  await screen.findByRole("heading", { level: 1, name: TITLE }, { timeout: 10_000 });
  return result;
}

/** Renders the app at an address without waiting for a model (one that fails, say). */
export function renderAppWithoutWaiting(search: string, room: ReactNode = <App />, page = "/") {
  window.history.replaceState(null, "", `${page}${search}`);
  useAtlas.setState(useAtlas.getInitialState(), true);
  vi.stubGlobal("fetch", vi.fn(siteFetch));
  return render(
    <QueryClientProvider client={createQueryClient()}>{room}</QueryClientProvider>,
  );
}

afterEach(() => {
  served.clear();
  vi.unstubAllGlobals();
});

export const structureTree = () => screen.getByRole("tree", { name: "Structure" });
