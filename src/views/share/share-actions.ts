// What the share buttons do, loaded on the first click: nothing here is needed to draw the page.

/** Copies text; false when the browser refuses (no permission, an insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The system's share sheet; "cancelled" when the reader closed it, which is not an error. */
export async function shareLink(title: string, url: string): Promise<"shared" | "cancelled" | "failed"> {
  try {
    await navigator.share({ title, url });
    return "shared";
  } catch (error) {
    return error instanceof DOMException && error.name === "AbortError" ? "cancelled" : "failed";
  }
}
