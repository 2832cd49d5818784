import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  commitNote,
  publishMode
} from "./chunk-7WODFKYI.js";
import "./chunk-UOFBKHGZ.js";
import "./chunk-OMWYTTSV.js";
import "./chunk-6SKWMAVC.js";
import "./chunk-UAG7Q4J7.js";
import "./chunk-BC6YM3VD.js";
import "./chunk-2JCI7ESD.js";
import "./chunk-6H5MY5Y6.js";
import "./chunk-2GGXMUD4.js";
import "./chunk-NUFHDJWT.js";
import "./chunk-HSTKNCAO.js";
import "./chunk-OFJ7IQ7R.js";
import "./chunk-ZWOEQDWI.js";
import "./chunk-AQ37INCW.js";
import "./chunk-OS3CCXPJ.js";
import "./chunk-5YZ3TXRF.js";
import "./chunk-EUZCFI45.js";
import "./chunk-JZO4KPLM.js";
import "./chunk-GLT5U4BZ.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  commitNote,
  publishMode
};
