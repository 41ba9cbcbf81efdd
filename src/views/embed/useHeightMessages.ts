// Posts the embed's content height to the page around it whenever it changes (ResizeObserver).
// targetOrigin "*": an embed cannot know its host, which is why the message holds only a number.
import { useLayoutEffect } from "react";
import type { RefObject } from "react";
import { embedIdOf, heightMessages } from "./height-messages";

export function useHeightMessages(content: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = content.current;
    if (!element || window.parent === window) return;
    const id = embedIdOf(window.location.search);
    let last = -1;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      for (const message of heightMessages(height, id)) window.parent.postMessage(message, "*");
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(element);
    return () => observer.disconnect();
  }, [content]);
}
