export * from './organisasjonsnummer.js';
export * from './notification-text.js';
export * from './dispatch-rules.js';
