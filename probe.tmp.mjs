import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
for (const url of ["http://localhost:4311/", "http://localhost:4311/embed.html", "http://localhost:4311/?model=./other.json"]) {
  const p = await b.newPage();
  const js = []; let bytes = 0;
  p.on("response", async (r) => { if (/\.js$/.test(r.url())) { js.push(r.url().split("/").pop()); } });
  p.on("console", (m) => { if (m.type() === "error") console.log("console:", m.text()); });
  await p.goto(url);
  await p.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0, null, { timeout: 20000 });
  await p.waitForTimeout(1500);
  const marks = await p.evaluate(() => performance.getEntriesByType("mark").map((m) => `${m.name}:${Math.round(m.startTime)}`).join(" "));
  const sizes = await p.evaluate(() => performance.getEntriesByType("resource").filter(e => e.name.endsWith(".js")).reduce((s, e) => s + e.encodedBodySize, 0));
  console.log(url, "\n  marks:", marks, "\n  js files:", js.length, "worker:", js.filter(n=>/worker|check-text/.test(n)), "encoded JS bytes:", sizes);
  await p.close();
}
await b.close();
