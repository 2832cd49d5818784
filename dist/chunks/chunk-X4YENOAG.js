import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/model/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var UserError = class extends Error {
  name = "UserError";
};

export {
  UsageError,
  UserError
};
