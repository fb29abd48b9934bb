// Only stores call the bridge (renderer/src/stores/*): a component or page that needs data asks
// a store, so loading, errors and the call's shape live in one place per area.
import path from 'node:path';

const ALLOWED = [/^renderer\/src\/stores\//, /^renderer\/src\/bridge\.ts$/];

/** @type {import('eslint').Rule.RuleModule} */
export const bridgeRule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      invoke: "Only stores call the bridge: move this '{{name}}' call into renderer/src/stores/ and call the store from here.",
    },
  },
  create(context) {
    const rel = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    if (!rel.startsWith('renderer/') || ALLOWED.some((r) => r.test(rel))) return {};
    const fromBridge = (spec) => typeof spec === 'string' && /(^|\/)bridge(\.ts)?$/.test(spec);
    return {
      ImportDeclaration(node) {
        if (!fromBridge(node.source.value)) return;
        for (const s of node.specifiers) {
          const name =
            s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : s.type === 'ImportNamespaceSpecifier' ? '*' : 'default';
          if (name === 'invoke' || name === '*' || name === 'default' || name === 'bridge')
            context.report({ node: s, messageId: 'invoke', data: { name } });
        }
      },
      CallExpression(node) {
        const c = node.callee;
        const name =
          c.type === 'Identifier' ? c.name : c.type === 'MemberExpression' && c.property.type === 'Identifier' ? c.property.name : null;
        if (name === 'invoke') context.report({ node, messageId: 'invoke', data: { name } });
      },
    };
  },
};
