// The page's first script, kept small: it starts what needs no React (the download of the
// model the address asks for, and the validation worker unless the build checked that model),
// then loads the room the address asks for: the app (mount.tsx: React and the views, whose chunk index.html preloads) or the embed
// (mount-embed.tsx, preloaded by embed.html; on index.html with ?embed=1 it loads on demand).
// The model downloads and is validated while the room's script loads; with ?model= there is no
// preload link, so this is its earliest start.
import "./views/app/app.css";
import "./views/print/print.css";
import { startEarlyLoad } from "./load/queries";
import { isEmbedUrl } from "./state/embed-page";

performance.mark("app:start");
startEarlyLoad(window.location.href);
void (isEmbedUrl(window.location.href) ? import("./mount-embed") : import("./mount"));
