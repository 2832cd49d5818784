import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import "./chunk-D7W4NH5G.js";

// src/publish/log-entry-validator.generated.ts
var logEntry = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/herald/herald/schema/log-entry.schema.json", "title": "herald publish log entry", "description": "One line of schedules/log.jsonl, written by herald publish. Unknown fields are allowed so older versions can read newer logs.", "type": "object", "required": ["at", "post", "account", "event", "part"], "properties": { "at": { "description": "When this was recorded (UTC).", "$ref": "#/$defs/utcInstant" }, "post": { "description": "The post id.", "type": "string", "minLength": 1 }, "account": { "description": "The account name.", "type": "string", "minLength": 1 }, "event": { "enum": ["attempt", "published", "failed", "expired", "skipped", "reconciled"] }, "part": { "description": "Thread part, 0-based.", "type": "integer", "minimum": 0 }, "hash": { "description": "sha256 (hex) of the post's text.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "tweet_id": { "type": "string", "pattern": "^[0-9]+$" }, "url": { "type": "string", "pattern": "^https?://" }, "scheduled_for": { "description": "Window start (UTC).", "$ref": "#/$defs/utcInstant" }, "delay_s": { "description": "Seconds after window start.", "type": "number" }, "error": { "type": "string" }, "retryable": { "type": "boolean" }, "reason": { "type": "string" }, "found": { "description": "reconciled: whether the attempted part was on the timeline.", "type": "boolean" } }, "allOf": [{ "if": { "properties": { "event": { "const": "published" } } }, "then": { "required": ["tweet_id", "url", "scheduled_for", "delay_s"] } }, { "if": { "properties": { "event": { "const": "failed" } } }, "then": { "required": ["error", "retryable"] } }, { "if": { "properties": { "event": { "enum": ["expired", "skipped"] } } }, "then": { "required": ["reason"] } }, { "if": { "properties": { "event": { "const": "reconciled" } } }, "then": { "required": ["found"], "if": { "properties": { "found": { "const": true } } }, "then": { "required": ["tweet_id"] } } }], "$defs": { "utcInstant": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$" } } };
var pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$", "u");
var pattern5 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern6 = new RegExp("^[0-9]+$", "u");
var pattern7 = new RegExp("^https?://", "u");
var func1 = ucs2length;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.event !== void 0) {
      if ("published" !== data.event) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.tweet_id === void 0 && (missing0 = "tweet_id") || data.url === void 0 && (missing0 = "url") || data.scheduled_for === void 0 && (missing0 = "scheduled_for") || data.delay_s === void 0 && (missing0 = "delay_s")) {
        validate20.errors = [{ instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err1 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate20.errors = vErrors;
    return false;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const _errs6 = errors;
    const _errs7 = errors;
    let valid3 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event !== void 0) {
        if ("failed" !== data.event) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
      if (_errs7) {
        vErrors.length = _errs7;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs10 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.error === void 0 && (missing1 = "error") || data.retryable === void 0 && (missing1 = "retryable")) {
          validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
          return false;
        }
      }
      var _valid1 = _errs10 === errors;
      valid3 = _valid1;
    }
    if (!valid3) {
      const err3 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate20.errors = vErrors;
      return false;
    }
    var valid0 = _errs6 === errors;
    if (valid0) {
      const _errs11 = errors;
      const _errs12 = errors;
      let valid5 = true;
      const _errs13 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.event !== void 0) {
          let data2 = data.event;
          if (!(data2 === "expired" || data2 === "skipped")) {
            const err4 = {};
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
      var _valid2 = _errs13 === errors;
      errors = _errs12;
      if (vErrors !== null) {
        if (_errs12) {
          vErrors.length = _errs12;
        } else {
          vErrors = null;
        }
      }
      if (_valid2) {
        const _errs15 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing2;
          if (data.reason === void 0 && (missing2 = "reason")) {
            validate20.errors = [{ instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
          }
        }
        var _valid2 = _errs15 === errors;
        valid5 = _valid2;
      }
      if (!valid5) {
        const err5 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
        validate20.errors = vErrors;
        return false;
      }
      var valid0 = _errs11 === errors;
      if (valid0) {
        const _errs16 = errors;
        const _errs17 = errors;
        let valid7 = true;
        const _errs18 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.event !== void 0) {
            if ("reconciled" !== data.event) {
              const err6 = {};
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
        var _valid3 = _errs18 === errors;
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
        if (_valid3) {
          const _errs20 = errors;
          const _errs21 = errors;
          let valid9 = true;
          const _errs22 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.found !== void 0) {
              if (true !== data.found) {
                const err7 = {};
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          }
          var _valid4 = _errs22 === errors;
          errors = _errs21;
          if (vErrors !== null) {
            if (_errs21) {
              vErrors.length = _errs21;
            } else {
              vErrors = null;
            }
          }
          if (_valid4) {
            const _errs24 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
              let missing3;
              if (data.tweet_id === void 0 && (missing3 = "tweet_id")) {
                validate20.errors = [{ instancePath, schemaPath: "#/allOf/3/then/then/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                return false;
              }
            }
            var _valid4 = _errs24 === errors;
            valid9 = _valid4;
          }
          if (!valid9) {
            const err8 = { instancePath, schemaPath: "#/allOf/3/then/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
            validate20.errors = vErrors;
            return false;
          }
          if (errors === _errs20) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
              let missing4;
              if (data.found === void 0 && (missing4 = "found")) {
                validate20.errors = [{ instancePath, schemaPath: "#/allOf/3/then/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                return false;
              }
            }
          }
          var _valid3 = _errs20 === errors;
          valid7 = _valid3;
          if (valid7) {
            var props0 = {};
            props0.found = true;
            props0.event = true;
          }
        }
        if (!valid7) {
          const err9 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
          validate20.errors = vErrors;
          return false;
        }
        var valid0 = _errs16 === errors;
        if (valid0) {
          if (props0 !== true) {
            props0 = props0 || {};
            props0.event = true;
          }
        }
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing5;
      if (data.at === void 0 && (missing5 = "at") || data.post === void 0 && (missing5 = "post") || data.account === void 0 && (missing5 = "account") || data.event === void 0 && (missing5 = "event") || data.part === void 0 && (missing5 = "part")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.at = true;
          props0.post = true;
          props0.account = true;
          props0.event = true;
          props0.part = true;
          props0.hash = true;
          props0.tweet_id = true;
          props0.url = true;
          props0.scheduled_for = true;
          props0.delay_s = true;
          props0.error = true;
          props0.retryable = true;
          props0.reason = true;
          props0.found = true;
        }
        if (data.at !== void 0) {
          let data5 = data.at;
          const _errs25 = errors;
          const _errs26 = errors;
          if (errors === _errs26) {
            if (typeof data5 === "string") {
              if (!pattern4.test(data5)) {
                validate20.errors = [{ instancePath: instancePath + "/at", schemaPath: "#/$defs/utcInstant/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$"' }];
                return false;
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/at", schemaPath: "#/$defs/utcInstant/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid11 = _errs25 === errors;
        } else {
          var valid11 = true;
        }
        if (valid11) {
          if (data.post !== void 0) {
            let data6 = data.post;
            const _errs28 = errors;
            if (errors === _errs28) {
              if (typeof data6 === "string") {
                if (func1(data6) < 1) {
                  validate20.errors = [{ instancePath: instancePath + "/post", schemaPath: "#/properties/post/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/post", schemaPath: "#/properties/post/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid11 = _errs28 === errors;
          } else {
            var valid11 = true;
          }
          if (valid11) {
            if (data.account !== void 0) {
              let data7 = data.account;
              const _errs30 = errors;
              if (errors === _errs30) {
                if (typeof data7 === "string") {
                  if (func1(data7) < 1) {
                    validate20.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid11 = _errs30 === errors;
            } else {
              var valid11 = true;
            }
            if (valid11) {
              if (data.event !== void 0) {
                let data8 = data.event;
                const _errs32 = errors;
                if (!(data8 === "attempt" || data8 === "published" || data8 === "failed" || data8 === "expired" || data8 === "skipped" || data8 === "reconciled")) {
                  validate20.errors = [{ instancePath: instancePath + "/event", schemaPath: "#/properties/event/enum", keyword: "enum", params: { allowedValues: schema31.properties.event.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid11 = _errs32 === errors;
              } else {
                var valid11 = true;
              }
              if (valid11) {
                if (data.part !== void 0) {
                  let data9 = data.part;
                  const _errs33 = errors;
                  if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                    validate20.errors = [{ instancePath: instancePath + "/part", schemaPath: "#/properties/part/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs33) {
                    if (typeof data9 == "number") {
                      if (data9 < 0 || isNaN(data9)) {
                        validate20.errors = [{ instancePath: instancePath + "/part", schemaPath: "#/properties/part/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    }
                  }
                  var valid11 = _errs33 === errors;
                } else {
                  var valid11 = true;
                }
                if (valid11) {
                  if (data.hash !== void 0) {
                    let data10 = data.hash;
                    const _errs35 = errors;
                    if (errors === _errs35) {
                      if (typeof data10 === "string") {
                        if (!pattern5.test(data10)) {
                          validate20.errors = [{ instancePath: instancePath + "/hash", schemaPath: "#/properties/hash/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' }];
                          return false;
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/hash", schemaPath: "#/properties/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid11 = _errs35 === errors;
                  } else {
                    var valid11 = true;
                  }
                  if (valid11) {
                    if (data.tweet_id !== void 0) {
                      let data11 = data.tweet_id;
                      const _errs37 = errors;
                      if (errors === _errs37) {
                        if (typeof data11 === "string") {
                          if (!pattern6.test(data11)) {
                            validate20.errors = [{ instancePath: instancePath + "/tweet_id", schemaPath: "#/properties/tweet_id/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
                            return false;
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/tweet_id", schemaPath: "#/properties/tweet_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid11 = _errs37 === errors;
                    } else {
                      var valid11 = true;
                    }
                    if (valid11) {
                      if (data.url !== void 0) {
                        let data12 = data.url;
                        const _errs39 = errors;
                        if (errors === _errs39) {
                          if (typeof data12 === "string") {
                            if (!pattern7.test(data12)) {
                              validate20.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' }];
                              return false;
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid11 = _errs39 === errors;
                      } else {
                        var valid11 = true;
                      }
                      if (valid11) {
                        if (data.scheduled_for !== void 0) {
                          let data13 = data.scheduled_for;
                          const _errs41 = errors;
                          const _errs42 = errors;
                          if (errors === _errs42) {
                            if (typeof data13 === "string") {
                              if (!pattern4.test(data13)) {
                                validate20.errors = [{ instancePath: instancePath + "/scheduled_for", schemaPath: "#/$defs/utcInstant/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$"' }];
                                return false;
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/scheduled_for", schemaPath: "#/$defs/utcInstant/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid11 = _errs41 === errors;
                        } else {
                          var valid11 = true;
                        }
                        if (valid11) {
                          if (data.delay_s !== void 0) {
                            const _errs44 = errors;
                            if (!(typeof data.delay_s == "number")) {
                              validate20.errors = [{ instancePath: instancePath + "/delay_s", schemaPath: "#/properties/delay_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                            var valid11 = _errs44 === errors;
                          } else {
                            var valid11 = true;
                          }
                          if (valid11) {
                            if (data.error !== void 0) {
                              const _errs46 = errors;
                              if (typeof data.error !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid11 = _errs46 === errors;
                            } else {
                              var valid11 = true;
                            }
                            if (valid11) {
                              if (data.retryable !== void 0) {
                                const _errs48 = errors;
                                if (typeof data.retryable !== "boolean") {
                                  validate20.errors = [{ instancePath: instancePath + "/retryable", schemaPath: "#/properties/retryable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid11 = _errs48 === errors;
                              } else {
                                var valid11 = true;
                              }
                              if (valid11) {
                                if (data.reason !== void 0) {
                                  const _errs50 = errors;
                                  if (typeof data.reason !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid11 = _errs50 === errors;
                                } else {
                                  var valid11 = true;
                                }
                                if (valid11) {
                                  if (data.found !== void 0) {
                                    const _errs52 = errors;
                                    if (typeof data.found !== "boolean") {
                                      validate20.errors = [{ instancePath: instancePath + "/found", schemaPath: "#/properties/found/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                      return false;
                                    }
                                    var valid11 = _errs52 === errors;
                                  } else {
                                    var valid11 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };
function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
}
export {
  logEntry
};
