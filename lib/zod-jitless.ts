import { z } from 'zod';

/**
 * Zod compiles object schemas with `new Function` when it may, and probes whether it may as
 * each schema is made. The extension's policy forbids it, so every page logged a refused
 * evaluation (a Trusted Types violation in Chromium). Imported first by every page and the background,
 * before any schema exists: zod then never tries.
 */
z.config({ jitless: true });
