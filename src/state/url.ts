// The shareable part of the state lives in the URL (?model, ?unit, ?nation, ?place, ?stage,
// ?compare, ?status, ?view, ?source, what changes the picture: ?layout, ?seat, ?weak, ?theme, and
// the rooms: ?focus=1, ?type=large, ?story=default&step=3, ?presenter=1), so a link, a reload, and
// the back and forward buttons all bring the same view back. Copy link, the embed code and the
// embed's "Open in Command Atlas" are pure functions of the store (appUrlOf, embedUrlOf).
import { useEffect } from "react";
import { DEFAULT_MODEL_URL, sourceFromParam } from "../load/queries";
import type { ModelSource } from "../load/queries";
import { STATUSES } from "../model";
import type { Status } from "../model";
import { THEMES, VIEWS, useAtlas } from "./store";
import type { AtlasState, Theme, View } from "./store";
import { isEmbedUrl } from "./embed-page";

export { isEmbedUrl };

export type UrlState = {
  model: string | null;
  unit: string | null;
  stage: string | null;
  view: View | null;
  nation?: string | null;
  place?: string | null;
  focus?: string | null;
  type?: string | null;
  story?: string | null;
  step?: string | null;
  presenter?: string | null;
  /** Compare mode: "2025-03..2026-01". */
  compare?: string | null;
  /** The status filter: "decided,planned". */
  status?: string | null;
  /** The source the sources view shows first. */
  source?: string | null;
  /** "left-right" when the chart is turned; absent for the default top-down. */
  layout?: "left-right" | null;
  /** The rotation seat the year control shows (0-based); absent: the seat at the stage's date. */
  seat?: string | null;
  /** "hide" when weakly sourced statements are hidden. */
  weak?: "hide" | null;
  theme?: Theme | null;
};

/** What a URL asks for, plus what it asked for that does not exist (for a quiet notice). */
export type ReadUrlState = UrlState & { unknownView: string | null };

/** ?theme=, or Datawrapper's ?dark=true|false|auto that newsroom templates already write. */
function themeParam(params: URLSearchParams): Theme | null {
  const theme = params.get("theme");
  if (THEMES.includes(theme as Theme)) return theme as Theme;
  const dark = params.get("dark");
  return dark === "true" ? "dark" : dark === "false" ? "light" : dark === "auto" ? "auto" : null;
}

export function readUrlState(search: string): ReadUrlState {
  const params = new URLSearchParams(search);
  const view = params.get("view");
  const seat = params.get("seat");
  const known = VIEWS.includes(view as View);
  return {
    model: params.get("model") || null,
    unit: params.get("unit") || null,
    stage: params.get("stage") || null,
    view: known ? (view as View) : null,
    unknownView: view && !known ? view : null,
    nation: params.get("nation") || null,
    place: params.get("place") || null,
    focus: params.get("focus") === "1" ? "1" : null,
    type: params.get("type") === "large" ? "large" : null,
    story: params.get("story") || null,
    step: params.get("step") || null,
    presenter: params.get("presenter") === "1" ? "1" : null,
    compare: params.get("compare"),
    status: params.get("status") || null,
    source: params.get("source") || null,
    layout: params.get("layout") === "left-right" ? "left-right" : null,
    seat: seat && /^\d{1,3}$/.test(seat) ? seat : null,
    weak: params.get("weak") === "hide" ? "hide" : null,
    theme: themeParam(params),
  };
}

/** ?status=decided,planned → the statuses it names, and any word that is not a status. */
export function statusesFromParam(param: string | null | undefined): {
  statuses: Status[];
  unknown: string[];
} {
  const words = (param ?? "")
    .split(",")
    .map((w) => w.trim())
    .filter(Boolean);
  const statuses = STATUSES.filter((s) => words.includes(s));
  return { statuses, unknown: words.filter((w) => !(STATUSES as readonly string[]).includes(w)) };
}

/** A 1-based step number from the URL; anything else is step 1. */
export function stepFromParam(step: string | null | undefined): number {
  const n = Number(step);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** The URL for a state, keeping any parameters we do not own (an embedder's, say). */
export function urlWithState(href: string, state: UrlState): string {
  const url = new URL(href);
  for (const [key, value] of Object.entries(state)) {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  return url.pathname + url.search + url.hash;
}

/** What a store state writes to ?model=: nothing for the default model or a local file. */
function modelParam(source: ModelSource, pageUrl: string): string | null {
  if (source.kind === "refused") return source.param;
  // A file has no address; "" is the store's start, before the URL has been read.
  if (source.kind === "file" || source.url === "") return null;
  const url = new URL(source.url);
  if (url.href === new URL(DEFAULT_MODEL_URL, pageUrl).href) return null;
  const page = new URL(pageUrl);
  return url.origin === page.origin ? url.pathname + url.search : url.href;
}

export function urlStateOf(state: AtlasState, pageUrl: string): UrlState {
  const rooms = {
    focus: state.focus ? "1" : null,
    type: state.largeType ? "large" : null,
    story: state.story?.id ?? null,
    step: state.story ? String(state.story.step) : null,
    presenter: state.presenter ? "1" : null,
  };
  // A story step sets the view, stage and selection itself: its link is ?story=…&step=… alone.
  if (state.story)
    return {
      model: modelParam(state.requested, pageUrl),
      unit: null,
      stage: null,
      view: null,
      nation: null,
      place: null,
      compare: null,
      status: STATUSES.filter((s) => state.filters.statuses.includes(s)).join(",") || null,
      source: null,
      // The picture's own choices stay: a step does not set them.
      layout: state.orientation === "left-right" ? "left-right" : null,
      seat: null,
      weak: state.filters.hideWeak ? "hide" : null,
      theme: state.theme,
      ...rooms,
    };
  return {
    model: modelParam(state.requested, pageUrl),
    unit: state.selected,
    stage: state.stage,
    view: state.view === "chart" ? null : state.view,
    nation: state.selectedNation,
    place: state.selectedPlace,
    compare: state.compare,
    // In the order of the status key, whatever order they were picked in.
    status: STATUSES.filter((s) => state.filters.statuses.includes(s)).join(",") || null,
    source: state.view === "sources" ? state.sourceInView : null,
    layout: state.orientation === "left-right" ? "left-right" : null,
    seat: state.rotationStep === null ? null : String(state.rotationStep),
    weak: state.filters.hideWeak ? "hide" : null,
    theme: state.theme,
    ...rooms,
  };
}

/** The page of the full app beside this one: embed.html's sibling index, or the page itself. */
function appPage(pageUrl: string): URL {
  const url = new URL(pageUrl);
  url.pathname = url.pathname.replace(/embed\.html$/, "");
  url.search = "";
  url.hash = "";
  return url;
}

function withParams(url: URL, state: Partial<UrlState>): string {
  for (const [key, value] of Object.entries(state)) if (value) url.searchParams.set(key, value);
  return url.href;
}

/**
 * The full app's address for exactly what this state shows: "Copy link", and the embed's
 * "Open in Command Atlas". From an embed the theme stays behind: the article chose it, the
 * reader's own setting applies in the app.
 */
export function appUrlOf(state: AtlasState, pageUrl: string): string {
  const { theme, ...rest } = urlStateOf(state, pageUrl);
  return withParams(appPage(pageUrl), state.embed ? rest : { ...rest, theme });
}

/**
 * The embed page's address for what this state shows. Its theme is the one picked for the
 * embed: nothing for light (an embed's default), else auto, dark or contrast. `shownStage`, the
 * stage on screen, is written in even where the user never picked one (the model's latest): an
 * article keeps showing what it was written about when the model gains a later stage.
 */
export function embedUrlOf(
  state: AtlasState,
  pageUrl: string,
  theme: Theme = "light",
  shownStage: string | null = null,
): string {
  const url = appPage(pageUrl);
  url.pathname = url.pathname.replace(/(index\.html)?$/, "embed.html");
  // The app's rooms (focus mode, large type, the presenter's window) are not the article's; a
  // story's step is: the embed shows that step's view, stage and selection.
  const {
    theme: _screenTheme,
    focus: _focus,
    type: _type,
    presenter: _presenter,
    ...rest
  } = urlStateOf(state, pageUrl);
  // A story's step and a compared pair name their stages themselves.
  const stage = rest.stage ?? (rest.story || rest.compare ? null : shownStage);
  return withParams(url, { ...rest, stage, theme: theme === "light" ? null : theme });
}

/** Applies the URL to the store (at start and on back/forward). */
export function applyUrlToStore(href: string): void {
  const url = new URL(href);
  const fromUrl = readUrlState(url.search);
  const store = useAtlas.getState();
  const seat = fromUrl.seat ? Number(fromUrl.seat) : null;
  const requested = sourceFromParam(fromUrl.model, href);
  const sameModel =
    store.requested.kind === requested.kind && JSON.stringify(store.requested) === JSON.stringify(requested);
  // A local file has no address: going back to a URL without ?model keeps the file on screen
  // rather than silently swapping it for the default model.
  const keepFile = store.requested.kind === "file" && fromUrl.model === null;
  const { statuses, unknown } = statusesFromParam(fromUrl.status);
  const notices = [
    fromUrl.unknownView ? `There is no view “${fromUrl.unknownView}”, so the org chart is shown.` : null,
    unknown.length
      ? `The status filter knows no “${unknown.join("”, “")}”: it shows ${
          statuses.length ? statuses.join(", ") : "every status"
        }. Statuses are ${STATUSES.join(", ")}.`
      : null,
  ].filter(Boolean);
  useAtlas.setState((s) => ({
    ...(sameModel || keepFile ? {} : { requested }),
    embed: isEmbedUrl(href),
    selected: fromUrl.unit,
    selectedNation: fromUrl.unit ? null : (fromUrl.nation ?? null),
    selectedPlace: fromUrl.unit || fromUrl.nation ? null : (fromUrl.place ?? null),
    stage: fromUrl.stage,
    // An empty ?compare= is still a request to compare: the model's default pair answers it.
    compare: fromUrl.compare ?? null,
    view: fromUrl.view ?? "chart",
    focus: fromUrl.focus === "1",
    largeType: fromUrl.type === "large",
    story: fromUrl.story ? { id: fromUrl.story, step: stepFromParam(fromUrl.step) } : null,
    presenter: fromUrl.presenter === "1" && fromUrl.story !== null,
    sourceInView: fromUrl.source ?? null,
    orientation: fromUrl.layout ?? "top-down",
    rotationStep: seat,
    filters: { ...s.filters, statuses, hideWeak: fromUrl.weak === "hide" },
    theme: fromUrl.theme ?? null,
    ...(notices.length ? { notice: notices.join(" ") } : {}),
  }));
}

/** Keeps store and URL in step: user actions push history entries, back/forward restore them. */
export function useUrlSync(): void {
  useEffect(() => {
    applyUrlToStore(window.location.href);
    let applying = false;
    const onPopState = () => {
      applying = true;
      applyUrlToStore(window.location.href);
      applying = false;
    };
    window.addEventListener("popstate", onPopState);
    const unsubscribe = useAtlas.subscribe((state, previous) => {
      if (applying) return;
      const next = urlWithState(window.location.href, urlStateOf(state, window.location.href));
      const current = window.location.pathname + window.location.search + window.location.hash;
      if (next === current) return;
      // A notice-driven correction (unknown id cleared) replaces; a user's choice adds history.
      const userChange =
        state.selected !== previous.selected ||
        state.selectedNation !== previous.selectedNation ||
        state.selectedPlace !== previous.selectedPlace ||
        state.stage !== previous.stage ||
        state.compare !== previous.compare ||
        state.filters.statuses !== previous.filters.statuses ||
        state.sourceInView !== previous.sourceInView ||
        state.view !== previous.view ||
        state.requested !== previous.requested ||
        state.focus !== previous.focus ||
        state.story?.id !== previous.story?.id ||
        state.story?.step !== previous.story?.step;
      // An embed never adds history: inside a frame it would be the host page's back button.
      if (state.embed || state.notice !== previous.notice || !userChange)
        window.history.replaceState(null, "", next);
      else window.history.pushState(null, "", next);
    });
    return () => {
      window.removeEventListener("popstate", onPopState);
      unsubscribe();
    };
  }, []);
}
