// Tries, inside a page, to turn an injected string into markup or script through each DOM sink
// Trusted Types guards, and says what each sink did. Under `require-trusted-types-for 'script'`
// every one refuses the string (a TypeError) and the browser reports a violation; without it the
// string would become an element, run, or start a worker, and the probe says so.
import type { Frame, Page } from "@playwright/test";
import { expect } from "./fixtures";
import type { PageProblems } from "./fixtures";

/** Sink name → "refused: <the browser's message>" or "accepted". */
export type SinkOutcomes = Record<string, string>;

export const PROBED_SINKS = [
  "Element.innerHTML",
  "Element.outerHTML",
  "Element.insertAdjacentHTML",
  "DOMParser.parseFromString",
  "Range.createContextualFragment",
  "document.write",
  "iframe.srcdoc",
  "script.src",
  "script.textContent",
  "onclick attribute",
  "new Worker",
  "trustedTypes.createPolicy",
] as const;

export async function probeStringSinks(target: Page | Frame): Promise<SinkOutcomes> {
  return target.evaluate(
    (sinks) => {
      // What an attacker's string would do if a sink took it: mark the page, or add an element.
      const markup = '<img data-injected src="data:," onerror="window.__injected = true">';
      const code = "window.__injected = true";
      const box = document.createElement("div");
      box.hidden = true;
      document.body.append(box);
      const attempts: Record<string, () => unknown> = {
        "Element.innerHTML": () => (box.innerHTML = markup),
        "Element.outerHTML": () => {
          const child = box.appendChild(document.createElement("span"));
          child.outerHTML = markup;
        },
        "Element.insertAdjacentHTML": () => box.insertAdjacentHTML("beforeend", markup),
        "DOMParser.parseFromString": () => new DOMParser().parseFromString(markup, "text/html"),
        "Range.createContextualFragment": () => document.createRange().createContextualFragment(markup),
        "document.write": () => document.write(markup),
        "iframe.srcdoc": () => (document.createElement("iframe").srcdoc = markup),
        "script.src": () => (document.createElement("script").src = "data:text/javascript," + code),
        "script.textContent": () => (document.createElement("script").textContent = code),
        "onclick attribute": () => box.setAttribute("onclick", code),
        "new Worker": () => new Worker("data:text/javascript," + encodeURIComponent(code)),
        "trustedTypes.createPolicy": () =>
          (
            window as unknown as { trustedTypes: { createPolicy: (n: string, r: object) => unknown } }
          ).trustedTypes.createPolicy("injected", { createHTML: (s: string) => s }),
      };
      const outcomes: Record<string, string> = {};
      for (const sink of sinks) {
        try {
          attempts[sink]!();
          outcomes[sink] = "accepted";
        } catch (error) {
          outcomes[sink] = `refused: ${(error as Error).name}: ${(error as Error).message}`;
        }
      }
      box.remove();
      return outcomes;
    },
    [...PROBED_SINKS],
  );
}

/**
 * Expects every sink refused the string and nothing injected ran; then takes the violations the
 * probe caused (one per sink and enforcing policy: a page with the header and the meta tag has
 * two, and each reports) off the guard's list, after checking that each is a Trusted Types
 * report. Any other violation stays there and fails the test.
 */
export async function expectEverySinkRefused(
  target: Page | Frame,
  problems: PageProblems,
  enforcingPolicies: 1 | 2,
): Promise<void> {
  const outcomes = await probeStringSinks(target);
  for (const sink of PROBED_SINKS)
    expect(outcomes[sink], `${sink} refuses an injected string`).toMatch(
      /^refused: TypeError: .*(requires 'Trusted(HTML|Script|ScriptURL)' assignment|Policy "injected" disallowed)/,
    );
  // Nothing of the string ran or reached the document.
  await expect(target.locator("[data-injected]")).toHaveCount(0);
  expect(
    await target.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  // The browser reported each refusal (reports arrive as tasks, so wait for them).
  const isTrustedTypesReport = (text: string) =>
    /^(require-trusted-types-for|trusted-types) /.test(text) ||
    /^console: Creating a TrustedTypePolicy named 'injected'/.test(text);
  await expect
    .poll(
      () =>
        problems.cspViolations.filter((text) => /^(require-trusted-types-for|trusted-types) /.test(text))
          .length,
      {
        message: "one Trusted Types report per refused sink and policy",
      },
    )
    .toBe(PROBED_SINKS.length * enforcingPolicies);
  const others = problems.cspViolations.filter((text) => !isTrustedTypesReport(text));
  expect(others, "no violation but the probe's").toEqual([]);
  problems.cspViolations.splice(0);
}

/** The console errors a probe causes (the browser's words for each refused sink). */
export const PROBE_CONSOLE_ERRORS = [/^This document requires 'Trusted(HTML|Script|ScriptURL)' assignment/];
