// Which top-level folder may import which, as data (after VS Code's code-layering rule).
// A layer may import itself and the layers listed; Node built-ins and 'electron' are gated too.
import path from 'node:path';
import { builtinModules } from 'node:module';

export const LAYERS = {
  shared: { may: ['shared'], node: false, electron: false, packages: ['zod'] },
  db: { may: ['shared', 'db'], node: true, electron: false },
  preview: { may: ['shared', 'db', 'preview'], node: true, electron: false },
  cli: { may: ['shared', 'db', 'cli'], node: true, electron: false },
  bench: { may: ['shared', 'db', 'bench', 'preview'], node: true, electron: false },
  electron: { may: ['shared', 'db', 'electron'], node: true, electron: true },
  renderer: { may: ['shared', 'renderer'], node: false, electron: false },
};

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function layerOf(file, root) {
  const rel = path.relative(root, file).split(path.sep);
  return rel.length > 1 && rel[0] in LAYERS ? rel[0] : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      layer: "Layer '{{from}}' may not import from '{{to}}' ({{spec}}). Allowed: {{allowed}}.",
      node: "Layer '{{from}}' must not use Node built-ins ({{spec}}).",
      electron: "Only electron/ may import 'electron' (found in '{{from}}').",
      pkg: "Layer '{{from}}' may only import the packages {{allowed}} (found '{{spec}}').",
    },
  },
  create(context) {
    const file = context.filename;
    const root = context.cwd;
    const from = layerOf(file, root);
    // Build tool configs (vite.config.ts…) run in Node at build time, outside the layers.
    if (!from || /\.config\.[cm]?[jt]s$/.test(file)) return {};
    const rules = LAYERS[from];
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = layerOf(path.resolve(path.dirname(file), spec), root);
        if (target && !rules.may.includes(target)) {
          context.report({ node, messageId: 'layer', data: { from, to: target, spec, allowed: rules.may.join(', ') } });
        }
        return;
      }
      if (builtins.has(spec) || spec.startsWith('node:')) {
        if (!rules.node) context.report({ node, messageId: 'node', data: { from, spec } });
        return;
      }
      if (spec === 'electron' || spec.startsWith('electron/')) {
        if (!rules.electron) context.report({ node, messageId: 'electron', data: { from } });
        return;
      }
      if (rules.packages) {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!rules.packages.includes(pkg))
          context.report({ node, messageId: 'pkg', data: { from, spec, allowed: rules.packages.join(', ') } });
      }
    }
    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
      CallExpression: (n) => {
        if (n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments[0]?.type === 'Literal')
          check(n, n.arguments[0].value);
      },
    };
  },
};
