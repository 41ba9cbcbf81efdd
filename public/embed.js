/*
 * Command Atlas: sizes embedded Command Atlas frames to their content. Include it once on the
 * page that holds the iframes:
 *   <script src="https://<the atlas's address>/embed.js" async></script>
 * Each embed posts { type: "command-atlas:height", height } whenever its content height changes;
 * this finds the iframe that sent it (by the message's source window, not by id or src, which
 * page builders rewrite), and sets that iframe's style.height. Nothing else: it reads no other
 * message, changes nothing else on the page and loads nothing. No dependencies, plain ES5.
 */
(function () {
  "use strict";
  if (window.commandAtlasEmbed) return; // included twice: one listener is enough
  window.commandAtlasEmbed = true;

  // Heights come only from frames on the site this script is served from (when it can tell).
  var script = document.currentScript;
  var origin = null;
  try {
    origin = script && script.src ? new URL(script.src, window.location.href).origin : null;
  } catch (error) {
    origin = null;
  }
  var MAX_HEIGHT = 20000;

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "command-atlas:height") return;
    if (origin && event.origin !== origin) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height <= 0) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(Math.min(height, MAX_HEIGHT)) + "px";
      }
    }
  });
})();
