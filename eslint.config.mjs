import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const DEEP_CORE = {
  // Three doors: src/core (index.ts); src/core/document for the Word documents and src/core/progress for
  // the o43 report, both loaded on demand by the pane.
  regex: "(^|/)core/(?!(?:document|progress)$).",
  message:
    "Adapters import the engine only through its doors: src/core (index.ts), src/core/document for the Word documents, src/core/progress for the o43 report. Export what you need there.",
};
const FROM_CLI = { regex: "(^|/)cli(/|$)", message: "Only the command imports src/cli: the browser build must not need it." };
const NODE_BUILTINS = {
  group: ["node:*", "fs", "fs/*", "path", "zlib", "stream", "os", "crypto", "child_process"],
  message: "Node built-ins belong in src/cli: this code runs in the browser.",
};

export default tseslint.config(
  { ignores: ["node_modules/", "build/", "dist/", "coverage/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node scripts: the command's launcher, benchmarks, generators, configs.
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        exports: "writable",
        __dirname: "readonly",
        __filename: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        performance: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The pane's guard for old engines (taskpane.html loads it first): plain ES5 in the page.
    files: ["src/taskpane/boot/*.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly", navigator: "readonly", ErrorEvent: "readonly" },
    },
  },
  {
    // Scripts that run in the page (the office.js stand-in of the browser tests).
    files: ["test/e2e/**/*.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly", document: "readonly", Promise: "readonly" } },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddins.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Adapters reach the engine only through its door, src/core/index.ts (tests may import deeper).
    files: ["src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [DEEP_CORE] }] },
  },
  {
    // What the browser build bundles: no Node built-ins, nothing from the command.
    files: ["src/{excel,taskpane,functions,xlsx}/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [DEEP_CORE, FROM_CLI, NODE_BUILTINS] }] },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["fs", "path", "node:*", "exceljs", "jszip", "react", "react-dom", "@fluentui/*"] }],
      "no-restricted-globals": ["error", "Office", "Excel", "process", "require", "Buffer"],
    },
  },
);
