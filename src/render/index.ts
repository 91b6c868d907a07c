export * from './slack/index.js';
