import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers: a folder imports only from itself and from folders below it; feature folders never import
// each other sideways. lib/ from bottom to top: format.ts, job, guides, extension, storage, stories,
// tailoring, practice, applications, then backup.ts and background.ts; content/ reads pages with
// lib/job and lib/extension/messages only; components/ shared < features < pages; entrypoints/ on top.
const LIB_FORMAT = { type: 'lib-root', fileInternalPath: 'format.ts' };
const MESSAGES = { type: 'lib-extension', fileInternalPath: 'messages.ts' };
const BELOW_STORIES = [LIB_FORMAT, { type: ['lib-job', 'lib-guides', 'lib-extension', 'lib-storage'] }];
const ALL_LIB = { type: 'lib-*' };
const allow = (type, to) => ({ from: { element: { type } }, allow: { to: { element: to } } });
const layers = {
  files: ['lib/**/*.{ts,tsx}', 'content/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'boundaries/root-path': import.meta.dirname,
    // Resolves relative .ts/.tsx imports and the tsconfig aliases (@/, ~/), so no import slips past.
    'import/resolver': { typescript: { project: `${import.meta.dirname}/tsconfig.json` } },
    // Folders (first match wins); files right in lib/ are lib-root, told apart by file name below.
    'boundaries/elements': [
      { type: 'lib-job', pattern: 'lib/job', partialMatch: false },
      { type: 'lib-guides', pattern: 'lib/guides', partialMatch: false },
      { type: 'lib-extension', pattern: 'lib/extension', partialMatch: false },
      { type: 'lib-storage', pattern: 'lib/storage', partialMatch: false },
      { type: 'lib-stories', pattern: 'lib/stories', partialMatch: false },
      { type: 'lib-tailoring', pattern: 'lib/tailoring', partialMatch: false },
      { type: 'lib-practice', pattern: 'lib/practice', partialMatch: false },
      { type: 'lib-applications', pattern: 'lib/applications', partialMatch: false },
      { type: 'lib-root', pattern: 'lib', partialMatch: false },
      { type: 'content', pattern: 'content', partialMatch: false },
      { type: 'components-shared', pattern: 'components/shared', partialMatch: false },
      { type: 'components-feature', pattern: 'components/{stories,tailoring,practice,applications}', partialMatch: false },
      { type: 'components-page', pattern: 'components/{sidepanel,popup,options}', partialMatch: false },
      { type: 'entrypoints', pattern: 'entrypoints', partialMatch: false },
    ],
  },
  rules: {
    // Every file here belongs to a layer: a new folder has to be placed before it can be linted.
    'boundaries/no-unknown-files': 'error',
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message:
          '{{from.path}} ({{from.type}}) may not import "{{dependency.source}}"{{#if to.type}} ({{to.type}}){{/if}}: ' +
          'a folder imports only itself and the layers below it, never a sideways feature (see eslint.config.js).',
        checkInternals: true, // so lib/format.ts cannot import its neighbours backup.ts and background.ts
        checkUnknownLocals: true, // nor may these folders import tests/, scripts/ or config files
        policies: [
          // Any folder may import itself (components/sidepanel includes guide/ and browse/).
          { from: { element: { type: '*' } }, allow: { dependency: { relationship: { to: 'internal' } } } },
          allow('lib-job', [LIB_FORMAT]),
          allow('lib-guides', [LIB_FORMAT, { type: 'lib-job' }]),
          allow('lib-extension', [LIB_FORMAT, { type: ['lib-job', 'lib-guides'] }]),
          allow('lib-storage', [LIB_FORMAT, { type: ['lib-job', 'lib-guides', 'lib-extension'] }]),
          allow('lib-stories', [...BELOW_STORIES]),
          allow('lib-tailoring', [...BELOW_STORIES]),
          allow('lib-practice', [...BELOW_STORIES]),
          allow('lib-applications', [...BELOW_STORIES, { type: ['lib-stories', 'lib-tailoring', 'lib-practice'] }]),
          allow('lib-root', [ALL_LIB]), // backup.ts, background.ts: the top of lib
          { from: { element: LIB_FORMAT }, disallow: { to: { element: { type: '*' } } } }, // format.ts: the bottom
          allow('content', [{ type: 'lib-job' }, MESSAGES]),
          allow('components-shared', [ALL_LIB]),
          allow('components-feature', [ALL_LIB, { type: 'components-shared' }]),
          allow('components-page', [ALL_LIB, { type: ['components-shared', 'components-feature'] }]),
          allow('entrypoints', [ALL_LIB, { type: ['content', 'components-*'] }]),
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['.output/', '.output-*/', '.wxt/', 'node_modules/', 'demo-output/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text is data, never markup.',
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Page text is data, never markup.',
        },
      ],
    },
  },
  {
    // Tests and scripts know which fixture they loaded.
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  layers,
);
