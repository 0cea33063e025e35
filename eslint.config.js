// Lint: typescript-eslint's type-aware recommended rules, and the house rules of the layout
// (a pure domain, thin handlers, no local-only package in a Lambda bundle, no import circles).
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Packages that only the local stack, the command line and the tests use: devDependencies. */
const LOCAL_ONLY_PACKAGES = ['dynalite', 'aws-ses-v2-local', 'tsx', 'cli-progress', 'playwright-core'];

const localOnlyPackages = {
  group: LOCAL_ONLY_PACKAGES.flatMap((name) => [name, `${name}/*`]),
  message: 'a local-only package (a devDependency): a deployed Lambda would not find it; import it from functions/local/ only.',
};

/** Any folder under functions/ other than local/ can end up in a Lambda bundle. */
const noLocalFolder = {
  regex: '(^|/)local/',
  message: 'functions/local/ is the embedded local stack; nothing a Lambda bundle reaches may import it.',
};

/** Anything under functions/ may be bundled: the classic API's methods stay in a bundle whether used or not. */
const noClassicZod = {
  regex: '^zod(/v4)?$',
  message:
    "import 'zod/mini' (same core and messages, checks as functions): the classic API cannot be tree-shaken and carried 88 KiB of zod into the sign-up Lambda, zod/mini 21 KiB.",
};

const noSdk = {
  group: ['@aws-sdk/*'],
  message: 'the domain imports no AWS SDK: reach AWS through a port that an adapter implements.',
};

const domainStaysBelow = {
  regex: '(^|/)(adapters|web|wiring|handlers|local|triggers)/',
  message: 'the domain sits at the bottom: it imports no adapter, page, composition, handler or local code.',
};

const noAdapterInHandler = {
  regex: '(^|/)adapters/',
  message: 'a handler gets its adapters from its composition in functions/wiring/, not directly.',
};

/** Files that may break a house rule, each with the reason; keep these lists short. */
const KNOWN_EXCEPTIONS = {
  domainImportsOutside: [],
  handlerImportsAdapters: [],
  importCircles: [
    // A benchmark's runner, started as its own process, takes its story maker from the
    // benchmark that starts it: test code, never bundled.
    'test/bench/classify-bench.ts',
    'test/bench/first-pass-runner.ts',
  ],
};

const restrictedImports = (...patterns) => ['error', { patterns }];

export default defineConfig(
  {
    ignores: ['node_modules/', 'cdk.out/', '.newsdesk/', '.newsdesk-ci/', 'coverage/', 'test/e2e/artifacts/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x skips .ts files when it follows imports, and finds no circle.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: import.meta.dirname })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Off: an async method that implements a Promise-returning port without awaiting (the
      // in-memory fakes, simple adapters) is the clearest way to write one; the rule flagged 98
      // of those and nothing else. no-floating-promises and no-misused-promises stay on.
      '@typescript-eslint/require-await': 'off',
      // A local server's handler closes over the API that is built once the server's URL is
      // known: assigned once, after it is read in the closure, so it cannot be a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // A caught error is `unknown` by type; handing it on unchanged to `reject` is right.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // Tests read untyped JSON on purpose (a command's output, CloudFormation templates) and use
    // matchers typed `any` (expect.any); a wrong shape fails the assertion anyway. The unsafe-any
    // rules flagged about 120 such lines there and stay on for everything that is deployed or run.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // CloudFormation resources are typed `Record<string, any>` where the tests read them.
    files: ['test/infra/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain JavaScript (the command line's launcher, this file) is outside the TypeScript project.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['functions/**/*.ts'],
    ignores: ['functions/local/**'],
    rules: { 'no-restricted-imports': restrictedImports(localOnlyPackages, noLocalFolder, noClassicZod) },
  },
  {
    files: ['functions/domain/**/*.ts'],
    ignores: KNOWN_EXCEPTIONS.domainImportsOutside,
    rules: { 'no-restricted-imports': restrictedImports(localOnlyPackages, noSdk, domainStaysBelow, noClassicZod) },
  },
  {
    files: ['functions/handlers/**/*.ts'],
    rules: {
      // "Aim for under 60 lines" of code; comments and blank lines are free.
      'max-lines': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['functions/handlers/**/*.ts'],
    ignores: KNOWN_EXCEPTIONS.handlerImportsAdapters,
    rules: { 'no-restricted-imports': restrictedImports(localOnlyPackages, noLocalFolder, noAdapterInHandler, noClassicZod) },
  },
  KNOWN_EXCEPTIONS.importCircles.length > 0 ? { files: KNOWN_EXCEPTIONS.importCircles, rules: { 'import-x/no-cycle': 'off' } } : {},
);
