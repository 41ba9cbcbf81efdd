// Full screen for a presentation. A browser grants it only inside a user's gesture, so the
// Present button asks for it in its own click; the room shows a fallback when it was refused.
// Here, not in views/present/: the Present button is on the first load, the room is not.
export async function enterFullscreen(): Promise<boolean> {
  const root = document.documentElement;
  if (document.fullscreenElement) return true;
  if (typeof root.requestFullscreen !== "function") return false;
  try {
    await root.requestFullscreen({ navigationUI: "hide" });
    return true;
  } catch {
    return false;
  }
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === "function")
    void document.exitFullscreen().catch(() => undefined);
}
