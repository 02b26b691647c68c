export * from './staff.js';
export * from './actor.js';
export * from './capabilities.js';
export * from './access.js';
