// The browser suite's port: each checkout its own, and never one that is taken.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { firstFreePort, PORT_RANGE, preferredPort } from "../../e2e/port";

describe("the browser suite's port", () => {
  it("is the same for a checkout every time, inside the range, and differs between checkouts", () => {
    const paths = ["/work/main", "/work/wt-04", "/work/wt-05", "/tmp/clone/command-atlas"];
    const ports = paths.map(preferredPort);
    expect(paths.map(preferredPort)).toEqual(ports);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(PORT_RANGE.first);
      expect(port).toBeLessThan(PORT_RANGE.first + PORT_RANGE.size);
    }
    expect(new Set(ports).size).toBe(ports.length);
  });

  it("skips a port something already listens on", async () => {
    const start = firstFreePort(preferredPort("/a/checkout"));
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(start, "127.0.0.1", done));
    try {
      const chosen = firstFreePort(start);
      expect(chosen).not.toBe(start);
      expect(chosen).toBeGreaterThanOrEqual(PORT_RANGE.first);
      expect(chosen).toBeLessThan(PORT_RANGE.first + PORT_RANGE.size);
    } finally {
      busy.close();
    }
  });
});
