// @vitest-environment jsdom
// The default view asks for the app's script once its snapshot has painted; a page whose paint
// the browser does not report (out of sight, no paint timing) must still get its app.
import { PAINT_WAIT_MS, REPORTED_PAINT_WAIT_MS, afterFirstPaint } from "../../../src/lib/after-first-paint";

type Listener = (list: { getEntries: () => unknown[] }, observer: { disconnect: () => void }) => void;

/** A stand-in for the browser's paint timing: `paint()` reports the first paint to every observer. */
function fakePaintTiming(supportedEntryTypes: string[] = ["paint"]) {
  const listeners: Listener[] = [];
  let disconnected = 0;
  class FakeObserver {
    static supportedEntryTypes = supportedEntryTypes;
    constructor(private readonly listener: Listener) {}
    observe(options: { type: string; buffered?: boolean }) {
      expect(options).toEqual({ type: "paint", buffered: true });
      listeners.push(this.listener);
    }
  }
  vi.stubGlobal("PerformanceObserver", FakeObserver);
  return {
    paint: () =>
      listeners.forEach((listener) =>
        listener(
          { getEntries: () => [{ name: "first-contentful-paint" }] },
          { disconnect: () => disconnected++ },
        ),
      ),
    disconnected: () => disconnected,
  };
}

const visibility = (state: DocumentVisibilityState) =>
  vi.spyOn(document, "visibilityState", "get").mockReturnValue(state);

describe("afterFirstPaint", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("waits for the first paint, then runs once, after the task that reported it", () => {
    visibility("visible");
    const timing = fakePaintTiming();
    const run = vi.fn();
    afterFirstPaint(run);
    vi.advanceTimersByTime(PAINT_WAIT_MS / 2);
    expect(run).not.toHaveBeenCalled();
    timing.paint();
    expect(run, "not inside the paint's own report").not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    expect(timing.disconnected()).toBe(1);
    // Neither the fallback timer nor another report runs it again.
    timing.paint();
    vi.advanceTimersByTime(REPORTED_PAINT_WAIT_MS * 2);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("waits for a late paint where paint timing is reported (a busy machine), up to five seconds", () => {
    visibility("visible");
    const timing = fakePaintTiming();
    const late = vi.fn();
    afterFirstPaint(late);
    // A loaded machine painted the snapshot 1.3 s after the script ran: the app waits for it.
    vi.advanceTimersByTime(1300);
    expect(late).not.toHaveBeenCalled();
    timing.paint();
    vi.advanceTimersByTime(0);
    expect(late).toHaveBeenCalledTimes(1);

    const never = vi.fn();
    afterFirstPaint(never);
    vi.advanceTimersByTime(REPORTED_PAINT_WAIT_MS - 1);
    expect(never).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(never).toHaveBeenCalledTimes(1);
  });

  it("runs after a second at the latest in a browser that does not report paints", () => {
    visibility("visible");
    fakePaintTiming([]);
    const run = vi.fn();
    afterFirstPaint(run);
    vi.advanceTimersByTime(PAINT_WAIT_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs at once on a page out of sight, or in a browser without paint timing", () => {
    visibility("hidden");
    fakePaintTiming();
    const hidden = vi.fn();
    afterFirstPaint(hidden);
    expect(hidden).toHaveBeenCalledTimes(1);

    visibility("visible");
    vi.stubGlobal("PerformanceObserver", undefined);
    const noTiming = vi.fn();
    afterFirstPaint(noTiming);
    expect(noTiming).toHaveBeenCalledTimes(1);
  });
});
