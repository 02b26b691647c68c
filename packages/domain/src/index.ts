export * from './staff.js';
export * from './actor.js';
