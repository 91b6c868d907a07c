export * from './discord-server.js';
