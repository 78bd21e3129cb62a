#!/usr/bin/env node
"use strict";
// Thin launcher: the command is compiled from src/cli by `npm install` (the prepare script).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "ita: the command is not built yet; run `npm install` (or `npm run build:cli`) in " + path.dirname(__dirname) + "\n",
  );
  process.exit(1);
}
require(entry)
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write("ita: " + (err && err.stack ? err.stack : String(err)) + "\n");
      process.exit(1);
    },
  );
