/** @module model — shared types of gazette-kb. */
export * from './source';
export * from './text';
export * from './doc-number';
export * from './knowledge';
export * from './gazette';
export * from './search';
export * from './kb';
export * from './labels';
