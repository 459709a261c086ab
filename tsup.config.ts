import { defineConfig } from 'tsup';
import { topics } from './scripts/topics.js';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    helpers: 'src/helpers/index.ts',
    schema: 'src/schema/index.ts',
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
