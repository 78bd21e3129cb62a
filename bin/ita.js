#!/usr/bin/env node
"use strict";
// Thin launcher: the command is compiled from src/cli by `npm install` (the prepare script).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "ita: ยังไม่ได้ติดตั้งคำสั่งให้ครบ: รัน npm install (หรือ npm run build:cli) ในโฟลเดอร์ " +
      path.dirname(__dirname) +
      " (the command is not built yet)\n",
  );
  process.exit(1);
}
// main() reports every mistake of the user's as one Thai line and an exit code; what reaches here
// is a bug in the command: its stack, and a request to report it.
require(entry)
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(
        "ita: เกิดข้อผิดพลาดภายในโปรแกรม โปรดแจ้งผู้พัฒนาพร้อมข้อความด้านล่าง (internal error, please report this bug):\n" +
          (err && err.stack ? err.stack : String(err)) +
          "\n",
      );
      process.exit(70);
    },
  );
