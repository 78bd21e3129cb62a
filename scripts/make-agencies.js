#!/usr/bin/env node
"use strict";
// Synthetic agencies for `ita batch` and its benchmark: N made-up agency workbooks, laid out the
// way staff keep ITA scores (a title with the year, the agency line with its district and province,
// a per-question table with code, question and score, and, for 2567, the official indicator table
// for OIT), with scores drawn from a seeded generator so a run is reproducible.
//
//   node scripts/make-agencies.js <folder> [--count 1000] [--seed 1] [--bad 0]
//
// --bad K makes every K-th file a workbook with an error (a score of 105). Needs the compiled
// command (npm run build:cli): the files are written by its own .xlsx writer, as plain sheets.
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const CATALOG = path.join(ROOT, "src", "core", "catalog", "data");
const FRAMEWORKS = {
  2566: JSON.parse(fs.readFileSync(path.join(CATALOG, "framework-2566.json"), "utf8")),
  2567: JSON.parse(fs.readFileSync(path.join(CATALOG, "framework-2567.json"), "utf8")),
};
const KINDS = ["องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง"];
// Made-up names, three parts: 20 × 20 × 21 = 8,400 different names, enough for every agency of a year.
const NAME_A = [
  "หนอง",
  "บ้าน",
  "ดอน",
  "นา",
  "ห้วย",
  "โคก",
  "ท่า",
  "วัง",
  "เขา",
  "ทุ่ง",
  "บึง",
  "สระ",
  "คลอง",
  "ป่า",
  "แม่",
  "ลำ",
  "หัว",
  "โพธิ์",
  "ไทร",
  "ศรี",
];
const NAME_B = [
  "ทอง",
  "แก้ว",
  "ใหญ่",
  "น้อย",
  "ใหม่",
  "เก่า",
  "งาม",
  "สวรรค์",
  "ดี",
  "ไผ่",
  "ม่วง",
  "ขาม",
  "สูง",
  "กลาง",
  "เหนือ",
  "ใต้",
  "ตะวัน",
  "จันทร์",
  "เพชร",
  "บัว",
];
const NAME_C = [
  "",
  "สามัคคี",
  "พัฒนา",
  "เจริญ",
  "ศรีสุข",
  "วงศ์",
  "ราษฎร์",
  "สุข",
  "ชัย",
  "มงคล",
  "บุรี",
  "นคร",
  "ธานี",
  "เกษม",
  "สถิตย์",
  "รุ่งเรือง",
  "ไพร",
  "วารี",
  "สมบูรณ์",
  "ประชา",
  "อุดม",
];
const DISTRICTS = ["เมือง", "ท่าทราย", "นาดี", "บ้านโคก", "ห้วยใหญ่", "หนองบัว", "วังน้ำ", "เขาแก้ว"];
const PROVINCES = ["ตัวอย่างเหนือ", "ตัวอย่างใต้", "ตัวอย่างกลาง"];

/** mulberry32: a small seeded generator, the same numbers on every machine. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r2 = (v) => Math.round(v * 100) / 100;
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** One agency's sheets as plain values: { name, sheets: [{ name, values }] }. */
function agencyWorkbook(index, seed = 1, bad = false) {
  const rand = generator(seed * 100003 + index);
  const year = rand() < 0.75 ? 2566 : 2567;
  const fw = FRAMEWORKS[year];
  const kind = KINDS[Math.floor(rand() * KINDS.length)];
  const district = DISTRICTS[Math.floor(rand() * DISTRICTS.length)];
  const province = PROVINCES[Math.floor(rand() * PROVINCES.length)];
  const number = String(index + 1).padStart(4, "0");
  const k = index % (NAME_A.length * NAME_B.length * NAME_C.length);
  const place = `${NAME_A[k % 20]}${NAME_B[Math.floor(k / 20) % 20]}${NAME_C[Math.floor(k / 400)]}`;
  const agency = `${kind}${place} อำเภอ${district} จังหวัด${province}`;
  const level = 80 + rand() * 18; // the agency's general level of perception scores
  const rows = [[`ผลคะแนนการประเมินคุณธรรมและความโปร่งใส (ITA) รายข้อ ประจำปีงบประมาณ พ.ศ. ${year}`], [agency], [], ["ข้อ", "ข้อคำถาม", "คะแนน"]];
  const oit = [];
  for (const item of fw.items) {
    if (item.tool === "OIT") {
      oit.push(rand() < 0.12 ? 0 : 100);
      if (year === 2567) continue; // the 2567 OIT list is provisional: the official indicators are given instead
      rows.push([item.code, item.text, oit[oit.length - 1]]);
    } else rows.push([item.code, item.text, r2(Math.min(100, Math.max(40, level + (rand() - 0.3) * 16)))]);
  }
  if (bad) rows[5][2] = 105;
  const sheets = [{ name: "คะแนนรายข้อ", values: rows }];
  if (year === 2567) {
    // Indicator 9 from its items, indicator 10 from its items, as published (2 decimals).
    const of = (n) => mean(oit.slice(n === 9 ? 0 : Math.floor(oit.length * 0.7), n === 9 ? Math.floor(oit.length * 0.7) : oit.length));
    sheets.push({
      name: "สรุปตัวชี้วัด",
      values: [
        [`ผลการประเมินรายตัวชี้วัด ปีงบประมาณ พ.ศ. ${year}`],
        [],
        ["ตัวชี้วัด", "คะแนน"],
        ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", r2(of(9))],
        ["ตัวชี้วัดที่ 10 การป้องกันการทุจริต", r2(of(10))],
      ],
    });
  }
  return { name: `${number}-${kind}${place}`, year, agency: `${kind}${place}`, district, province, sheets };
}

module.exports = { agencyWorkbook };

if (require.main === module) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--"));
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  if (!dir) {
    process.stderr.write("usage: node scripts/make-agencies.js <folder> [--count 1000] [--seed 1] [--bad 0]\n");
    process.exit(2);
  }
  const count = opt("--count", 1000);
  const seed = opt("--seed", 1);
  const bad = opt("--bad", 0);
  const build = path.join(ROOT, "build");
  if (!fs.existsSync(path.join(build, "xlsx", "write.js"))) {
    process.stderr.write("make-agencies: run `npm run build:cli` first\n");
    process.exit(1);
  }
  const { buildOutputWorkbook } = require(path.join(build, "xlsx", "write.js"));
  const { nodeCodec } = require(path.join(build, "cli", "node-codec.js"));
  fs.mkdirSync(dir, { recursive: true });
  const modified = new Date(Date.UTC(2024, 9, 1));
  for (let i = 0; i < count; i++) {
    const a = agencyWorkbook(i, seed, bad > 0 && (i + 1) % bad === 0);
    const source = {
      sheets: a.sheets.map((s) => ({ name: s.name, outputName: s.name, state: "visible", values: s.values })),
      date1904: false,
      sharedStrings: { items: [], rootAttrs: 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' },
    };
    fs.writeFileSync(path.join(dir, `${a.name}.xlsx`), buildOutputWorkbook(source, [], { codec: nodeCodec, modified }));
  }
  process.stderr.write(`make-agencies: ${count} workbooks in ${dir}\n`);
}
