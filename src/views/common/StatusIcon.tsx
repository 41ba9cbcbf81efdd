import type { Status } from "../../model";

// Each status has its own shape, so it never depends on colour alone (the word is always shown too).
export function StatusIcon({ status }: { status: Status }) {
  return (
    <svg
      className={`status-icon status-${status}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {status === "decided" && <circle cx="8" cy="8" r="6" fill="currentColor" />}
      {status === "planned" && (
        <circle
          cx="8"
          cy="8"
          r="5.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeDasharray="4 2.5"
        />
      )}
      {status === "proposed" && (
        <circle
          cx="8"
          cy="8"
          r="5.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeDasharray="0.1 3"
          strokeLinecap="round"
        />
      )}
      {status === "dropped" && (
        <g fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="8" cy="8" r="5.5" />
          <line x1="3.5" y1="12.5" x2="12.5" y2="3.5" />
        </g>
      )}
      {status === "reported" && (
        <path d="M8 2 L14 13 H2 Z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      )}
    </svg>
  );
}
