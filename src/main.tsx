// index.html: the full app, or with ?embed=1 the embed room (for use on this same site; other
// sites embed embed.html, whose own entry is embed-main.tsx). The embed room loads on demand.
import { lazy, Suspense } from "react";
import { App } from "./views/app/App";
import { isEmbedUrl } from "./state/url";
import { mount } from "./mount";

const EmbedRoom = lazy(() => import("./views/embed/EmbedRoom"));

mount(
  isEmbedUrl(window.location.href) ? (
    <Suspense fallback={null}>
      <EmbedRoom />
    </Suspense>
  ) : (
    <App />
  ),
);
