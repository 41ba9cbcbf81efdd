/** The chart's mark for our reading: a hollow (double) line, drawn small beside the words. */
export function OurReadingIcon() {
  return (
    <svg
      className="our-reading-icon"
      viewBox="0 0 20 12"
      width="1.6em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M1,6H19" stroke="currentColor" strokeWidth="6" />
      <path d="M1,6H19" stroke="var(--paper, #fff)" strokeWidth="2.5" />
    </svg>
  );
}

/** Says, in words, that the model (not a source) places or links something, and why. */
export function OurReading({ text }: { text: string }) {
  return (
    <div className="our-reading">
      <OurReadingIcon /> <strong>Our reading:</strong> {text}
    </div>
  );
}
