export { Metrics, type FeedPollOutcome } from './metrics.js';
export { startHttpServer, type HttpServer, type HttpServerOptions, type ReadinessReport } from './server.js';
