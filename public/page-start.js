/*
 * Command Atlas: the first thing index.html and embed.html run, before the page is first painted
 * (a small blocking script in <head>, fetched alongside the stylesheets that block the paint
 * anyway: vite.config.ts puts it after every preload, as nothing after it would be asked for
 * before it ran, and before the stylesheets, which a script waits for). The built pages carry a
 * picture of the default model's first view (scripts/prerender.ts).
 * An address that asks for anything else (?model=, ?unit=, ?view=, ?stage=, …) must not show
 * that picture, not even for a moment, as it would show another model or view: this hides it
 * (app.css, html[data-live-only]) until the app draws what was asked for; hidden, it costs no
 * layout either.
 * Such an address also preloads the room's chunks (data-room-chunks): without a picture to show,
 * the page waits for them.
 * With ?model= (a model on this site) it also starts the validation worker, whose file the build
 * names in this tag's data-validation-worker, and asks it to download and check that model: the
 * checks then run while the app's own script is still downloading and starting, instead of after
 * it. The app takes the worker and its answers over (src/load/validation.ts); where anything here
 * fails, the app starts its own worker or checks in the page, as it would without this script.
 * With a query but no ?model= it preloads the default model (data-default-model), which the
 * app's fetch then reuses; a page that shows another model never downloads it.
 * On the default view (no query) it does nothing: the snapshot is the first paint, and main.tsx
 * asks for the model and the app's chunks once it has painted.
 * Plain ES5, no dependencies; the worker's URL goes through the pages' one Trusted Types policy.
 */
(function () {
  "use strict";
  var address = window.location;
  var script = document.currentScript;
  var param = null;
  try {
    param = new URLSearchParams(address.search).get("model");
  } catch (error) {
    // no query to read: the default model
  }
  // Same rule as the app's (src/state/embed-page.ts, isDefaultView): any query at all is another
  // view. The default view's snapshot paints without any script; main.tsx asks for the model and
  // the app's chunks once it has.
  if (!address.search || address.search === "?") return;
  document.documentElement.setAttribute("data-live-only", "");

  var defaultModel = script && script.getAttribute("data-default-model");
  if (!param && defaultModel) {
    var preload = document.createElement("link");
    preload.rel = "preload";
    preload.as = "fetch";
    // As the app's fetch asks (same-origin credentials), so the browser reuses this download.
    preload.crossOrigin = "anonymous";
    preload.href = new URL(defaultModel, script.src).href;
    document.head.appendChild(preload);
  }

  // Such a page paints nothing until the app has drawn it, so the room's chunks (React and the
  // views; named by the build in data-room-chunks) start downloading now, beside the page. The
  // default view asks for them only after its snapshot has painted (src/main.tsx).
  var roomChunks = (script && script.getAttribute("data-room-chunks")) || "";
  roomChunks.split(" ").forEach(function (file) {
    if (!file) return;
    var link = document.createElement("link");
    link.rel = "modulepreload";
    // As the app's import() asks for module scripts, so the browser reuses this download.
    link.crossOrigin = "anonymous";
    link.href = new URL(file, script.src).href;
    document.head.appendChild(link);
  });

  var workerFile = script && script.getAttribute("data-validation-worker");
  if (!param || !workerFile || typeof Worker === "undefined") return;
  try {
    var model = new URL(param, address.href);
    // Only this site's models are loaded (queries.ts, resolveModelUrl): never ask another site.
    if (model.origin !== address.origin) return;
    var workerUrl = new URL(workerFile, script.src).href;
    // The policy the pages allow (scripts/csp.ts), passing only the worker's file, as
    // src/load/worker-script.ts would make it.
    var types = window.trustedTypes;
    var policy =
      types &&
      types.createPolicy("atlas-worker", {
        createScriptURL: function (input) {
          if (input !== workerUrl) {
            throw new TypeError("atlas-worker passes only the validation worker's file");
          }
          return input;
        },
      });
    var worker = new Worker(policy ? policy.createScriptURL(workerUrl) : workerUrl, {
      type: "module",
      name: "model-validation",
    });
    var early = { worker: worker, url: model.href, messages: [], failed: false };
    // Until the app takes the worker over, its answers wait here.
    worker.onmessage = function (event) {
      early.messages.push(event.data);
    };
    worker.onerror = function (event) {
      event.preventDefault();
      early.failed = true;
    };
    worker.postMessage({ id: 0, url: model.href });
    window.commandAtlasEarlyValidation = early;
  } catch (error) {
    // Nothing started here: the app starts its own worker, or checks in the page.
  }
})();
