export { Metrics, type FeedPollOutcome } from './metrics.js';
export { startHttpServer, type HttpServer, type HttpServerOptions, type ReadinessReport } from './server.js';
export { limitBody, DEFAULT_BODY_LIMITS, type BodyLimits, type BufferedRequest } from './body-limit.js';
export { removePortFile, writePortFile } from './port-file.js';
