/*
 * Command Atlas: the first thing index.html and embed.html run, before the page is first painted
 * (a small blocking script in <head>, fetched alongside the stylesheets that block the paint
 * anyway). The built pages carry a picture of the default model's first view (scripts/prerender.ts).
 * An address that asks for anything else (?model=, ?unit=, ?view=, ?stage=, …) must not show
 * that picture, not even for a moment, as it would show another model or view: this hides it
 * (app.css, html[data-live-only]) until the app draws what was asked for; hidden, it costs no
 * layout either. Plain ES5, no dependencies, no string to a script sink.
 */
(function () {
  "use strict";
  var address = window.location;
  // Same rule as the app's (mount-room.tsx, isDefaultView): any query at all is another view.
  if (!address.search || address.search === "?") return;
  document.documentElement.setAttribute("data-live-only", "");
})();
