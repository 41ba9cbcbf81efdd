// The audience window and the presenter's window stay on the same step through a
// BroadcastChannel (same origin, no server): either one moving moves the other.
import { useEffect, useRef } from "react";
import { useAtlas } from "../../state/store";

type Message = { kind: "step"; story: string; step: number } | { kind: "ended"; story: string };

export function storyChannelName(modelKey: string): string {
  return `command-atlas:story:${modelKey}`;
}

export function useStorySync(modelKey: string, onEnded?: () => void): void {
  const story = useAtlas((s) => s.story);
  const channel = useRef<BroadcastChannel | null>(null);
  const received = useRef<number | null>(null);
  const ended = useRef(onEnded);
  useEffect(() => {
    ended.current = onEnded;
  }, [onEnded]);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const bc = new BroadcastChannel(storyChannelName(modelKey));
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      const current = useAtlas.getState().story;
      if (!current || message.story !== current.id) return;
      if (message.kind === "ended") return ended.current?.();
      if (message.step === current.step) return;
      received.current = message.step;
      useAtlas.getState().setStory({ id: current.id, step: message.step });
    };
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [modelKey]);

  // Tell the other window about a step taken here (not one it told us about).
  useEffect(() => {
    if (!story) return;
    if (received.current === story.step) {
      received.current = null;
      return;
    }
    channel.current?.postMessage({ kind: "step", story: story.id, step: story.step } satisfies Message);
  }, [story]);
}

export function announceEnd(modelKey: string, storyId: string): void {
  if (typeof BroadcastChannel === "undefined") return;
  const bc = new BroadcastChannel(storyChannelName(modelKey));
  bc.postMessage({ kind: "ended", story: storyId } satisfies Message);
  bc.close();
}
