import tseslint from 'typescript-eslint';

// The layers point one way (CONTRIBUTING.md): knowledge/ <- lib/ <- components/ <- app/ and entrypoints/.
// Enforced with the rules ESLint and typescript-eslint already ship (no plugin to keep in step): an import that
// points up a layer, or a view that reaches the browser, the background or storage, fails `npm test`.
const UP = (folders) => ({
  regex: `^(@/|~/|(\\.\\./)+)(${folders.join('|')})(/|$)`,
  message: `Layers point down (CONTRIBUTING.md): ${folders.join('/, ')}/ may not be imported from here.`,
});
const BROWSER_GLOBALS = [
  { name: 'browser', message: 'Views take props and ports (callbacks); the app/ controller or entrypoint calls the browser.' },
  { name: 'chrome', message: 'Views take props and ports (callbacks); the app/ controller or entrypoint calls the browser.' },
];
/** What a view (components/) must not reach: the browser, the background's messaging, storage items. */
const VIEW_PORTS = [
  { name: 'wxt/browser', message: 'Views take ports (callbacks); the app/ controller or entrypoint calls the browser.' },
  { name: 'webextension-polyfill', message: 'Views take ports (callbacks); the app/ controller or entrypoint calls the browser.' },
  { name: '#imports', message: 'Views take ports (callbacks); storage and messaging are wired in app/ or the entrypoint.' },
  { name: '@/lib/messages', message: 'Views take ports (callbacks): request() belongs in the app/ controller or entrypoint.' },
];
const VIEW_PORT_PATTERNS = [
  {
    regex: '^(@/lib/(store|background)/|wxt/utils/storage)',
    allowTypeImports: true,
    message: 'Views take ports (callbacks): storage items and background services are wired in app/ or the entrypoint (types are fine).',
  },
];

const KNOWLEDGE_NOT = ['wxt', 'wxt/browser', '#imports', 'preact', 'webextension-polyfill'].map((name) => ({
  name,
  message: 'knowledge/ is pure TypeScript: no browser, no UI (it runs in plain Node tests and the CLI).',
}));
/** Where knowledge/ may use Node: the CLI, the file reading and writing beside it, and build-time tools. */
const KNOWLEDGE_NODE = ['knowledge/cli/**', 'knowledge/node/**', 'knowledge/build/**', 'knowledge/schema/generate.ts'];
const NODE_BUILTINS = ['fs', 'fs/promises', 'path', 'os', 'url', 'child_process', 'crypto', 'process'];
const NODE_ONLY = 'knowledge/ is pure: read and write files in knowledge/node (or the CLI, knowledge/cli) and pass bytes in.';

export default tseslint.config(
  {
    ignores: ['node_modules/', '.output*/', '.wxt/', 'test-results/', 'demo/crm/', 'tests/fixtures/', 'web-ext-artifacts/'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Pack content is data: it must never become markup or code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text nodes; pack and page content is data.' },
        { property: 'outerHTML', message: 'Render text nodes; pack and page content is data.' },
        { property: 'insertAdjacentHTML', message: 'Render text nodes; pack and page content is data.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Pack content is data: render text.' },
        {
          // Preact 11 drops a number in a style object (no `px` appended): the palette once opened off-screen so.
          // A value (or a branch of a conditional value) that is a number, a name, arithmetic or a member: not a string.
          selector:
            "JSXAttribute[name.name='style'] > JSXExpressionContainer > ObjectExpression > Property " +
            ':matches(Property > .value, ConditionalExpression > .consequent, ConditionalExpression > .alternate, LogicalExpression > .right)' +
            ':matches(Identifier, MemberExpression, BinaryExpression, UnaryExpression, Literal[raw=/^[0-9.]/])',
          message: 'Preact 11 ignores numbers in style objects: write the unit (`${n}px`) or use a typed helper (placementStyle).',
        },
      ],
    },
  },
  {
    files: ['knowledge/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: KNOWLEDGE_NOT, patterns: [UP(['lib', 'components', 'app', 'entrypoints'])] }],
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome', 'document', 'window'].map((name) => ({ name, message: 'knowledge/ is pure TypeScript: no browser, no DOM.' })),
      ],
    },
  },
  {
    // Reading and writing folders and files is Node's, and lives beside the tools that need it: the rest of
    // knowledge/ builds for the browser too (the background compiles and checks packs) and takes bytes, not paths.
    files: ['knowledge/**'],
    ignores: KNOWLEDGE_NODE,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...KNOWLEDGE_NOT, ...NODE_BUILTINS.map((name) => ({ name, message: NODE_ONLY }))],
          patterns: [UP(['lib', 'components', 'app', 'entrypoints']), { regex: '^node:', message: NODE_ONLY }],
        },
      ],
    },
  },
  {
    files: ['lib/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [UP(['components', 'app', 'entrypoints'])] }] },
  },
  {
    files: ['components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: VIEW_PORTS, patterns: [UP(['app', 'entrypoints']), ...VIEW_PORT_PATTERNS] },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // Functions short enough to read at once (GUIDE: about 80 lines), counted without blank lines and comments.
    files: ['lib/**', 'knowledge/**', 'components/**', 'app/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    files: ['app/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [UP(['entrypoints'])] }] },
  },
  {
    // Tests build fixture documents from trusted, hand-written HTML.
    files: ['tests/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Content-script code runs in the CRM's page: its localStorage/IndexedDB belong to the page, not to us.
    files: ['app/content/**', 'lib/crm/**', 'lib/editors/**', 'lib/overlay/**', 'lib/shortcuts/**', 'entrypoints/content*'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Use extension storage (browser.storage.local).' },
        { name: 'sessionStorage', message: 'Use extension storage (browser.storage.local).' },
        { name: 'indexedDB', message: "A content script's IndexedDB is the page's: use the background." },
      ],
    },
  },
);
