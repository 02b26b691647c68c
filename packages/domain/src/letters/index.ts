export * from './fields.js';
export * from './template-language.js';
export * from './template.js';
export * from './templates.js';
export * from './render.js';
export * from './recipient.js';
export * from './hjemmel-text.js';
