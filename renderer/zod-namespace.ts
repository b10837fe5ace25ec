/** `import { z } from 'zod'` in the renderer bundle resolves here (see zod-subset.ts). */
export * as z from './zod-subset.js';
