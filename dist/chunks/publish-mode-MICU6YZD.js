import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  publishMode,
  pushFailedNote
} from "./chunk-SLDFVURS.js";
import "./chunk-OMWYTTSV.js";
import "./chunk-5XW67H4Z.js";
import "./chunk-UAG7Q4J7.js";
import "./chunk-4E4YB6TO.js";
import "./chunk-6H5MY5Y6.js";
import "./chunk-2GGXMUD4.js";
import "./chunk-NUFHDJWT.js";
import "./chunk-RIW62QR2.js";
import "./chunk-OFJ7IQ7R.js";
import "./chunk-RUHTAMYX.js";
import "./chunk-EFMZ3EBR.js";
import "./chunk-OS3CCXPJ.js";
import "./chunk-DHNVEQ6H.js";
import "./chunk-SQ7BIUQN.js";
import "./chunk-JZO4KPLM.js";
import "./chunk-X2S342ZY.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  publishMode,
  pushFailedNote
};
