import { defineConfig } from 'tsup';

const topics = ['migration', 'displacement', 'remittances', 'trafficking', 'mine-action', 'territory', 'humanitarian-aid'];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    helpers: 'src/helpers/index.ts',
    schema: 'src/schema/index.ts',
    cli: 'src/cli/index.ts',
    ...Object.fromEntries(topics.map((t) => [`topics/${t}`, `src/topics/${t}.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  splitting: true,
  sourcemap: false,
  treeshake: false,
  target: 'es2022',
  outDir: 'dist',
});
