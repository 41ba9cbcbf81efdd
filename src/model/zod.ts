// The one place the model's code takes zod from: zod/mini, the functional API, of which a
// bundler keeps only the parts we use (the validation worker's script is mostly zod). Configured
// on import, so that every schema built and every message written afterwards sees it:
// - English messages: zod/mini loads no locale, and a problem an author reads quotes zod's own
//   message where ours does not replace it ("Too small: expected string to have >=1 characters").
// - jitless: zod would otherwise compile validators with new Function() when a schema is built,
//   probing for it first; the app's Content Security Policy forbids eval, so even the probe is a
//   CSP violation in the browser. (In Node too, so tests check the way the app does.)
import * as z from "zod/mini";

z.config({ ...z.locales.en(), jitless: true });

export { z };
