/** Whether a newer version of the site is in charge than the one this page runs (set by register.ts). */
export const update = $state({ available: false });
