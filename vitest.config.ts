import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['geodata/**/*.test.ts', 'renderer/**/*.test.ts', 'electron/**/*.test.ts', 'build/**/*.test.ts', 'cli/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
