export { createConsoleSender } from './sender.js';
