// `npm run headers`: writes the host configurations (Netlify and Cloudflare Pages, nginx,
// Apache) into README.md from scripts/csp.ts. A unit test fails when the README is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withHeadersSection } from "./csp";

const readme = fileURLToPath(new URL("../README.md", import.meta.url));
writeFileSync(readme, withHeadersSection(readFileSync(readme, "utf8")));
console.log(`wrote the security headers into ${readme}`);
