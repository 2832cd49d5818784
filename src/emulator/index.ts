export { startEmulator, type Emulator, type EmulatorOptions } from './server.js';
export type { EmulatedTweet, EmulatorLimits, Exchange, FaultSpec, RecordedRequest } from './types.js';
export { DEFAULT_LIMITS } from './types.js';
