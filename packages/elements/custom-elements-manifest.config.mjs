// Configuration of `cem analyze` (the custom elements manifest, which feeds the docs,
// Storybook's controls and editors' tooling). The manifest describes the public API only:
// ES private members (#name), private and protected members and static fields are dropped.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'clientele-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? []) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.members) continue;
            declaration.members = declaration.members.filter(
              (member) =>
                !member.name.startsWith('#') &&
                member.privacy !== 'private' &&
                member.privacy !== 'protected' &&
                !member.static,
            );
          }
        }
      },
    },
  ],
};
