// A menu that drops down from a <details> summary (Deck & handout, the chart's Filters), closing
// as a menu does: on a click or tap anywhere else (another header menu, say), when keyboard focus
// moves out of it, and on Escape, which puts focus back on its summary. The room behind it (the
// presentation's Esc leaves) hears no Escape.
import { useEffect, useRef } from "react";
import type { ReactNode } from "react";

export function MenuDetails({
  summary,
  className,
  children,
  onOpen,
}: {
  summary: ReactNode;
  className: string;
  children: ReactNode;
  /** Called each time the menu opens, with it laid out (to place what drops down). */
  onOpen?: (menu: HTMLDetailsElement) => void;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const menu = details.current;
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, []);
  return (
    <details
      ref={details}
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) onOpen?.(event.currentTarget);
      }}
      // Keyboard focus moving on (Tab past the last item) closes it too, as a click elsewhere does.
      onBlur={(event) => {
        const menu = details.current;
        const next = event.relatedTarget;
        if (menu?.open && next instanceof Node && !menu.contains(next)) menu.open = false;
      }}
      onKeyDown={(event) => {
        const menu = details.current;
        if (event.key !== "Escape" || !menu?.open) return;
        event.stopPropagation();
        event.preventDefault();
        menu.open = false;
        menu.querySelector("summary")?.focus();
      }}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
