export { startEmulator, type Emulator, type EmulatorOptions } from './server.js';
export type { EmulatedTweet, EmulatorLimits, Exchange, FaultSpec, ReadCounts, RecordedRequest } from './types.js';
export { metricsAt, type PublicMetrics } from './metrics.js';
export { DEFAULT_LIMITS } from './types.js';
export { SEEDED_CUSTOMER_POSTS, customerToken, type CustomerPostInput, type CustomerSeed } from './customers.js';
