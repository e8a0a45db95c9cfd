import tseslint from 'typescript-eslint';

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
