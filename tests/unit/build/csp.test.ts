// One security policy, strict: nothing inline, no eval, no plugins, no <base>, no forms, no string
// into a script sink (Trusted Types); only the embed page may be framed by other sites. Hosts get
// the same policy as `vite preview` sends.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  META_POLICY,
  contentSecurityPolicy,
  headersFile,
  isEmbedPath,
  readmeHeadersSection,
  securityHeaders,
} from "../../../scripts/csp";

const directives = (policy: string) =>
  new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values.join(" ")] as const;
    }),
  );

describe("the Content Security Policy", () => {
  it("allows scripts, styles and everything else from this site only, with no inline code or eval", () => {
    const policy = directives(contentSecurityPolicy("/"));
    expect(policy.get("default-src")).toBe("'self'");
    expect(policy.get("script-src")).toBe("'self'");
    expect(policy.get("style-src")).toBe("'self'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'none'");
    expect(policy.get("form-action")).toBe("'none'");
    expect(contentSecurityPolicy("/")).not.toMatch(/unsafe-|\*\.|https?:/);
  });

  it("requires Trusted Types everywhere, with one policy allowed: the one that starts the validation worker", () => {
    // The meta tag, each page's header and the worker's own (its response headers are its policy).
    for (const policy of [
      META_POLICY,
      ...["/", "/embed.html", "/assets/validation.worker-x.js"].map(contentSecurityPolicy),
    ]) {
      expect(directives(policy).get("require-trusted-types-for")).toBe("'script'");
      // src/load/worker-script.ts creates it; the browser suite fails if the names disagree.
      expect(directives(policy).get("trusted-types")).toBe("atlas-worker");
    }
  });

  it("lets any site frame the embed page and none frame the others", () => {
    expect(directives(contentSecurityPolicy("/embed.html")).get("frame-ancestors")).toBe("*");
    expect(directives(contentSecurityPolicy("/atlas/embed.html?model=x")).get("frame-ancestors")).toBe("*");
    for (const page of ["/", "/index.html", "/assets/index-abc.js", "/embed.html.bak"])
      expect(directives(contentSecurityPolicy(page)).get("frame-ancestors"), page).toBe("'none'");
    expect(isEmbedPath("/not-embed.html")).toBe(false);
  });

  it("leaves frame-ancestors out of the meta tag, where browsers ignore it", () => {
    expect(META_POLICY).not.toContain("frame-ancestors");
    expect(contentSecurityPolicy("/").startsWith(META_POLICY)).toBe(true);
  });

  it("gives hosts one rule per path, so no host can merge two policies", () => {
    const paths = headersFile()
      .split("\n")
      .filter((line) => line.startsWith("/"));
    expect(paths).toEqual(["/", "/index.html", "/embed.html", "/assets/*"]);
    expect(headersFile()).toContain(`  Content-Security-Policy: ${contentSecurityPolicy("/embed.html")}`);
    expect(securityHeaders("/")["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("is what the README tells hosts (run `npm run headers` after changing scripts/csp.ts)", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../../../README.md"), "utf8");
    expect(readme).toContain(readmeHeadersSection());
  });
});
