// The page's first script, kept small: it starts what needs no React (the download of the
// model the address asks for, and the validation worker unless the build checked that model),
// then loads the room the address asks for: the app (mount.tsx: React and the views) or the embed
// (mount-embed.tsx). A page showing the build's snapshot of the default view asks for both once
// that snapshot has painted (after-first-paint.ts): on a slow connection they would otherwise
// share the bandwidth with the page's stylesheets and fonts. Any other address paints nothing
// until the room has drawn it, so public/page-start.js has already started their downloads.
import "./views/app/app.css";
import "./views/print/print.css";
import { startEarlyLoad } from "./load/queries";
import { isDefaultView, isEmbedUrl } from "./state/embed-page";
import { afterFirstPaint } from "./lib/after-first-paint";

performance.mark("app:start");
const start = () => {
  startEarlyLoad(window.location.href);
  void (isEmbedUrl(window.location.href) ? import("./mount-embed") : import("./mount"));
};
const showsSnapshot =
  document.getElementById("root")?.hasAttribute("data-prerendered") && isDefaultView(window.location.search);
if (showsSnapshot) afterFirstPaint(start);
else start();
