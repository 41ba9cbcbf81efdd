/*
 * Command Atlas: the first thing index.html and embed.html run, before the page is first painted
 * (a small blocking script in <head>, fetched alongside the stylesheets that block the paint
 * anyway). The built pages carry a picture of the default model's first view (scripts/prerender.ts).
 * An address that asks for anything else (?model=, ?unit=, ?view=, ?stage=, …) must not show
 * that picture, not even for a moment, as it would show another model or view: this hides it
 * (app.css, html[data-live-only]) until the app draws what was asked for. With ?model= it also
 * starts downloading that model now, by a preload link the app's own request then reuses, rather
 * than after the app's script has arrived. Plain ES5, no dependencies, no string to a script sink.
 */
(function () {
  "use strict";
  var address = window.location;
  // Same rule as the app's (mount-room.tsx, isDefaultView): any query at all is another view.
  if (!address.search || address.search === "?") return;
  document.documentElement.setAttribute("data-live-only", "");

  var param = null;
  try {
    param = new URLSearchParams(address.search).get("model");
  } catch (error) {
    return;
  }
  if (!param) return;
  var model;
  try {
    model = new URL(param, address.href);
  } catch (error) {
    return; // the app says why it cannot load this address
  }
  // Only this site's models are loaded (queries.ts, resolveModelUrl): never ask another site.
  if (model.origin !== address.origin) return;
  var link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  // As the app's fetch asks (same-origin credentials), so the browser reuses this download.
  link.crossOrigin = "anonymous";
  link.href = model.href;
  document.head.appendChild(link);
})();
