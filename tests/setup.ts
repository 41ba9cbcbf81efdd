// Shared test setup: DOM matchers for component tests (harmless in node-environment unit tests),
// and the two browser APIs the app uses that jsdom lacks.
import "@testing-library/jest-dom/vitest";

if (typeof window !== "undefined") {
  window.CSS ??= {} as typeof CSS;
  // Enough of CSS.escape for ids: escape anything that is not a word character or a hyphen.
  window.CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`);
  // jsdom's File has no text(); read it the older way.
  Blob.prototype.text ??= function (this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error("read failed"));
      reader.readAsText(this);
    });
  };
  // jsdom's <dialog> has no showModal or close: enough of both for the status key.
  const dialog = window.HTMLDialogElement?.prototype as HTMLDialogElement | undefined;
  if (dialog && !dialog.showModal) {
    dialog.showModal = function (this: HTMLDialogElement) {
      this.setAttribute("open", "");
    };
    dialog.close = function (this: HTMLDialogElement) {
      this.removeAttribute("open");
      this.dispatchEvent(new Event("close"));
    };
  }
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
