// Imports run one way: no circle of imports anywhere in the code, type-only imports included (TypeScript
// drops those at run time, but a reader still follows them). `npm run lint` runs this.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A circle hides which way the layers go: move the shared piece below both (README, "A map of the code").',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules|bench/out)' },
  },
};
