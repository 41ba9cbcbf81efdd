// Which port this checkout's browser suite serves the app on. Several checkouts of this repo run
// their suites on one machine at once, so no port is fixed: each checkout starts from its own
// port (a hash of its path, 4300–5299) and takes the first free one from there. The runner
// loads the config first and puts the answer in E2E_PORT, which its workers inherit, so all agree.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";

export const PORT_RANGE = { first: 4300, size: 1000 } as const;

/** The port a checkout at `root` prefers: stable for that path, spread over the range. */
export function preferredPort(root: string): number {
  const hash = createHash("sha256").update(root).digest().readUInt32BE(0);
  return PORT_RANGE.first + (hash % PORT_RANGE.size);
}

/** The first port from `start` (wrapping inside the range) nothing listens on, tried for real. */
export function firstFreePort(start: number, tries = 40): number {
  // Synchronous because Playwright reads its config synchronously: a child node tries to listen.
  const probe = `
    const net = require("node:net");
    const { first, size } = ${JSON.stringify(PORT_RANGE)};
    const ports = Array.from({ length: ${tries} }, (_, i) => first + ((${start} - first + i) % size));
    (function next() {
      const port = ports.shift();
      if (port === undefined) process.exit(1);
      const server = net.createServer().once("error", next).listen(port, "127.0.0.1", () =>
        server.close(() => process.stdout.write(String(port))));
    })();`;
  return Number(execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" }));
}

/** E2E_PORT if set (by the user, or by the runner for its workers), else a free one for this checkout. */
export function suitePort(root: string): number {
  const fromEnv = Number(process.env.E2E_PORT);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  const port = firstFreePort(preferredPort(root));
  process.env.E2E_PORT = String(port);
  return port;
}
