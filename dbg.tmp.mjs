import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
p.on("pageerror", e => console.log(e.message));
await p.goto("http://localhost:4807/"); await p.waitForTimeout(3000);
for (const sel of [".app-header", ".as-of-bar", ".timeline-strip", ".timeline-axis", ".timeline-stages", ".compare-controls", ".chart-toolbar", ".rotation-timeline", ".chart-stage", ".layout", ".chart-view"]) {
  const r = await p.locator(sel).first().boundingBox({timeout: 2000}).catch((e) => e.message.slice(0,50));
  console.log(sel, r && r.y !== undefined ? [Math.round(r.y), Math.round(r.height)] : r);
}
await b.close();
