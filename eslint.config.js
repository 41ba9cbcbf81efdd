import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const TRUSTED_TYPES_HINT =
  "Trusted Types refuse a string here (our pages, and host pages that enforce them for embed.js): build DOM nodes (React, textContent, createElementNS) instead.";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "bench/results", "tests/e2e/results", "playwright-report", "coverage"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // The pages enforce Trusted Types (scripts/csp.ts): a string handed to a script sink throws
    // there. Say so at lint time; build nodes instead (React, textContent, createElementNS).
    files: ["src/**/*.{ts,tsx}", "public/**/*.js"],
    languageOptions: { globals: globals.browser },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "no-restricted-properties": [
        "error",
        { object: "document", property: "write", message: TRUSTED_TYPES_HINT },
        { object: "document", property: "writeln", message: TRUSTED_TYPES_HINT },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML|srcdoc)$/]", message: TRUSTED_TYPES_HINT },
        {
          selector:
            "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe|html)$/]",
          message: TRUSTED_TYPES_HINT,
        },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: TRUSTED_TYPES_HINT },
      ],
    },
  },
);
