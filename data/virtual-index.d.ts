/** The compiled reference index, produced at build time by data/vite-plugin.ts. */
declare module 'virtual:mcxref-index' {
  const index: import('../lib/core/index/compiled').CompiledIndex;
  export default index;
}
