// zod compiles fast validators with new Function() when it may, and decides so when each schema
// is built. The app's Content Security Policy forbids eval, so tell zod before any schema is
// built (import this first), rather than let it probe: a blocked probe is a CSP violation.
import { z } from "zod";

z.config({ jitless: true });
