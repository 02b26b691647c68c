export * from './name-search.js';
export * from './person-input.js';
export * from './relation.js';
