// The page's first script, kept small: it starts what needs no React (the validation worker,
// and the download of the model the address asks for), then loads the app (mount.tsx: React
// and the views, whose chunk index.html preloads). The model downloads and is validated while
// the app's script loads; with ?model= there is no preload link, so this is its earliest start.
import "./views/app/app.css";
import "./views/print/print.css";
import { startValidation } from "./load/validation";
import { startEarlyLoad } from "./load/queries";

performance.mark("app:start");
startValidation();
startEarlyLoad(window.location.href);
void import("./mount");
