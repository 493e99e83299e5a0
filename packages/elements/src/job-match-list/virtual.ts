// Loaded on demand by <up-job-match-list> (its own chunk in the CDN build): only long lists need it.
export { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
