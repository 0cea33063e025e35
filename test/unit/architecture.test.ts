/**
 * The house rules of the layout are lint rules (eslint.config.js). This test lints a small tree
 * that breaks each of them with the project's own configuration and checks that each rule
 * fires, so a rule cannot be dropped or scoped away without a test failing. It also walks the
 * import graph, type-only imports included, which the lint rule for circles does not follow.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPOSITORY = resolve(import.meta.dirname, '../..');

/** One file per broken rule; paths say where it stands, and the layout rules depend on that. */
const FIXTURE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, skipLibCheck: true, types: ['node'], noEmit: true },
    include: ['functions'],
  }),
  'functions/domain/sends-mail.ts': "import { SESv2Client } from '@aws-sdk/client-sesv2';\nexport const client = new SESv2Client({});\n",
  'functions/domain/renders-page.ts': "import { page } from '../web/page.js';\nexport const rendered = page();\n",
  'functions/domain/reads-local.ts': "import { localThing } from '../local/thing.js';\nexport const value = localThing;\n",
  'functions/web/page.ts': "export function page(): string {\n  return '<p>hello</p>';\n}\n",
  'functions/web/starts-emulator.ts': "import dynalite from 'dynalite';\nexport const server = dynalite;\n",
  'functions/web/reads-local.ts': "import { localThing } from '../local/thing.js';\nexport const value = localThing;\n",
  // dynalite ships no types: `unknown` keeps the unsafe-any rules quiet about it.
  'functions/local/thing.ts': "import dynalite from 'dynalite';\nexport const localThing: unknown = dynalite;\n",
  'functions/adapters/store.ts': 'export class Store {}\n',
  'functions/handlers/builds-adapter.ts': "import { Store } from '../adapters/store.js';\nexport const store = new Store();\n",
  'functions/handlers/too-long.ts': Array.from({ length: 61 }, (_, i) => `export const line${i} = ${i};`).join('\n') + '\n',
  'functions/domain/circle-a.ts': "import { b } from './circle-b.js';\nexport const a = (): number => b() + 1;\n",
  'functions/domain/circle-b.ts': "import { a } from './circle-a.js';\nexport const b = (): number => (a.length > 0 ? 1 : 0);\n",
  'functions/domain/forgets-await.ts': 'export async function save(): Promise<void> {}\nexport function run(): void {\n  save();\n}\n',
};

let fixtureRoot: string;
let results: ESLint.LintResult[];

beforeAll(async () => {
  fixtureRoot = mkdtempSync(join(tmpdir(), 'newsdesk-lint-'));
  for (const [path, text] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(fixtureRoot, path)), { recursive: true });
    writeFileSync(join(fixtureRoot, path), text);
  }
  // The fixture's imports of packages resolve as the project's do.
  symlinkSync(join(REPOSITORY, 'node_modules'), join(fixtureRoot, 'node_modules'), 'dir');
  const eslint = new ESLint({ cwd: fixtureRoot, overrideConfigFile: join(REPOSITORY, 'eslint.config.js') });
  results = await eslint.lintFiles(['functions']);
}, 180_000);

afterAll(() => {
  if (fixtureRoot) rmSync(fixtureRoot, { recursive: true, force: true });
});

function rulesFiredIn(path: string): string[] {
  const result = results.find((r) => relative(fixtureRoot, r.filePath) === path);
  if (!result) throw new Error(`${path} was not linted`);
  return [...new Set(result.messages.map((message) => message.ruleId ?? message.message))].sort();
}

describe('the lint rules of the layout', () => {
  it.each([
    ['the domain imports no AWS SDK', 'functions/domain/sends-mail.ts', 'no-restricted-imports'],
    ['the domain imports no page code', 'functions/domain/renders-page.ts', 'no-restricted-imports'],
    ['the domain imports no local code', 'functions/domain/reads-local.ts', 'no-restricted-imports'],
    ['no local-only package where a Lambda bundle can reach it', 'functions/web/starts-emulator.ts', 'no-restricted-imports'],
    ['no local code where a Lambda bundle can reach it', 'functions/web/reads-local.ts', 'no-restricted-imports'],
    ['a handler takes its adapters from its composition', 'functions/handlers/builds-adapter.ts', 'no-restricted-imports'],
    ['a handler stays under 60 lines of code', 'functions/handlers/too-long.ts', 'max-lines'],
    ['no import circles', 'functions/domain/circle-a.ts', 'import-x/no-cycle'],
    ['type-aware rules run (a forgotten await)', 'functions/domain/forgets-await.ts', '@typescript-eslint/no-floating-promises'],
  ])('%s', (_rule, path, ruleId) => {
    expect(rulesFiredIn(path)).toContain(ruleId);
  });

  it('lets the local stack use the local-only packages, and passes code that keeps the rules', () => {
    expect(rulesFiredIn('functions/local/thing.ts')).toEqual([]);
    expect(rulesFiredIn('functions/web/page.ts')).toEqual([]);
    expect(rulesFiredIn('functions/adapters/store.ts')).toEqual([]);
  });
});

/**
 * Circles tolerated in the tree: none. A circle found passes only while all of its files are
 * inside one entry here, so an entry is a visible, reviewed exception.
 */
const KNOWN_CIRCLES: readonly (readonly string[])[] = [];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The project's own imports of each file, type-only and dynamic ones included. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const options: ts.CompilerOptions = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true };
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map(({ fileName }) => ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule)
      .map((module) => (module && !module.isExternalLibraryImport ? module.resolvedFileName : undefined))
      .filter((path): path is string => path !== undefined && path.endsWith('.ts') && !path.endsWith('.d.ts'));
    graph.set(file, targets);
  }
  return graph;
}

/** Files that import each other, directly or round a longer loop (Tarjan's strongly connected components). */
function circlesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    lowLink.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(target)!));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(target)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) circles.push(component.map((path) => relative(REPOSITORY, path)).sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return circles;
}

describe('the import graph', () => {
  it('finds the circle in the small tree, and names its files', () => {
    const circles = circlesOf(importGraph(sourceFiles(join(fixtureRoot, 'functions'))));

    expect(circles.map((circle) => circle.map((path) => path.slice(path.indexOf('functions/'))))).toEqual([
      ['functions/domain/circle-a.ts', 'functions/domain/circle-b.ts'],
    ]);
  });

  it('has no circles, counting type-only imports: handlers on top, the domain at the bottom', () => {
    const files = ['functions', 'lib', 'bin'].flatMap((folder) => sourceFiles(join(REPOSITORY, folder)));
    const isKnown = (circle: readonly string[]) => KNOWN_CIRCLES.some((known) => circle.every((file) => known.includes(file)));

    const circles = circlesOf(importGraph(files));

    expect(circles.filter((circle) => !isKnown(circle))).toEqual([]);
  });
});
