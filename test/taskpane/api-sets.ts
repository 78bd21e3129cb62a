// Which Office.js members the add-in's code uses, and the requirement set each one needs, read
// with the TypeScript compiler from the `[Api set: ExcelApi 1.9]` tags of @types/office-js (and
// @types/custom-functions-runtime). Two kinds of use count:
//   - direct: `Office.addin`, `Office.context.requirements`, `CustomFunctions.Error` …;
//   - through the adapter's structural surface (src/excel/api.ts): every member of XContext and
//     what it reaches is matched with the same member of Excel.RequestContext, and every use of
//     an X-member in the code counts as a use of that Excel member.
// A use is guarded when a `supports("ExcelApi", "1.9")` call (src/excel/capabilities.ts) comes
// before it in the same or an enclosing function.
import { join, relative } from "node:path";
import ts from "typescript";

export const ROOT = join(__dirname, "..", "..");

/** The requirement-set families the manifests declare; any other tag (Mailbox, WordApi …) is not Excel's gate. */
const FAMILIES = ["ExcelApi", "SharedRuntime", "CustomFunctionsRuntime", "OpenBrowserWindowApi"] as const;
export type Family = (typeof FAMILIES)[number];

export interface Need {
  set: Family;
  version: string;
}

export interface ApiUse {
  /** "Worksheet.pageLayout", "Addin.onVisibilityModeChanged". */
  member: string;
  need?: Need;
  file: string;
  line: number;
  /** The supports(...) checks before the use in its function or an enclosing one. */
  guards: Need[];
}

const TYPE_FILES = /@types[\\/](office-js|custom-functions-runtime)[\\/]/;

export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The first requirement set of a family named in a declaration's own doc comment. */
function tagIn(comment: string): Need | undefined {
  const re = /\[Api set: (\w+) (\d+\.\d+)|Requirement set\*\*: \{@link [^|}]*\| (\w+) (\d+\.\d+)\}/g;
  for (const m of comment.matchAll(re)) {
    const set = (m[1] ?? m[3]) as Family;
    if ((FAMILIES as readonly string[]).includes(set)) return { set, version: m[2] ?? m[4] };
  }
  return undefined;
}

function ownComment(decl: ts.Node): string {
  return decl.getFullText().slice(0, decl.getStart() - decl.getFullStart());
}

/** What a member of the type files needs: its own tag, else its class's or interface's. */
function needOf(symbol: ts.Symbol): Need | undefined {
  let best: Need | undefined;
  for (const d of symbol.declarations ?? []) {
    if (!TYPE_FILES.test(d.getSourceFile().fileName)) continue;
    const need = tagIn(ownComment(d)) ?? (d.parent ? tagIn(ownComment(d.parent)) : undefined);
    if (need && (!best || compareVersions(need.version, best.version) < 0)) best = need;
  }
  return best;
}

/** The class, interface, enum or namespace a member is declared in ("Worksheet", "Office"). */
function ownerName(decl: ts.Declaration | undefined): string {
  for (let p = decl?.parent; p; p = p.parent)
    if (ts.isClassDeclaration(p) || ts.isInterfaceDeclaration(p) || ts.isEnumDeclaration(p) || ts.isModuleDeclaration(p))
      return p.name ? p.name.text : "?";
  return "?";
}

export interface ProgramInput {
  /** Files of the program (absolute); the tsconfig's options apply. */
  files: string[];
  /** Extra in-memory files (absolute path → source), for the test that the check can fail. */
  virtual?: Record<string, string>;
  old?: ts.Program;
}

export function createProgram({ files, virtual = {}, old }: ProgramInput): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => void console.warn(d.messageText) },
  )!;
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, target, ...rest) =>
    name in virtual ? ts.createSourceFile(name, virtual[name], target) : getSourceFile(name, target, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name in virtual || fileExists(name);
  return ts.createProgram([...files, ...Object.keys(virtual)], config.options, host, old);
}

/** Every src file of the given rooms (src/excel, src/taskpane …). */
export function sourceFiles(rooms: string[]): string[] {
  return ts.sys
    .readDirectory(join(ROOT, "src"), [".ts", ".tsx"])
    .filter((f) => rooms.some((r) => relative(join(ROOT, "src"), f).startsWith(`${r}/`)));
}

/** X-member symbol → the Excel member it stands for (src/excel/api.ts against Excel.RequestContext). */
function surfaceMap(program: ts.Program, checker: ts.TypeChecker): Map<ts.Symbol, ts.Symbol> {
  const api = program.getSourceFile(join(ROOT, "src", "excel", "api.ts"));
  const map = new Map<ts.Symbol, ts.Symbol>();
  if (!api) return map;
  let x: ts.Type | undefined;
  let real: ts.Type | undefined;
  for (const s of api.statements) {
    if (ts.isInterfaceDeclaration(s) && s.name.text === "XContext") x = checker.getTypeAtLocation(s.name);
    if (ts.isTypeAliasDeclaration(s) && s.name.text === "RealContextFits" && ts.isConditionalTypeNode(s.type))
      real = checker.getTypeFromTypeNode(s.type.checkType);
  }
  if (!x || !real) throw new Error("src/excel/api.ts no longer has XContext and RealContextFits");
  const seen = new Set<string>();
  const inApi = (t: ts.Type) => (t.getSymbol() ?? t.aliasSymbol)?.declarations?.some((d) => d.getSourceFile() === api) ?? false;
  const walk = (xt: ts.Type, rt: ts.Type) => {
    const key = `${(xt as unknown as { id: number }).id}:${(rt as unknown as { id: number }).id}`;
    if (seen.has(key) || !inApi(xt)) return;
    seen.add(key);
    for (const p of xt.getProperties()) {
      const rp = checker.getPropertyOfType(rt, p.name);
      if (!rp) throw new Error(`Excel has no ${checker.typeToString(rt)}.${p.name}`);
      map.set(p, rp);
      const [xs, rs] = [checker.getTypeOfSymbol(p), checker.getTypeOfSymbol(rp)];
      const [xc, rc] = [xs.getCallSignatures()[0], rs.getCallSignatures()[0]];
      if (xc && rc) walk(checker.getNonNullableType(xc.getReturnType()), checker.getNonNullableType(rc.getReturnType()));
      else walk(checker.getNonNullableType(xs), checker.getNonNullableType(rs));
    }
  };
  walk(x, real);
  return map;
}

/** supports("ExcelApi", "1.9") → { set, version } */
function supportsCall(node: ts.Node): Need | undefined {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== "supports") return undefined;
  const [a, b] = node.arguments;
  if (!a || !b || !ts.isStringLiteral(a) || !ts.isStringLiteral(b)) return undefined;
  return (FAMILIES as readonly string[]).includes(a.text) ? { set: a.text as Family, version: b.text } : undefined;
}

const isScope = (n: ts.Node) => ts.isFunctionLike(n) || ts.isSourceFile(n);
function scopeOf(n: ts.Node): ts.Node {
  let p = n.parent;
  while (p && !isScope(p)) p = p.parent;
  return p ?? n.getSourceFile();
}

/** Every use of an Office.js member in `files` (absolute paths of the program). */
export function apiUses(program: ts.Program, files: string[]): ApiUse[] {
  const checker = program.getTypeChecker();
  const surface = surfaceMap(program, checker);
  const uses: ApiUse[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`not in the program: ${file}`);
    const checks: { need: Need; end: number; scope: ts.Node }[] = [];
    const found: { node: ts.Node; symbol: ts.Symbol }[] = [];
    const visit = (n: ts.Node) => {
      // Types are not calls: only what runs counts.
      if (ts.isTypeNode(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) return;
      const need = supportsCall(n);
      if (need) checks.push({ need, end: n.getEnd(), scope: scopeOf(n) });
      let name: ts.Node | undefined;
      if (ts.isPropertyAccessExpression(n)) name = n.name;
      else if (ts.isIdentifier(n) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n)) name = n;
      let symbol = name && checker.getSymbolAtLocation(name);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (symbol) {
        const excel = surface.get(symbol);
        if (excel) found.push({ node: n, symbol: excel });
        else if (symbol.declarations?.some((d) => TYPE_FILES.test(d.getSourceFile().fileName) && !ts.isModuleDeclaration(d)))
          found.push({ node: n, symbol });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    for (const { node, symbol } of found) {
      const scopes = new Set<ts.Node>();
      for (let p: ts.Node | undefined = node; p; p = p.parent) if (isScope(p)) scopes.add(p);
      const need = needOf(symbol);
      uses.push({
        member: `${ownerName(symbol.declarations?.[0])}.${symbol.name}`,
        ...(need ? { need } : {}),
        file: relative(ROOT, file),
        line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        guards: checks.filter((c) => c.end <= node.getStart() && scopes.has(c.scope)).map((c) => c.need),
      });
    }
  }
  return uses;
}

/** Uses that a manifest declaring `declared` does not cover and no supports() check guards. */
export function uncovered(uses: ApiUse[], declared: Partial<Record<Family, string>>): ApiUse[] {
  return uses.filter((u) => {
    if (!u.need) return false;
    const floor = declared[u.need.set];
    if (floor !== undefined && compareVersions(u.need.version, floor) <= 0) return false;
    return !u.guards.some((g) => g.set === u.need!.set && compareVersions(g.version, u.need!.version) >= 0);
  });
}

/** The highest version of `set` the unguarded uses need: the lowest a manifest may declare. */
export function floorOf(uses: ApiUse[], set: Family): string | undefined {
  let floor: string | undefined;
  for (const u of uses)
    if (u.need?.set === set && u.guards.every((g) => g.set !== set || compareVersions(g.version, u.need!.version) < 0))
      if (!floor || compareVersions(u.need.version, floor) > 0) floor = u.need.version;
  return floor;
}
