/**
 * The public API of two builds of one package, compared as a consumer's compiler sees it: both
 * packages' declarations (dist/*.d.ts) go into one in-memory program, and the type checker says,
 * export by export, whether code written against the old declarations still type-checks against
 * the new ones. The rules are in docs/API-DIFF.md.
 */
import type { ts as TsApi } from 'ts-morph';
import { byCodePoint } from '../emit/layout.js';

/** How a change reaches code that uses the package. */
export type ChangeKind = 'breaking' | 'additive';

/** One change to one export. */
export interface ApiChange {
  readonly kind: ChangeKind;
  /**
   * The export as a consumer imports it: `name`, or `subpath: name` for an entry point other than the package's own.
   */
  readonly exportName: string;
  readonly message: string;
}

/** A package's declaration files (paths as in the package, `dist/…d.ts`) and the entry points it exports. */
export interface DeclaredApi {
  readonly declarations: ReadonlyMap<string, string>;
  /** `.` and each subpath of package.json's exports with a declaration file of its own, to that file. */
  readonly entries: ReadonlyMap<string, string>;
}

/** Which way a type crosses the API: passed in by the consumer, handed out to it, or both. */
interface Direction {
  input: boolean;
  output: boolean;
}

type Ts = typeof TsApi;

/** Every change between `before` and `after`, breaking ones first, each group by export name. */
export function compareApis(before: DeclaredApi, after: DeclaredApi): ApiChange[] {
  // Loaded only when an API did change: a run whose declarations are unchanged never pays for the compiler.
  const { Project, ts } = require('ts-morph') as typeof import('ts-morph');
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      noEmit: true,
    },
  });
  for (const [side, api] of [
    ['old', before],
    ['new', after],
  ] as const) {
    for (const [file, text] of api.declarations) project.createSourceFile(`/${side}/${file}`, text);
  }
  const entries = [...new Set([...before.entries.keys(), ...after.entries.keys()])].sort(byCodePoint);
  const exportsOf = (checker: TsApi.TypeChecker, program: TsApi.Program, entry: string, side: 'old' | 'new') => {
    const file = (side === 'old' ? before : after).entries.get(entry);
    const source = file === undefined ? undefined : program.getSourceFile(`/${side}/${file}`);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    const symbols = new Map<string, TsApi.Symbol>();
    for (const s of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
      symbols.set(s.name, s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
    }
    return symbols;
  };
  // A generic export's two versions have type parameters of their own, which nothing is assignable to: each changed
  // one is compared as instantiated with the same arguments, in a file of aliases added before the program is built.
  const instances = genericInstances(ts, project, before, after, entries, exportsOf);
  const checker = project.getTypeChecker().compilerObject;
  const program = project.getProgram().compilerObject;
  const instanceTypes = instances.typesIn(checker, program);
  const changes: ApiChange[] = [];
  for (const entry of entries) {
    const old = exportsOf(checker, program, entry, 'old');
    const now = exportsOf(checker, program, entry, 'new');
    const label = (name: string) => exportLabel(entry, name);
    const directions = directionsOf(ts, checker, old, directionsOf(ts, checker, now, new Map()));
    const compare = new Comparison(ts, checker);
    for (const name of [...new Set([...old.keys(), ...now.keys()])].sort(byCodePoint)) {
      const o = old.get(name);
      const n = now.get(name);
      const add = (kind: ChangeKind, message: string) => changes.push({ kind, exportName: label(name), message });
      if (!n) add('breaking', 'removed');
      else if (!o) add('additive', 'added');
      else
        compare.symbols(
          o,
          n,
          directions.get(name) ?? { input: true, output: true },
          add,
          instanceTypes.get(label(name)),
        );
    }
  }
  return changes.sort((a, b) =>
    a.kind === b.kind ? byCodePoint(a.exportName, b.exportName) : a.kind === 'breaking' ? -1 : 1,
  );
}

/** An export as a consumer imports it: `name`, or `subpath: name` for an entry point other than the package's own. */
function exportLabel(entry: string, name: string): string {
  return entry === '.' ? name : `${entry.replace(/^\.\//, '')}: ${name}`;
}

/** The file of instantiations: its path in the project. */
const INSTANCES = '/instances.ts';

/**
 * Adds to `project` a file that instantiates both versions of every generic export whose declaration changed with the
 * same arguments (opaque types of their own, one a type parameter), and says where to find each pair's types once the
 * program is built: `typesIn` maps an export's label to [old, new]. A type alias or interface is instantiated as
 * `Name<Args>`, a function as `typeof name<Args>`.
 */
function genericInstances(
  ts: Ts,
  project: import('ts-morph').Project,
  before: DeclaredApi,
  after: DeclaredApi,
  entries: readonly string[],
  exportsOf: (c: TsApi.TypeChecker, p: TsApi.Program, entry: string, side: 'old' | 'new') => Map<string, TsApi.Symbol>,
): { typesIn(checker: TsApi.TypeChecker, program: TsApi.Program): Map<string, [TsApi.Type, TsApi.Type]> } {
  const checker = project.getTypeChecker().compilerObject;
  const program = project.getProgram().compilerObject;
  const isFunction = (s: TsApi.Symbol) => (s.flags & ts.SymbolFlags.Function) !== 0;
  const lines: string[] = [];
  const pairs = new Map<string, number>();
  let arity = 0;
  for (const entry of entries) {
    const oldFile = before.entries.get(entry);
    const newFile = after.entries.get(entry);
    if (oldFile === undefined || newFile === undefined) continue;
    const old = exportsOf(checker, program, entry, 'old');
    const now = exportsOf(checker, program, entry, 'new');
    for (const [name, o] of old) {
      const n = now.get(name);
      const count = n && typeParameterCount(ts, o);
      if (!n || !count || count !== typeParameterCount(ts, n) || declarationText(ts, o) === declarationText(ts, n))
        continue;
      if (isFunction(o) !== isFunction(n)) continue;
      const i = pairs.size;
      arity = Math.max(arity, count);
      const args = `<${Array.from({ length: count }, (_, k) => `Arg${k}`).join(', ')}>`;
      const of = (side: string) => (isFunction(o) ? `typeof ${side}${i}${args}` : `${side}${i}${args}`);
      const from = (file: string, side: string) => `'./${side}/${file.replace(/\.d\.ts$/, '.js')}'`;
      const kind = isFunction(o) ? 'import' : 'import type';
      lines.push(`${kind} { ${name} as old${i} } from ${from(oldFile, 'old')};`);
      lines.push(`${kind} { ${name} as new${i} } from ${from(newFile, 'new')};`);
      lines.push(`export type Old${i} = ${of('old')};`, `export type New${i} = ${of('new')};`);
      pairs.set(exportLabel(entry, name), i);
    }
  }
  if (pairs.size > 0) {
    for (let k = 0; k < arity; k++)
      lines.push(`declare const arg${k}: unique symbol;`, `interface Arg${k} { [arg${k}]: 0 }`);
    project.createSourceFile(INSTANCES, lines.join('\n'));
  }
  return {
    typesIn(checker, program) {
      const found = new Map<string, [TsApi.Type, TsApi.Type]>();
      const source = pairs.size > 0 ? program.getSourceFile(INSTANCES) : undefined;
      const moduleSymbol = source && checker.getSymbolAtLocation(source);
      if (!moduleSymbol) return found;
      const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));
      for (const [label, i] of pairs) {
        const o = exported.get(`Old${i}`);
        const n = exported.get(`New${i}`);
        if (o && n) found.set(label, [checker.getDeclaredTypeOfSymbol(o), checker.getDeclaredTypeOfSymbol(n)]);
      }
      return found;
    },
  };
}

/** How many type parameters the export's declarations take (0 for none). */
function typeParameterCount(ts: Ts, symbol: TsApi.Symbol): number {
  let count = 0;
  for (const d of symbol.declarations ?? []) {
    const parameters = (d as { typeParameters?: TsApi.NodeArray<TsApi.TypeParameterDeclaration> }).typeParameters;
    if (parameters && (ts.isTypeAliasDeclaration(d) || ts.isInterfaceDeclaration(d) || ts.isFunctionDeclaration(d)))
      count = Math.max(count, parameters.length);
  }
  return count;
}

/** One pair of builds, compared export by export. */
class Comparison {
  constructor(
    private readonly ts: Ts,
    private readonly checker: TsApi.TypeChecker,
  ) {}

  symbols(
    o: TsApi.Symbol,
    n: TsApi.Symbol,
    direction: Direction,
    add: (kind: ChangeKind, message: string) => void,
    instance?: [TsApi.Type, TsApi.Type],
  ): void {
    const { ts, checker } = this;
    const isValue = (s: TsApi.Symbol) => (s.flags & ts.SymbolFlags.Value) !== 0;
    const isType = (s: TsApi.Symbol) => (s.flags & ts.SymbolFlags.Type) !== 0;
    if (isValue(o) && !isValue(n)) return add('breaking', 'is no longer a value (only a type)');
    if (isType(o) && !isType(n)) return add('breaking', 'is no longer a type (only a value)');
    if (declarationText(ts, o) === declarationText(ts, n)) return;
    let reported = false;
    const say = (kind: ChangeKind, message: string) => {
      reported = true;
      add(kind, message);
    };
    if (isValue(o) && (o.flags & ts.SymbolFlags.Function) !== 0 && (n.flags & ts.SymbolFlags.Function) !== 0) {
      const [ot, nt] = instance ?? [checker.getTypeOfSymbol(o), checker.getTypeOfSymbol(n)];
      this.functions(ot, nt, say);
    } else if (isValue(o)) {
      // A constant or class: the consumer reads it, so the new one must satisfy the old one's type.
      this.shape(checker.getTypeOfSymbol(o), checker.getTypeOfSymbol(n), { input: false, output: true }, '', say);
    } else {
      const [ot, nt] = instance ?? [checker.getDeclaredTypeOfSymbol(o), checker.getDeclaredTypeOfSymbol(n)];
      this.shape(ot, nt, direction, '', say);
    }
    if (!reported) add('additive', 'changed compatibly');
  }

  /** A function: every old call must still type-check, and its result must still satisfy the old one's users. */
  private functions(o: TsApi.Type, n: TsApi.Type, say: (kind: ChangeKind, message: string) => void): void {
    const { checker } = this;
    const [os] = o.getCallSignatures();
    const [ns] = n.getCallSignatures();
    if (!os || !ns) return say('breaking', 'its call signature changed');
    const required = (s: TsApi.Signature) =>
      s.getDeclaration().parameters.filter((p) => !p.questionToken && !p.initializer && !p.dotDotDotToken).length;
    const op = os.getParameters();
    const np = ns.getParameters();
    if (required(ns) > required(os))
      say('breaking', `takes ${required(ns)} required parameters where it took ${required(os)}`);
    if (np.length < op.length) say('breaking', `takes ${np.length} parameters where it took ${op.length}`);
    op.forEach((p, i) => {
      const q = np[i];
      if (!q) return;
      const pt = checker.getTypeOfSymbol(p);
      const qt = checker.getTypeOfSymbol(q);
      if (this.text(pt) === this.text(qt)) return;
      this.shape(pt, qt, { input: true, output: false }, `parameter \`${q.name}\``, say);
    });
    for (const q of np.slice(op.length)) {
      if (required(ns) <= op.length) say('additive', `new optional parameter \`${q.name}\``);
    }
    const or = os.getReturnType();
    const nr = ns.getReturnType();
    if (this.text(or) !== this.text(nr)) this.shape(or, nr, { input: false, output: true }, 'its result', say);
  }

  /**
   * Two versions of a type as `direction` uses them: an input must accept every old value, an
   * output must satisfy every old use (no property gone or made optional, no value gone).
   * `what` names the place (empty for the export itself).
   */
  private shape(
    o: TsApi.Type,
    n: TsApi.Type,
    direction: Direction,
    what: string,
    say: (kind: ChangeKind, message: string) => void,
  ): void {
    const { checker } = this;
    const at = (message: string) => (what ? `${what}: ${message}` : message);
    const oldLiterals = literalsOf(o);
    const newLiterals = literalsOf(n);
    if (oldLiterals && newLiterals) {
      const removed = oldLiterals.filter((v) => !newLiterals.includes(v));
      const added = newLiterals.filter((v) => !oldLiterals.includes(v));
      if (removed.length > 0) say('breaking', at(`${plural(removed.length, 'value')} removed: ${removed.join(', ')}`));
      if (added.length > 0)
        say(
          direction.output ? 'breaking' : 'additive',
          at(
            `${plural(added.length, 'value')} added: ${added.join(', ')}${direction.output ? ' (code that handles every value it receives must handle these)' : ''}`,
          ),
        );
      return;
    }
    if (isPlainObject(this.ts, o) && isPlainObject(this.ts, n)) {
      const oldProps = new Map(checker.getPropertiesOfType(o).map((p) => [p.name, p]));
      const newProps = new Map(checker.getPropertiesOfType(n).map((p) => [p.name, p]));
      const optional = (p: TsApi.Symbol) => (p.flags & this.ts.SymbolFlags.Optional) !== 0;
      for (const [name, p] of oldProps) {
        const q = newProps.get(name);
        const prop = (message: string) => at(`property \`${name}\`${message ? ` ${message}` : ''}`);
        if (!q) {
          say('breaking', prop('removed'));
          continue;
        }
        if (optional(p) && !optional(q) && direction.input) say('breaking', prop('is now required'));
        if (!optional(p) && optional(q)) say(direction.output ? 'breaking' : 'additive', prop('is now optional'));
        const pt = checker.getTypeOfSymbol(p);
        const qt = checker.getTypeOfSymbol(q);
        if (this.text(pt) !== this.text(qt)) this.shape(pt, qt, direction, prop(''), say);
      }
      for (const [name, q] of newProps) {
        if (oldProps.has(name)) continue;
        const required = !optional(q);
        say(
          direction.input && required ? 'breaking' : 'additive',
          at(`new ${required ? 'required' : 'optional'} property \`${name}\``),
        );
      }
      return;
    }
    const accepts = !direction.input || checker.isTypeAssignableTo(o, n);
    const satisfies = !direction.output || checker.isTypeAssignableTo(n, o);
    const change = `${this.text(o)} → ${this.text(n)}`.replace(/: $/, '');
    if (!accepts) say('breaking', at(`accepts less than before (${change})`));
    else if (!satisfies) say('breaking', at(`gives what old code does not expect (${change})`));
    else say('additive', at(`changed compatibly (${change})`));
  }

  private text(type: TsApi.Type): string {
    return this.checker.typeToString(type, undefined, this.ts.TypeFormatFlags.NoTruncation);
  }
}

/**
 * Adds to `found` which exported types each exported function takes (input) and gives (output),
 * reached through properties, unions and type arguments; a type neither takes nor gives counts as both.
 */
function directionsOf(
  ts: Ts,
  checker: TsApi.TypeChecker,
  exported: ReadonlyMap<string, TsApi.Symbol>,
  found: Map<string, Direction>,
): Map<string, Direction> {
  const names = new Map<TsApi.Symbol, string>();
  for (const [name, symbol] of exported) names.set(symbol, name);
  const walk = (type: TsApi.Type, way: keyof Direction, seen: Set<TsApi.Type>) => {
    if (seen.has(type)) return;
    seen.add(type);
    for (const symbol of [type.aliasSymbol, type.getSymbol()]) {
      const name = symbol && names.get(symbol);
      if (!name) continue;
      const d = found.get(name) ?? { input: false, output: false };
      d[way] = true;
      found.set(name, d);
    }
    const declaration = type.getSymbol()?.declarations?.[0];
    // The standard library's own types (Promise's methods, say) lead nowhere of the package's.
    const fromPackage = !declaration || /^\/(old|new)\//.test(declaration.getSourceFile().fileName);
    if (type.isUnionOrIntersection()) type.types.forEach((t) => walk(t, way, seen));
    for (const t of type.aliasTypeArguments ?? []) walk(t, way, seen);
    if (type.flags & ts.TypeFlags.Object && (type as TsApi.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
      checker.getTypeArguments(type as TsApi.TypeReference).forEach((t) => walk(t, way, seen));
    }
    if (fromPackage && type.flags & ts.TypeFlags.Object) {
      for (const p of checker.getPropertiesOfType(type)) walk(checker.getTypeOfSymbol(p), way, seen);
    }
  };
  for (const symbol of exported.values()) {
    if (!(symbol.flags & ts.SymbolFlags.Function)) continue;
    for (const signature of checker.getTypeOfSymbol(symbol).getCallSignatures()) {
      for (const p of signature.getParameters()) walk(checker.getTypeOfSymbol(p), 'input', new Set());
      walk(signature.getReturnType(), 'output', new Set());
    }
  }
  return found;
}

/**
 * The members of a union of string, number or boolean literals (or a single literal), or undefined for any other type.
 */
function literalsOf(type: TsApi.Type): string[] | undefined {
  const values: string[] = [];
  for (const t of type.isUnion() ? type.types : [type]) {
    // true, false, null and undefined are intrinsic types, known by their names.
    const intrinsic = (t as { intrinsicName?: string }).intrinsicName;
    if (t.isStringLiteral()) values.push(JSON.stringify(t.value));
    else if (t.isNumberLiteral()) values.push(String(t.value));
    else if (intrinsic && ['true', 'false', 'null', 'undefined'].includes(intrinsic)) values.push(intrinsic);
    else return undefined;
  }
  return values.some((v) => v !== 'null' && v !== 'undefined') ? values : undefined;
}

/** An object type compared property by property: not a function, an array or a tuple. */
function isPlainObject(ts: Ts, type: TsApi.Type): boolean {
  if (!(type.flags & ts.TypeFlags.Object) || type.isUnionOrIntersection()) return false;
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return false;
  const name = type.getSymbol()?.name;
  return name !== 'Array' && name !== 'ReadonlyArray' && name !== 'Promise' && type.getStringIndexType() === undefined;
}

/** The export's declarations as printed without comments: equal text is an unchanged export. */
function declarationText(ts: Ts, symbol: TsApi.Symbol): string {
  const printer = (printerWithoutComments ??= ts.createPrinter({ removeComments: true }));
  return (symbol.declarations ?? [])
    .map((d) => printer.printNode(ts.EmitHint.Unspecified, d, d.getSourceFile()))
    .join('\n');
}
let printerWithoutComments: TsApi.Printer | undefined;

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
