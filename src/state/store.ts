// The one UI store. Models themselves live in react-query's cache; this holds what the user
// asked for and is looking at. Derived values (the resolved stage, visible rows) are never stored.
import { create } from "zustand";
import { formatComparePair } from "../model";
import type { ComparePair, Domain, RelationKind, Status } from "../model";
import type { Orientation } from "../layout/tree";
import type { ModelSource } from "../load/queries";

export const VIEWS = ["chart", "map", "matrix", "summary", "sources"] as const;
export type View = (typeof VIEWS)[number];

/** "auto" follows the reader's system setting (prefers-color-scheme); "contrast" is high contrast. */
export const THEMES = ["auto", "light", "dark", "contrast"] as const;
export type Theme = (typeof THEMES)[number];

/** What the status key explains first when it opens: one status, the weak mark, or all. */
export type LegendTopic = Status | "weak" | "all";

/**
 * statuses: show only these statuses' statements in every view (none: all); units of other
 * statuses recede on the chart. hideWeak: take statements resting on aggregators alone out of
 * every view (units are dimmed).
 */
export type Filters = { domains: Domain[]; nations: string[]; statuses: Status[]; hideWeak: boolean };

/** Which relations the chart draws in full: the selected unit's only (the rest faint), or all. */
export type RelationsShown = "selected" | "all";
/** A story being presented, and the step on screen (1-based, as in the URL). */
export type StoryPosition = { id: string; step: number };

export type AtlasState = {
  /** The model the user asked for; it may still be loading or have failed. */
  requested: ModelSource;
  /** The model on screen: the last one that loaded and validated. */
  shown: ModelSource | null;
  selected: string | null;
  /** A nation (ISO code) or a place (id) picked on the map or in the matrix; selecting one clears the others. */
  selectedNation: string | null;
  selectedPlace: string | null;
  expanded: ReadonlySet<string>;
  /** null: the model's default stage. */
  stage: string | null;
  /**
   * Compare mode: the two stages as asked ("2025-03..2026-01"), checked against the model when
   * it is shown (an unknown or repeated stage gets a notice and a sensible pair). null: off.
   */
  compare: string | null;
  /** The source the sources view brings into view (from a citation's "statements" link). */
  sourceInView: string | null;
  /** The view a "statements" link came from, for the sources view's way back. */
  returnView: View | null;
  /** The status key, open at a topic; null: closed. */
  legend: LegendTopic | null;
  view: View;
  filters: Filters;
  search: string;
  /** Which search hit is current, for "3 of 7" and next/previous. */
  searchHit: number;
  orientation: Orientation;
  /** Relation kinds the user switched off in the chart legend. */
  hiddenRelations: ReadonlySet<RelationKind>;
  /** The rotation seat shown by the year control (null: the seat at the shown stage's date). */
  rotationStep: number | null;
  /** A quiet, dismissible notice (an unknown id in the URL, say). */
  notice: string | null;
  /** The reader has pressed a key or pointer: a later correction is theirs, not the link's. */
  readerActed: boolean;
  /** Embed mode (embed.html or ?embed=1): only the chosen view, framed for an article. */
  embed: boolean;
  /** The theme the reader chose; null: the mode's default (see themeChoice). */
  theme: Theme | null;
  /**
   * The reader picked something (select, selectNation, selectPlace), so rooms that show details
   * on request (the embed's overlay) open them; a selection from the URL alone leaves this false.
   */
  detailsOpen: boolean;
  /** Focus mode: the main view fills the window, the side panels step aside (views/focus/). */
  focus: boolean;
  /** Large type for the back of a room: panels grow, and so does the chart's smallest name size. */
  largeType: boolean;
  relationsShown: RelationsShown;
  /** The story being presented (views/present/), or null. */
  story: StoryPosition | null;
  /** This window is the presenter's: notes, the next step and a timer, driving the audience window. */
  presenter: boolean;

  request: (source: ModelSource) => void;
  show: (source: ModelSource) => void;
  select: (id: string | null) => void;
  selectNation: (code: string | null) => void;
  selectPlace: (id: string | null) => void;
  toggleExpanded: (id: string, open?: boolean) => void;
  setExpanded: (ids: Iterable<string>) => void;
  /** Opens those of these branches that are closed (a unit's ancestors); false when none was. */
  openBranches: (ids: readonly string[]) => boolean;
  /** Choosing a stage ends compare mode. */
  setStage: (stage: string | null) => void;
  /** Starts or changes compare mode; null ends it, showing the later stage of the pair. */
  setCompare: (pair: ComparePair | null) => void;
  /** Opens the sources view at one source. */
  showSource: (id: string) => void;
  openLegend: (topic: LegendTopic | null) => void;
  setView: (view: View) => void;
  setFilters: (filters: Partial<Filters>) => void;
  setSearch: (search: string) => void;
  setNotice: (notice: string | null) => void;
  setSearchHit: (hit: number) => void;
  setOrientation: (orientation: Orientation) => void;
  toggleRelation: (kind: RelationKind) => void;
  setRotationStep: (year: number | null) => void;
  setTheme: (theme: Theme | null) => void;
  closeDetails: () => void;
  setFocus: (focus: boolean) => void;
  setLargeType: (largeType: boolean) => void;
  setRelationsShown: (shown: RelationsShown) => void;
  /** Starts (or moves, or with null ends) a presentation. */
  setStory: (story: StoryPosition | null) => void;
};

export const NO_FILTERS: Filters = { domains: [], nations: [], statuses: [], hideWeak: false };

export const useAtlas = create<AtlasState>()((set, get) => ({
  requested: { kind: "url", url: "" },
  shown: null,
  selected: null,
  selectedNation: null,
  selectedPlace: null,
  expanded: new Set<string>(),
  stage: null,
  compare: null,
  sourceInView: null,
  returnView: null,
  legend: null,
  view: "chart",
  filters: NO_FILTERS,
  search: "",
  searchHit: 0,
  orientation: "top-down",
  hiddenRelations: new Set<RelationKind>(),
  rotationStep: null,
  notice: null,
  readerActed: false,
  embed: false,
  theme: null,
  detailsOpen: false,
  focus: false,
  largeType: false,
  relationsShown: "selected",
  story: null,
  presenter: false,
  request: (source) => set({ requested: source }),
  show: (source) => set({ shown: source }),
  select: (id) =>
    set(
      id === null
        ? { selected: null, detailsOpen: false }
        : { selected: id, selectedNation: null, selectedPlace: null, detailsOpen: true },
    ),
  selectNation: (code) =>
    set(
      code === null
        ? { selectedNation: null, detailsOpen: false }
        : { selectedNation: code, selected: null, selectedPlace: null, detailsOpen: true },
    ),
  selectPlace: (id) =>
    set(
      id === null
        ? { selectedPlace: null, detailsOpen: false }
        : { selectedPlace: id, selected: null, selectedNation: null, detailsOpen: true },
    ),
  toggleExpanded: (id, open) =>
    set((s) => {
      const next = new Set(s.expanded);
      const shouldOpen = open ?? !next.has(id);
      if (shouldOpen) next.add(id);
      else next.delete(id);
      return { expanded: next };
    }),
  setExpanded: (ids) => set({ expanded: new Set(ids) }),
  openBranches: (ids) => {
    const closed = ids.filter((id) => !get().expanded.has(id));
    if (closed.length) set((s) => ({ expanded: new Set([...s.expanded, ...closed]) }));
    return closed.length > 0;
  },
  setStage: (stage) => set({ stage, compare: null }),
  setCompare: (pair) =>
    set((s) => {
      if (pair) return { compare: formatComparePair(pair) };
      // Leaving compare mode shows the later stage, where the eye already is.
      const to = s.compare?.split("..")[1];
      return { compare: null, ...(to ? { stage: to } : {}) };
    }),
  // The embed's details are a dialog over the view: it closes, so the sources view is in sight.
  showSource: (id) =>
    set((s) => ({
      view: "sources",
      sourceInView: id,
      returnView: s.view === "sources" ? s.returnView : s.view,
      detailsOpen: false,
    })),
  openLegend: (legend) => set({ legend }),
  setView: (view) => set({ view }),
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
  setSearch: (search) => set({ search, searchHit: 0 }),
  setSearchHit: (searchHit) => set({ searchHit }),
  setOrientation: (orientation) => set({ orientation }),
  toggleRelation: (kind) =>
    set((s) => {
      const next = new Set(s.hiddenRelations);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return { hiddenRelations: next };
    }),
  setRotationStep: (rotationStep) => set({ rotationStep }),
  setNotice: (notice) => set({ notice }),
  setTheme: (theme) => set({ theme }),
  closeDetails: () => set({ detailsOpen: false }),
  setFocus: (focus) => set({ focus }),
  setLargeType: (largeType) => set({ largeType }),
  setRelationsShown: (relationsShown) => set({ relationsShown }),
  setStory: (story) => set({ story }),
}));

/**
 * The notice with one more sentence, so a link with several bad parts names each of them; a
 * sentence already on it is not repeated. Once the reader has acted, a correction is news of
 * what they just did: it replaces the notice instead of growing it.
 */
export function withNotice(state: Pick<AtlasState, "notice" | "readerActed">, text: string): string {
  const { notice, readerActed } = state;
  return notice && !readerActed && !notice.includes(text) ? `${notice} ${text}` : text;
}

/**
 * The theme in force: the app follows the reader's system by default; an embed is light unless
 * its code asks otherwise, because many article pages are light only (shared/embed-conventions.md).
 */
export function themeChoice(state: Pick<AtlasState, "theme" | "embed">): Theme {
  return state.theme ?? (state.embed ? "light" : "auto");
}
