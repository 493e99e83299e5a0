// Evaluated before any schema module (browser entry): zod then never calls `new Function`,
// so the SDK works under a Content-Security-Policy without 'unsafe-eval'.
import * as z from 'zod/mini';

z.config({ jitless: true });
