export * from './report-form.js';
export * from './report-receipt.js';
export * from './report-feedback.js';
