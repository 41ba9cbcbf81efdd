import { useAtlas } from "../../state/store";

/** The mark of a statement whose sources are all aggregators: a diamond with "!", and the words. */
export function WeakIcon() {
  return (
    <svg
      className="weak-icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M8 1.2 L14.8 8 L8 14.8 L1.2 8 Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
      <line x1="8" y1="4.6" x2="8" y2="9.2" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="11.6" r="1.1" fill="currentColor" />
    </svg>
  );
}

export const WEAK_WORDS = "weakly sourced";
export const WEAK_MEANING =
  "Every source of this statement is an aggregator, a site that rewrites others' reporting: check it before quoting it.";

/** The mark, in words and shape; like a status badge, it opens the key unless it sits inside a control. */
export function WeakMark({ interactive = true }: { interactive?: boolean }) {
  const openLegend = useAtlas((s) => s.openLegend);
  if (!interactive)
    return (
      <span className="weak-mark" title={WEAK_MEANING}>
        <WeakIcon />
        {WEAK_WORDS}
      </span>
    );
  return (
    <button
      type="button"
      className="weak-mark"
      title={`${WEAK_MEANING} Opens the status key.`}
      aria-haspopup="dialog"
      onClick={() => openLegend("weak")}
    >
      <WeakIcon />
      {WEAK_WORDS}
    </button>
  );
}
