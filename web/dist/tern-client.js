// Tern client library, bundled from web/src by `npm run build` (do not edit).
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/protobufjs/src/util/aspromise.js
var require_aspromise = __commonJS({
  "node_modules/protobufjs/src/util/aspromise.js"(exports, module) {
    "use strict";
    module.exports = asPromise;
    function asPromise(fn, ctx) {
      var params = new Array(arguments.length - 1), offset = 0, index = 2, pending = true;
      while (index < arguments.length)
        params[offset++] = arguments[index++];
      return new Promise(function executor(resolve, reject) {
        params[offset] = function callback(err) {
          if (pending) {
            pending = false;
            if (err)
              reject(err);
            else {
              var params2 = new Array(arguments.length - 1), offset2 = 0;
              while (offset2 < params2.length)
                params2[offset2++] = arguments[offset2];
              resolve.apply(null, params2);
            }
          }
        };
        try {
          fn.apply(ctx || null, params);
        } catch (err) {
          if (pending) {
            pending = false;
            reject(err);
          }
        }
      });
    }
  }
});

// node_modules/protobufjs/src/util/base64.js
var require_base64 = __commonJS({
  "node_modules/protobufjs/src/util/base64.js"(exports) {
    "use strict";
    var base64 = exports;
    base64.length = function length(string) {
      var p = string.length;
      if (!p)
        return 0;
      while (p > 0 && string.charAt(p - 1) === "=")
        --p;
      return Math.floor(p * 3 / 4);
    };
    var b64 = new Array(64);
    var s64 = new Array(123);
    for (i = 0; i < 64; )
      s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;
    var i;
    s64[45] = 62;
    s64[95] = 63;
    base64.encode = function encode2(buffer, start, end) {
      var parts = null, chunk = [];
      var i2 = 0, j = 0, t;
      while (start < end) {
        var b = buffer[start++];
        switch (j) {
          case 0:
            chunk[i2++] = b64[b >> 2];
            t = (b & 3) << 4;
            j = 1;
            break;
          case 1:
            chunk[i2++] = b64[t | b >> 4];
            t = (b & 15) << 2;
            j = 2;
            break;
          case 2:
            chunk[i2++] = b64[t | b >> 6];
            chunk[i2++] = b64[b & 63];
            j = 0;
            break;
        }
        if (i2 > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
          i2 = 0;
        }
      }
      if (j) {
        chunk[i2++] = b64[t];
        chunk[i2++] = 61;
        if (j === 1)
          chunk[i2++] = 61;
      }
      if (parts) {
        if (i2)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i2)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i2));
    };
    var invalidEncoding = "invalid encoding";
    base64.decode = function decode2(string, buffer, offset) {
      var start = offset;
      var j = 0, t;
      for (var i2 = 0; i2 < string.length; ) {
        var c = string.charCodeAt(i2++);
        if (c === 61 && j > 1)
          break;
        if ((c = s64[c]) === void 0)
          throw Error(invalidEncoding);
        switch (j) {
          case 0:
            t = c;
            j = 1;
            break;
          case 1:
            buffer[offset++] = t << 2 | (c & 48) >> 4;
            t = c;
            j = 2;
            break;
          case 2:
            buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
            t = c;
            j = 3;
            break;
          case 3:
            buffer[offset++] = (t & 3) << 6 | c;
            j = 0;
            break;
        }
      }
      if (j === 1)
        throw Error(invalidEncoding);
      return offset - start;
    };
    var base64Re = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    var base64UrlRe = /[-_]/;
    var base64UrlNoPaddingRe = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;
    base64.test = function test(string) {
      return base64Re.test(string) || base64UrlRe.test(string) && base64UrlNoPaddingRe.test(string);
    };
  }
});

// node_modules/protobufjs/src/util/eventemitter.js
var require_eventemitter = __commonJS({
  "node_modules/protobufjs/src/util/eventemitter.js"(exports, module) {
    "use strict";
    module.exports = EventEmitter;
    function EventEmitter() {
      this._listeners = /* @__PURE__ */ Object.create(null);
    }
    EventEmitter.prototype.on = function on(evt, fn, ctx) {
      (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn,
        ctx: ctx || this
      });
      return this;
    };
    EventEmitter.prototype.off = function off(evt, fn) {
      if (evt === void 0)
        this._listeners = /* @__PURE__ */ Object.create(null);
      else {
        if (fn === void 0)
          this._listeners[evt] = [];
        else {
          var listeners = this._listeners[evt];
          if (!listeners)
            return this;
          for (var i = 0; i < listeners.length; )
            if (listeners[i].fn === fn)
              listeners.splice(i, 1);
            else
              ++i;
        }
      }
      return this;
    };
    EventEmitter.prototype.emit = function emit(evt) {
      var listeners = this._listeners[evt];
      if (listeners) {
        var args = [], i = 1;
        for (; i < arguments.length; )
          args.push(arguments[i++]);
        for (i = 0; i < listeners.length; )
          listeners[i].fn.apply(listeners[i++].ctx, args);
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/util/float.js
var require_float = __commonJS({
  "node_modules/protobufjs/src/util/float.js"(exports, module) {
    "use strict";
    module.exports = factory(factory);
    function factory(exports2) {
      if (typeof Float32Array !== "undefined") (function() {
        var f32 = new Float32Array([-0]), f8b = new Uint8Array(f32.buffer), le = f8b[3] === 128;
        function writeFloat_f32_cpy(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
        }
        function writeFloat_f32_rev(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[3];
          buf[pos + 1] = f8b[2];
          buf[pos + 2] = f8b[1];
          buf[pos + 3] = f8b[0];
        }
        exports2.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        exports2.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;
        function readFloat_f32_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          return f32[0];
        }
        function readFloat_f32_rev(buf, pos) {
          f8b[3] = buf[pos];
          f8b[2] = buf[pos + 1];
          f8b[1] = buf[pos + 2];
          f8b[0] = buf[pos + 3];
          return f32[0];
        }
        exports2.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        exports2.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;
      })();
      else (function() {
        function writeFloat_ieee754(writeUint, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0)
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos);
          else if (isNaN(val))
            writeUint(2143289344, buf, pos);
          else if (val > 34028234663852886e22)
            writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
          else if (val < 11754943508222875e-54)
            writeUint((sign << 31 | Math.round(val / 1401298464324817e-60)) >>> 0, buf, pos);
          else {
            var exponent = Math.floor(Math.log(val) / Math.LN2), mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
            writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
          }
        }
        exports2.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports2.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);
        function readFloat_ieee754(readUint, buf, pos) {
          var uint = readUint(buf, pos), sign = (uint >> 31) * 2 + 1, exponent = uint >>> 23 & 255, mantissa = uint & 8388607;
          return exponent === 255 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 1401298464324817e-60 * mantissa : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }
        exports2.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports2.readFloatBE = readFloat_ieee754.bind(null, readUintBE);
      })();
      if (typeof Float64Array !== "undefined") (function() {
        var f64 = new Float64Array([-0]), f8b = new Uint8Array(f64.buffer), le = f8b[7] === 128;
        function writeDouble_f64_cpy(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
          buf[pos + 4] = f8b[4];
          buf[pos + 5] = f8b[5];
          buf[pos + 6] = f8b[6];
          buf[pos + 7] = f8b[7];
        }
        function writeDouble_f64_rev(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[7];
          buf[pos + 1] = f8b[6];
          buf[pos + 2] = f8b[5];
          buf[pos + 3] = f8b[4];
          buf[pos + 4] = f8b[3];
          buf[pos + 5] = f8b[2];
          buf[pos + 6] = f8b[1];
          buf[pos + 7] = f8b[0];
        }
        exports2.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        exports2.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;
        function readDouble_f64_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          f8b[4] = buf[pos + 4];
          f8b[5] = buf[pos + 5];
          f8b[6] = buf[pos + 6];
          f8b[7] = buf[pos + 7];
          return f64[0];
        }
        function readDouble_f64_rev(buf, pos) {
          f8b[7] = buf[pos];
          f8b[6] = buf[pos + 1];
          f8b[5] = buf[pos + 2];
          f8b[4] = buf[pos + 3];
          f8b[3] = buf[pos + 4];
          f8b[2] = buf[pos + 5];
          f8b[1] = buf[pos + 6];
          f8b[0] = buf[pos + 7];
          return f64[0];
        }
        exports2.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        exports2.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;
      })();
      else (function() {
        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0) {
            writeUint(0, buf, pos + off0);
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos + off1);
          } else if (isNaN(val)) {
            writeUint(0, buf, pos + off0);
            writeUint(2146959360, buf, pos + off1);
          } else if (val > 17976931348623157e292) {
            writeUint(0, buf, pos + off0);
            writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
          } else {
            var mantissa;
            if (val < 22250738585072014e-324) {
              mantissa = val / 5e-324;
              writeUint(mantissa >>> 0, buf, pos + off0);
              writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
            } else {
              var exponent = Math.floor(Math.log(val) / Math.LN2);
              if (exponent === 1024)
                exponent = 1023;
              mantissa = val * Math.pow(2, -exponent);
              writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
              writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
            }
          }
        }
        exports2.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports2.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);
        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
          var lo = readUint(buf, pos + off0), hi = readUint(buf, pos + off1);
          var sign = (hi >> 31) * 2 + 1, exponent = hi >>> 20 & 2047, mantissa = 4294967296 * (hi & 1048575) + lo;
          return exponent === 2047 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 5e-324 * mantissa : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }
        exports2.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports2.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);
      })();
      return exports2;
    }
    function writeUintLE(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    function writeUintBE(val, buf, pos) {
      buf[pos] = val >>> 24;
      buf[pos + 1] = val >>> 16 & 255;
      buf[pos + 2] = val >>> 8 & 255;
      buf[pos + 3] = val & 255;
    }
    function readUintLE(buf, pos) {
      return (buf[pos] | buf[pos + 1] << 8 | buf[pos + 2] << 16 | buf[pos + 3] << 24) >>> 0;
    }
    function readUintBE(buf, pos) {
      return (buf[pos] << 24 | buf[pos + 1] << 16 | buf[pos + 2] << 8 | buf[pos + 3]) >>> 0;
    }
  }
});

// node_modules/protobufjs/src/util/utf8.js
var require_utf8 = __commonJS({
  "node_modules/protobufjs/src/util/utf8.js"(exports) {
    "use strict";
    var utf8 = exports;
    var looseDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
    var strictDecoder;
    var TEXT_DECODER_MIN_LENGTH = 64;
    try {
      strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    } catch (err) {
      strictDecoder = looseDecoder;
    }
    utf8.length = function utf8_length(string) {
      var len = 0, c = 0;
      for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
          len += 1;
        else if (c < 2048)
          len += 2;
        else if ((c & 64512) === 55296 && (string.charCodeAt(i + 1) & 64512) === 56320) {
          ++i;
          len += 4;
        } else
          len += 3;
      }
      return len;
    };
    function utf8_read_decoder(decoder, buffer, start, end) {
      var source = start === 0 && end === buffer.length ? buffer : buffer.subarray(start, end);
      return decoder.decode(source);
    }
    utf8.read = function utf8_read_loose(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(looseDecoder, buffer, start, end);
      var str = "", i = start, c1, c2, c3, c4, c5, c6, c7, c8;
      for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 128)
          return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 128)
          return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
      }
      return str;
    };
    utf8.readStrict = function utf8_read_strict(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(strictDecoder, buffer, start, end);
      var str = "", i = start, c1, c2, c3, c4, c5, c6, c7, c8;
      for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 128)
          return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 128)
          return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
      }
      return str;
    };
    utf8.write = function utf8_write(string, buffer, offset) {
      var start = offset, c1, c2;
      for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
          buffer[offset++] = c1;
        } else if (c1 < 2048) {
          buffer[offset++] = c1 >> 6 | 192;
          buffer[offset++] = c1 & 63 | 128;
        } else if ((c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i + 1)) & 64512) === 56320) {
          c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023);
          ++i;
          buffer[offset++] = c1 >> 18 | 240;
          buffer[offset++] = c1 >> 12 & 63 | 128;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        } else {
          buffer[offset++] = c1 >> 12 | 224;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        }
      }
      return offset - start;
    };
  }
});

// node_modules/protobufjs/src/util/pool.js
var require_pool = __commonJS({
  "node_modules/protobufjs/src/util/pool.js"(exports, module) {
    "use strict";
    module.exports = pool;
    function pool(alloc, slice, size) {
      var SIZE = size || 8192;
      var MAX = SIZE >>> 1;
      var slab = null;
      var offset = SIZE;
      return function pool_alloc(size2) {
        if (size2 < 1 || size2 > MAX)
          return alloc(size2);
        if (offset + size2 > SIZE) {
          slab = alloc(SIZE);
          offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size2);
        if (offset & 7)
          offset = (offset | 7) + 1;
        return buf;
      };
    }
  }
});

// node_modules/protobufjs/src/util/longbits.js
var require_longbits = __commonJS({
  "node_modules/protobufjs/src/util/longbits.js"(exports, module) {
    "use strict";
    module.exports = LongBits;
    var Long;
    function LongBits(lo, hi) {
      this.lo = lo >>> 0;
      this.hi = hi >>> 0;
    }
    var zero = LongBits.zero = new LongBits(0, 0);
    zero.toNumber = function() {
      return 0;
    };
    zero.zzEncode = zero.zzDecode = function() {
      return this;
    };
    zero.length = function() {
      return 1;
    };
    var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";
    LongBits.fromNumber = function fromNumber(value) {
      if (value === 0)
        return zero;
      var sign = value < 0;
      if (sign)
        value = -value;
      var lo = value >>> 0, hi = (value - lo) / 4294967296 >>> 0;
      if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
          lo = 0;
          if (++hi > 4294967295)
            hi = 0;
        }
      }
      return new LongBits(lo, hi);
    };
    LongBits.from = function from(value) {
      if (typeof value === "number")
        return LongBits.fromNumber(value);
      if (typeof value === "string" || value instanceof String) {
        if (Long)
          value = Long.fromString(value);
        else
          return LongBits.fromNumber(parseInt(value, 10));
      }
      return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
    };
    LongBits.prototype.toNumber = function toNumber2(unsigned) {
      if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0, hi = ~this.hi >>> 0;
        if (!lo)
          hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
      }
      return this.lo + this.hi * 4294967296;
    };
    LongBits.prototype.toLong = function toLong(unsigned) {
      return Long ? new Long(this.lo | 0, this.hi | 0, Boolean(unsigned)) : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
    };
    var charCodeAt = String.prototype.charCodeAt;
    LongBits.fromHash = function fromHash(hash) {
      if (hash === zeroHash)
        return zero;
      return new LongBits(
        (charCodeAt.call(hash, 0) | charCodeAt.call(hash, 1) << 8 | charCodeAt.call(hash, 2) << 16 | charCodeAt.call(hash, 3) << 24) >>> 0,
        (charCodeAt.call(hash, 4) | charCodeAt.call(hash, 5) << 8 | charCodeAt.call(hash, 6) << 16 | charCodeAt.call(hash, 7) << 24) >>> 0
      );
    };
    LongBits.prototype.toHash = function toHash() {
      return String.fromCharCode(
        this.lo & 255,
        this.lo >>> 8 & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24,
        this.hi & 255,
        this.hi >>> 8 & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
      );
    };
    LongBits.prototype.zzEncode = function zzEncode() {
      var mask = this.hi >> 31;
      this.hi = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
      this.lo = (this.lo << 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.zzDecode = function zzDecode() {
      var mask = -(this.lo & 1);
      this.lo = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
      this.hi = (this.hi >>> 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.length = function length() {
      var part0 = this.lo, part1 = (this.lo >>> 28 | this.hi << 4) >>> 0, part2 = this.hi >>> 24;
      return part2 === 0 ? part1 === 0 ? part0 < 16384 ? part0 < 128 ? 1 : 2 : part0 < 2097152 ? 3 : 4 : part1 < 16384 ? part1 < 128 ? 5 : 6 : part1 < 2097152 ? 7 : 8 : part2 < 128 ? 9 : 10;
    };
    LongBits._configure = function(Long_) {
      Long = Long_;
    };
  }
});

// stub:long
var require_long = __commonJS({
  "stub:long"(exports, module) {
    module.exports = null;
  }
});

// node_modules/protobufjs/src/util/minimal.js
var require_minimal = __commonJS({
  "node_modules/protobufjs/src/util/minimal.js"(exports) {
    "use strict";
    var util = exports;
    util.asPromise = require_aspromise();
    util.base64 = require_base64();
    util.EventEmitter = require_eventemitter();
    util.float = require_float();
    util.utf8 = require_utf8();
    util.pool = require_pool();
    util.LongBits = require_longbits();
    function isUnsafeProperty(key) {
      return key === "__proto__" || key === "prototype" || key === "constructor";
    }
    util.isUnsafeProperty = isUnsafeProperty;
    util.isNode = Boolean(typeof global !== "undefined" && global && global.process && global.process.versions && global.process.versions.node);
    util.global = util.isNode && global || typeof window !== "undefined" && window || typeof self !== "undefined" && self || typeof globalThis !== "undefined" && globalThis || exports;
    util.emptyArray = Object.freeze ? Object.freeze([]) : (
      /* istanbul ignore next */
      []
    );
    util.emptyObject = Object.freeze ? Object.freeze({}) : (
      /* istanbul ignore next */
      {}
    );
    util.isInteger = Number.isInteger || /* istanbul ignore next */
    function isInteger(value) {
      return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
    };
    util.isString = function isString(value) {
      return typeof value === "string" || value instanceof String;
    };
    util.isObject = function isObject(value) {
      return value && typeof value === "object";
    };
    util.isset = /**
     * Checks if a property on a message is considered to be present.
     * @param {Object} obj Plain object or message instance
     * @param {string} prop Property name
     * @returns {boolean} `true` if considered to be present, otherwise `false`
     */
    util.isSet = function isSet(obj, prop) {
      var value = obj[prop];
      if (value != null && Object.hasOwnProperty.call(obj, prop))
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
      return false;
    };
    util.Buffer = (function() {
      try {
        var Buffer2 = util.global.Buffer;
        return Buffer2.prototype.utf8Write || util.isNode ? Buffer2 : (
          /* istanbul ignore next */
          null
        );
      } catch (e) {
        return null;
      }
    })();
    util.newBuffer = function newBuffer(sizeOrArray) {
      var Buffer2 = util.Buffer;
      return typeof sizeOrArray === "number" ? Buffer2 ? Buffer2.allocUnsafe(sizeOrArray) : new Uint8Array(sizeOrArray) : Buffer2 ? Buffer2.from(sizeOrArray) : new Uint8Array(sizeOrArray);
    };
    util.rawField = function rawField(id, wireType, data) {
      var out = [], tag = id << 3 | wireType;
      tag >>>= 0;
      while (tag > 127) {
        out.push(tag & 127 | 128);
        tag >>>= 7;
      }
      out.push(tag);
      for (var i = 0; i < data.length; ++i)
        out.push(data[i]);
      return util.newBuffer(out);
    };
    util.Array = Uint8Array;
    util.Long = /* istanbul ignore next */
    util.global.dcodeIO && /* istanbul ignore next */
    util.global.dcodeIO.Long || /* istanbul ignore next */
    util.global.Long || (function() {
      try {
        var Long = require_long();
        return Long && Long.isLong ? Long : null;
      } catch (e) {
        return null;
      }
    })();
    util.key2Re = /^(?:true|false|0|1)$/;
    util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;
    util.key64Re = /^(?:[\x00-\xff]{8}|-?(?:0|[1-9][0-9]*))$/;
    util.longToHash = function longToHash(value) {
      return value ? util.LongBits.from(value).toHash() : util.LongBits.zeroHash;
    };
    util.longFromHash = function longFromHash(hash, unsigned) {
      var bits = util.LongBits.fromHash(hash);
      if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
      return bits.toNumber(Boolean(unsigned));
    };
    util.longFromKey = function longFromKey(key, unsigned) {
      return util.key64Re.test(key) && !util.key32Re.test(key) ? util.longFromHash(key, unsigned) : key;
    };
    util.boolFromKey = function boolFromKey(key) {
      return key === "true" || key === "1";
    };
    function merge(dst) {
      var ifNotSet = typeof arguments[arguments.length - 1] === "boolean", limit = ifNotSet ? arguments.length - 1 : arguments.length;
      ifNotSet = ifNotSet && arguments[arguments.length - 1];
      for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
          continue;
        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
          if (!isUnsafeProperty(keys[i]) && (!ifNotSet || !Object.prototype.hasOwnProperty.call(dst, keys[i]) || dst[keys[i]] === void 0))
            dst[keys[i]] = src[keys[i]];
      }
      return dst;
    }
    util.merge = merge;
    util.nestingLimit = 32;
    util.recursionLimit = 100;
    util.makeProp = function makeProp(obj, key, enumerable) {
      if (Object.prototype.hasOwnProperty.call(obj, key))
        return;
      Object.defineProperty(obj, key, {
        enumerable: enumerable === void 0 ? true : enumerable,
        configurable: true,
        writable: true
      });
    };
    util.lcFirst = function lcFirst(str) {
      return str.charAt(0).toLowerCase() + str.substring(1);
    };
    function newError(name) {
      function CustomError(message, properties) {
        if (!(this instanceof CustomError))
          return new CustomError(message, properties);
        Object.defineProperty(this, "message", { get: function() {
          return message;
        } });
        if (Error.captureStackTrace)
          Error.captureStackTrace(this, CustomError);
        else
          Object.defineProperty(this, "stack", { value: new Error().stack || "" });
        if (properties)
          merge(this, properties);
      }
      CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
          value: CustomError,
          writable: true,
          enumerable: false,
          configurable: true
        },
        name: {
          get: function get() {
            return name;
          },
          set: void 0,
          enumerable: false,
          // configurable: false would accurately preserve the behavior of
          // the original, but I'm guessing that was not intentional.
          // For an actual error subclass, this property would
          // be configurable.
          configurable: true
        },
        toString: {
          value: function value() {
            return this.name + ": " + this.message;
          },
          writable: true,
          enumerable: false,
          configurable: true
        }
      });
      return CustomError;
    }
    util.newError = newError;
    util.ProtocolError = newError("ProtocolError");
    util.oneOfGetter = function getOneOf(fieldNames) {
      var fieldMap = {};
      for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;
      return function() {
        for (var keys = Object.keys(this), i2 = keys.length - 1; i2 > -1; --i2)
          if (fieldMap[keys[i2]] === 1 && this[keys[i2]] !== void 0 && this[keys[i2]] !== null)
            return keys[i2];
      };
    };
    util.oneOfSetter = function setOneOf(fieldNames) {
      return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
          if (fieldNames[i] !== name)
            delete this[fieldNames[i]];
      };
    };
    util.toJSONOptions = {
      longs: String,
      enums: String,
      bytes: String,
      json: true
    };
  }
});

// node_modules/protobufjs/src/writer.js
var require_writer = __commonJS({
  "node_modules/protobufjs/src/writer.js"(exports, module) {
    "use strict";
    module.exports = Writer;
    var util = require_minimal();
    var BufferWriter;
    var LongBits = util.LongBits;
    var base64 = util.base64;
    var utf8 = util.utf8;
    function Writer() {
      this.pos = 0;
      this.buf = this.constructor.alloc(Writer.initialBufferSize);
      this.view = null;
      this.states = null;
    }
    Writer.initialBufferSize = 128;
    Object.defineProperty(Writer.prototype, "len", {
      configurable: true,
      enumerable: true,
      get: function get_len() {
        return this.pos;
      }
    });
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup() {
        return (Writer.create = function create_buffer() {
          return new BufferWriter();
        })();
      } : function create_array() {
        return new Writer();
      };
    };
    Writer.create = create();
    Writer.alloc = function alloc(size) {
      return new Uint8Array(size);
    };
    Writer.alloc = util.pool(Writer.alloc, Uint8Array.prototype.subarray);
    function sizeVarint32(value) {
      return value < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5;
    }
    Writer.prototype._reserve = function _reserve(n) {
      var need = this.pos + n;
      if (need > this.buf.length) {
        var size = this.buf.length << 1;
        if (size < need)
          size = need;
        var buf = this.constructor.alloc(size);
        buf.set(this.buf.subarray(0, this.pos), 0);
        this.buf = buf;
        this.view = null;
      }
    };
    function writeStringAscii(val, buf, pos) {
      for (var i = 0; i < val.length; )
        buf[pos++] = val.charCodeAt(i++);
    }
    function writeVarint32(val, buf, pos) {
      while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
      }
      buf[pos] = val;
      return pos + 1;
    }
    Writer.prototype.uint32 = function write_uint32(value) {
      value = value >>> 0;
      this._reserve(5);
      var pos = this.pos;
      this.pos = writeVarint32(value, this.buf, pos);
      return this;
    };
    Writer.prototype.int32 = function write_int32(value) {
      if ((value |= 0) < 0) {
        this._reserve(10);
        writeVarint64(LongBits.fromNumber(value), this.buf, this.pos);
        this.pos += 10;
        return this;
      }
      return this.uint32(value);
    };
    Writer.prototype.sint32 = function write_sint32(value) {
      return this.uint32((value << 1 ^ value >> 31) >>> 0);
    };
    function writeVarint64(val, buf, pos) {
      var lo = val.lo, hi = val.hi;
      while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
      }
      while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
      }
      buf[pos] = lo;
      return pos + 1;
    }
    Writer.prototype.uint64 = function write_uint64(value) {
      var bits = LongBits.from(value);
      this._reserve(10);
      var pos = this.pos;
      this.pos = writeVarint64(bits, this.buf, pos);
      return this;
    };
    Writer.prototype.int64 = Writer.prototype.uint64;
    Writer.prototype.sint64 = function write_sint64(value) {
      var bits = LongBits.from(value).zzEncode();
      this._reserve(10);
      var pos = this.pos;
      this.pos = writeVarint64(bits, this.buf, pos);
      return this;
    };
    Writer.prototype.bool = function write_bool(value) {
      this._reserve(1);
      this.buf[this.pos++] = value ? 1 : 0;
      return this;
    };
    function writeFixed32(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    Writer.prototype.fixed32 = function write_fixed32(value) {
      this._reserve(4);
      writeFixed32(value >>> 0, this.buf, this.pos);
      this.pos += 4;
      return this;
    };
    Writer.prototype.sfixed32 = Writer.prototype.fixed32;
    Writer.prototype.fixed64 = function write_fixed64(value) {
      var bits = LongBits.from(value);
      this._reserve(8);
      writeFixed32(bits.lo, this.buf, this.pos);
      writeFixed32(bits.hi, this.buf, this.pos + 4);
      this.pos += 8;
      return this;
    };
    Writer.prototype.sfixed64 = Writer.prototype.fixed64;
    Writer.prototype.float = function write_float(value) {
      this._reserve(4);
      util.float.writeFloatLE(value, this.buf, this.pos);
      this.pos += 4;
      return this;
    };
    Writer.prototype.double = function write_double(value) {
      this._reserve(8);
      util.float.writeDoubleLE(value, this.buf, this.pos);
      this.pos += 8;
      return this;
    };
    Writer.prototype.bytes = function write_bytes(value) {
      var len = value.length >>> 0;
      if (!len) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
      }
      this.uint32(len);
      this._reserve(len);
      this.buf.set(value, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype.raw = function write_raw(value) {
      var len = value.length >>> 0;
      if (!len)
        return this;
      this._reserve(len);
      this.buf.set(value, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype._delim = function _delim(pos, len) {
      var n = sizeVarint32(len);
      if (n > 1)
        this.buf.copyWithin(pos + n, pos + 1, pos + 1 + len);
      writeVarint32(len, this.buf, pos);
      this.pos = pos + n + len;
      return this;
    };
    Writer.prototype.string = function write_string(value) {
      var n = value.length;
      if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (n < 128) {
        this._reserve(n * 3 + 5);
        var lenPos = this.pos;
        return this._delim(lenPos, utf8.write(value, this.buf, lenPos + 1));
      }
      var len = utf8.length(value);
      this.uint32(len);
      this._reserve(len);
      if (len === value.length)
        writeStringAscii(value, this.buf, this.pos);
      else
        utf8.write(value, this.buf, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype.uint32s = function write_uint32s(value) {
      var n = value.length;
      this._reserve(n * 5 + 5);
      var buf = this.buf, lenPos = this.pos, p = lenPos + 1;
      for (var i = 0; i < n; ++i)
        p = writeVarint32(value[i] >>> 0, buf, p);
      return this._delim(lenPos, p - lenPos - 1);
    };
    Writer.prototype.int32s = function write_int32s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1, val;
      for (var i = 0; i < n; ++i) {
        if ((val = value[i] | 0) < 0) {
          pos = writeVarint64(LongBits.fromNumber(val), buf, pos);
        } else {
          pos = writeVarint32(val, buf, pos);
        }
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.sint32s = function write_sint32s(value) {
      var n = value.length;
      this._reserve(n * 5 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i)
        pos = writeVarint32((value[i] << 1 ^ value[i] >> 31) >>> 0, buf, pos);
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.uint64s = function write_uint64s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]), buf, pos);
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.int64s = Writer.prototype.uint64s;
    Writer.prototype.sint64s = function write_sint64s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]).zzEncode(), buf, pos);
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.bools = function write_bools(value) {
      var n = value.length;
      this.uint32(n);
      this._reserve(n);
      var buf = this.buf, p = this.pos;
      for (var i = 0; i < n; ++i)
        buf[p++] = value[i] ? 1 : 0;
      this.pos += n;
      return this;
    };
    var VIEW_THRESHOLD_FLOAT = 16;
    var VIEW_THRESHOLD_INT = 128;
    function getLazyView(writer, count, threshold) {
      var view = writer.view;
      if (view || count < threshold)
        return view;
      var buf = writer.buf;
      return writer.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    Writer.prototype.fixed32s = function write_fixed32s(value) {
      var n = value.length, bytes = n * 4;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setUint32(p, value[i] >>> 0, true);
          p += 4;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          writeFixed32(value[i] >>> 0, buf, p);
          p += 4;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.sfixed32s = Writer.prototype.fixed32s;
    Writer.prototype.fixed64s = function write_fixed64s(value) {
      var n = value.length, bytes = n * 8;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, bits, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
      if (dv)
        for (i = 0; i < n; ++i) {
          bits = LongBits.from(value[i]);
          dv.setUint32(p, bits.lo, true);
          dv.setUint32(p + 4, bits.hi, true);
          p += 8;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          bits = LongBits.from(value[i]);
          writeFixed32(bits.lo, buf, p);
          writeFixed32(bits.hi, buf, p + 4);
          p += 8;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.sfixed64s = Writer.prototype.fixed64s;
    Writer.prototype.floats = function write_floats(value) {
      var n = value.length, bytes = n * 4;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setFloat32(p, value[i], true);
          p += 4;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          util.float.writeFloatLE(value[i], buf, p);
          p += 4;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.doubles = function write_doubles(value) {
      var n = value.length, bytes = n * 8;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setFloat64(p, value[i], true);
          p += 8;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          util.float.writeDoubleLE(value[i], buf, p);
          p += 8;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.fork = function fork() {
      this._reserve(1);
      (this.states || (this.states = [])).push(this.pos);
      this.pos += 1;
      return this;
    };
    Writer.prototype.reset = function reset() {
      var states = this.states;
      if (states && states.length) {
        this.pos = states.pop();
      } else {
        this.pos = 0;
      }
      return this;
    };
    Writer.prototype.ldelim = function ldelim() {
      var states = this.states, len, vlen;
      if (states && states.length) {
        var lenPos = states.pop();
        len = this.pos - lenPos - 1;
        vlen = sizeVarint32(len);
        if (vlen > 1) {
          this._reserve(vlen - 1);
          this.buf.copyWithin(lenPos + vlen, lenPos + 1, lenPos + 1 + len);
          this.pos += vlen - 1;
          writeVarint32(len, this.buf, lenPos);
        } else {
          this.buf[lenPos] = len;
        }
      } else {
        len = this.pos;
        vlen = sizeVarint32(len);
        this._reserve(vlen);
        this.buf.copyWithin(vlen, 0, len);
        writeVarint32(len, this.buf, 0);
        this.pos += vlen;
      }
      return this;
    };
    Writer.prototype.finish = function finish(shared) {
      if (shared)
        return this.buf.subarray(0, this.pos);
      var buf = this.constructor.alloc(this.pos);
      buf.set(this.buf.subarray(0, this.pos), 0);
      return buf;
    };
    Writer.prototype.finishInto = function finishInto(buf, offset) {
      if (offset === void 0)
        offset = 0;
      buf.set(this.buf.subarray(0, this.pos), offset);
      return buf;
    };
    Writer._configure = function(BufferWriter_) {
      BufferWriter = BufferWriter_;
      Writer.create = create();
      BufferWriter._configure();
    };
  }
});

// node_modules/protobufjs/src/writer_buffer.js
var require_writer_buffer = __commonJS({
  "node_modules/protobufjs/src/writer_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferWriter;
    var Writer = require_writer();
    BufferWriter.prototype = Object.create(Writer.prototype, {
      constructor: {
        value: BufferWriter,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util = require_minimal();
    function BufferWriter() {
      Writer.call(this);
    }
    var writeStringBuffer;
    BufferWriter._configure = function() {
      BufferWriter.alloc = util.Buffer && util.Buffer.allocUnsafe;
      writeStringBuffer = util.Buffer && util.Buffer.prototype.utf8Write ? function writeStringBuffer_utf8Write(val, buf, pos) {
        return buf.utf8Write(val, pos);
      } : function writeStringBuffer_write(val, buf, pos) {
        return buf.write(val, pos);
      };
    };
    BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
      if (util.isString(value))
        value = util.Buffer.from(value, "base64");
      var len = value.length >>> 0;
      this.uint32(len);
      if (len) {
        this._reserve(len);
        this.buf.set(value, this.pos);
        this.pos += len;
      }
      return this;
    };
    BufferWriter.prototype.string = function write_string_buffer(value) {
      var n = value.length;
      if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (n < 128) {
        this._reserve(n * 3 + 5);
        var pos = this.pos, buf = this.buf;
        return this._delim(
          pos,
          n < 40 ? util.utf8.write(value, buf, pos + 1) : writeStringBuffer(value, buf, pos + 1)
        );
      }
      var len = util.Buffer.byteLength(value);
      this.uint32(len);
      this._reserve(len);
      writeStringBuffer(value, this.buf, this.pos);
      this.pos += len;
      return this;
    };
    BufferWriter._configure();
  }
});

// node_modules/protobufjs/src/reader.js
var require_reader = __commonJS({
  "node_modules/protobufjs/src/reader.js"(exports, module) {
    "use strict";
    module.exports = Reader;
    var util = require_minimal();
    var BufferReader;
    var LongBits = util.LongBits;
    var utf8 = util.utf8;
    function indexOutOfRange(reader, writeLength) {
      return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
    }
    function Reader(buffer) {
      this.buf = buffer;
      this.pos = 0;
      this.len = buffer.length;
      this.view = null;
      this.discardUnknown = Reader.discardUnknown;
    }
    function create_array(buffer) {
      if (Array.isArray(buffer))
        buffer = new Uint8Array(buffer);
      if (buffer instanceof Uint8Array)
        return new Reader(buffer);
      throw Error("illegal buffer");
    }
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup(buffer) {
        return (Reader.create = function create_buffer(buffer2) {
          return util.Buffer.isBuffer(buffer2) ? new BufferReader(buffer2) : create_array(buffer2);
        })(buffer);
      } : create_array;
    };
    Reader.create = create();
    Reader.prototype.raw = function read_raw(start, end) {
      return this.buf.subarray(start, end);
    };
    function readVarint32NearEnd(reader) {
      var value = 0;
      for (var i = 0; i < 4; ++i) {
        if (reader.pos >= reader.len)
          throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        value = (value | (b & 127) << i * 7) >>> 0;
        if (b < 128)
          return value;
      }
      throw indexOutOfRange(reader);
    }
    Reader.prototype.uint32 = function read_uint32() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 15) << 28) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      for (var i = 0; i < 5; ++i) {
        if (pos >= this.len) {
          this.pos = pos;
          throw indexOutOfRange(this);
        }
        if (buf[pos++] < 128) {
          this.pos = pos;
          return value;
        }
      }
      this.pos = pos;
      throw Error("invalid varint encoding");
    };
    Reader.prototype.tag = function read_tag() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 15) << 28) >>> 0;
      if (buf[pos] < 128 && (buf[pos] & 112) === 0) {
        this.pos = pos + 1;
        return value;
      }
      this.pos = pos + 1;
      throw Error("invalid tag encoding");
    };
    Reader.prototype.size = function read_size() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      this.pos = pos + 1;
      if (buf[pos] > 7)
        throw Error("invalid length encoding");
      return (value | buf[pos] << 28) >>> 0;
    };
    Reader.prototype.int32 = function read_int32() {
      return this.uint32() | 0;
    };
    Reader.prototype.sint32 = function read_sint32() {
      var value = this.uint32();
      return value >>> 1 ^ -(value & 1) | 0;
    };
    function readLongVarint() {
      var bits = new LongBits(0, 0);
      var i = 0;
      if (this.len - this.pos > 4) {
        for (; i < 4; ++i) {
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >> 4) >>> 0;
        if (this.buf[this.pos++] < 128)
          return bits;
        i = 0;
      } else {
        for (; i < 4; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        throw indexOutOfRange(this);
      }
      if (this.len - this.pos > 4) {
        for (; i < 5; ++i) {
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      } else {
        for (; i < 5; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      }
      throw Error("invalid varint encoding");
    }
    Reader.prototype.bool = function read_bool() {
      var value = false, b;
      for (var i = 0; i < 10; ++i) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        b = this.buf[this.pos++];
        if (b & 127)
          value = true;
        if (b < 128)
          return value;
      }
      throw Error("invalid varint encoding");
    };
    function readFixed32_end(buf, end) {
      return (buf[end - 4] | buf[end - 3] << 8 | buf[end - 2] << 16 | buf[end - 1] << 24) >>> 0;
    }
    Reader.prototype.fixed32 = function read_fixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4);
    };
    Reader.prototype.sfixed32 = function read_sfixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4) | 0;
    };
    function readFixed64() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);
      return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
    }
    Reader.prototype.float = function read_float() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readFloatLE(this.buf, this.pos);
      this.pos += 4;
      return value;
    };
    Reader.prototype.double = function read_double() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readDoubleLE(this.buf, this.pos);
      this.pos += 8;
      return value;
    };
    Reader.prototype.uint32s = function read_uint32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value);
        else {
          this.pos = pos - 1;
          array.push(this.uint32());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.int32s = function read_int32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value);
        else {
          this.pos = pos - 1;
          array.push(this.int32());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.sint32s = function read_sint32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.sint32());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.bools = function read_bools(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value !== 0);
        else {
          this.pos = pos - 1;
          array.push(this.bool());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    var VIEW_THRESHOLD_FLOAT = 8;
    var VIEW_THRESHOLD_INT = 128;
    function getLazyView(reader, count, threshold) {
      var view = reader.view;
      if (view || count < threshold)
        return view;
      var buf = reader.buf;
      return reader.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    Reader.prototype.fixed32s = function read_fixed32s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getUint32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.sfixed32s = function read_sfixed32s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getInt32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4) | 0;
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.floats = function read_floats(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getFloat32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = util.float.readFloatLE(buf, pos);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.doubles = function read_doubles(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 8) array[i++] = dv.getFloat64(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 8) array[i++] = util.float.readDoubleLE(buf, pos);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.uint64s = function read_uint64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.uint64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.int64s = function read_int64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.int64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.sint64s = function read_sint64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.sint64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.fixed64s = function read_fixed64s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len, i = array.length;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3;
      array.length = i + count;
      for (var j = 0; j < count; ++j)
        array[i++] = this.fixed64();
      if (this.pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.sfixed64s = function read_sfixed64s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len, i = array.length;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3;
      array.length = i + count;
      for (var j = 0; j < count; ++j)
        array[i++] = this.sfixed64();
      if (this.pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.bytes = function read_bytes() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return this.raw(start, end);
    };
    Reader.prototype.string = function read_string() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf8.read(this.buf, start, end);
    };
    Reader.prototype.stringVerify = function read_string_verify() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf8.readStrict(this.buf, start, end);
    };
    Reader.prototype.skip = function skip(length) {
      if (typeof length === "number") {
        if (this.pos + length > this.len)
          throw indexOutOfRange(this, length);
        this.pos += length;
      } else {
        do {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
      }
      return this;
    };
    Reader.recursionLimit = util.recursionLimit;
    Reader.discardUnknown = true;
    Reader.prototype.skipType = function(wireType, depth, fieldNumber) {
      if (depth === void 0) depth = 0;
      if (depth > Reader.recursionLimit)
        throw Error("max depth exceeded");
      if (fieldNumber === 0)
        throw Error("illegal tag: field number 0");
      switch (wireType) {
        case 0:
          this.skip();
          break;
        case 1:
          this.skip(8);
          break;
        case 2:
          this.skip(this.size());
          break;
        case 3:
          while (true) {
            var tag = this.tag();
            var nestedField = tag >>> 3;
            wireType = tag & 7;
            if (!nestedField)
              throw Error("illegal tag: field number 0");
            if (wireType === 4) {
              if (fieldNumber !== void 0 && nestedField !== fieldNumber)
                throw Error("invalid end group tag");
              break;
            }
            this.skipType(wireType, depth + 1, nestedField);
          }
          break;
        case 5:
          this.skip(4);
          break;
        /* istanbul ignore next */
        default:
          throw Error("invalid wire type " + wireType + " at offset " + this.pos);
      }
      return this;
    };
    Reader._configure = function(BufferReader_) {
      BufferReader = BufferReader_;
      Reader.create = create();
      BufferReader._configure();
      var fn = util.Long ? "toLong" : (
        /* istanbul ignore next */
        "toNumber"
      );
      util.merge(Reader.prototype, {
        int64: function read_int64() {
          return readLongVarint.call(this)[fn](false);
        },
        uint64: function read_uint64() {
          return readLongVarint.call(this)[fn](true);
        },
        sint64: function read_sint64() {
          return readLongVarint.call(this).zzDecode()[fn](false);
        },
        fixed64: function read_fixed64() {
          return readFixed64.call(this)[fn](true);
        },
        sfixed64: function read_sfixed64() {
          return readFixed64.call(this)[fn](false);
        }
      });
    };
  }
});

// node_modules/protobufjs/src/reader_buffer.js
var require_reader_buffer = __commonJS({
  "node_modules/protobufjs/src/reader_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferReader;
    var Reader = require_reader();
    BufferReader.prototype = Object.create(Reader.prototype, {
      constructor: {
        value: BufferReader,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util = require_minimal();
    function BufferReader(buffer) {
      Reader.call(this, buffer);
    }
    BufferReader._configure = function() {
      if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
    };
    BufferReader.prototype.raw = function read_raw_buffer(start, end) {
      return this._slice.call(this.buf, start, end);
    };
    BufferReader.prototype.string = function read_string_buffer() {
      var len = this.size(), start = this.pos, end = this.pos + len;
      if (end > this.len)
        throw RangeError("index out of range: " + this.pos + " + " + len + " > " + this.len);
      this.pos = end;
      return this.buf.utf8Slice ? this.buf.utf8Slice(start, end) : this.buf.toString("utf-8", start, end);
    };
    BufferReader._configure();
  }
});

// node_modules/protobufjs/src/rpc/service.js
var require_service = __commonJS({
  "node_modules/protobufjs/src/rpc/service.js"(exports, module) {
    "use strict";
    module.exports = Service;
    var util = require_minimal();
    Service.prototype = Object.create(util.EventEmitter.prototype, {
      constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    function Service(rpcImpl, requestDelimited, responseDelimited) {
      if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");
      util.EventEmitter.call(this);
      this.rpcImpl = rpcImpl;
      this.requestDelimited = Boolean(requestDelimited);
      this.responseDelimited = Boolean(responseDelimited);
    }
    Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {
      if (!request)
        throw TypeError("request must be specified");
      var self2 = this;
      if (!callback)
        return util.asPromise(rpcCall, self2, method, requestCtor, responseCtor, request);
      if (!self2.rpcImpl) {
        setTimeout(function() {
          callback(Error("already ended"));
        }, 0);
        return void 0;
      }
      try {
        return self2.rpcImpl(
          method,
          requestCtor[self2.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
          function rpcCallback(err, response) {
            if (err) {
              self2.emit("error", err, method);
              return callback(err);
            }
            if (response === null) {
              self2.end(
                /* endedByRPC */
                true
              );
              return void 0;
            }
            if (!(response instanceof responseCtor)) {
              try {
                response = responseCtor[self2.responseDelimited ? "decodeDelimited" : "decode"](response);
              } catch (err2) {
                self2.emit("error", err2, method);
                return callback(err2);
              }
            }
            self2.emit("data", response, method);
            return callback(null, response);
          }
        );
      } catch (err) {
        self2.emit("error", err, method);
        setTimeout(function() {
          callback(err);
        }, 0);
        return void 0;
      }
    };
    Service.prototype.end = function end(endedByRPC) {
      if (this.rpcImpl) {
        if (!endedByRPC)
          this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/rpc.js
var require_rpc = __commonJS({
  "node_modules/protobufjs/src/rpc.js"(exports) {
    "use strict";
    var rpc = exports;
    rpc.Service = require_service();
  }
});

// node_modules/protobufjs/src/roots.js
var require_roots = __commonJS({
  "node_modules/protobufjs/src/roots.js"(exports, module) {
    "use strict";
    module.exports = /* @__PURE__ */ Object.create(null);
  }
});

// node_modules/protobufjs/src/index-minimal.js
var require_index_minimal = __commonJS({
  "node_modules/protobufjs/src/index-minimal.js"(exports) {
    "use strict";
    exports.build = "minimal";
    exports.Writer = require_writer();
    exports.BufferWriter = require_writer_buffer();
    exports.Reader = require_reader();
    exports.BufferReader = require_reader_buffer();
    exports.util = require_minimal();
    exports.rpc = require_rpc();
    exports.roots = require_roots();
    exports.configure = configure;
    function configure() {
      exports.util.LongBits._configure(exports.util.Long);
      exports.Writer._configure(exports.BufferWriter);
      exports.Reader._configure(exports.BufferReader);
    }
    configure();
  }
});

// node_modules/protobufjs/minimal.js
var require_minimal2 = __commonJS({
  "node_modules/protobufjs/minimal.js"(exports, module) {
    "use strict";
    module.exports = require_index_minimal();
  }
});

// src/codec.js
var import_minimal2 = __toESM(require_minimal2(), 1);

// src/gen/chat.js
var import_minimal = __toESM(require_minimal2(), 1);
var $Reader = import_minimal.default.Reader;
var $Writer = import_minimal.default.Writer;
var $util = import_minimal.default.util;
var $Object = $util.global.Object;
var $undefined = $util.global.undefined;
var $Error = $util.global.Error;
var $RangeError = $util.global.RangeError;
var $TypeError = $util.global.TypeError;
var $Number = $util.global.Number;
var $parseInt = $util.global.parseInt;
var $String = $util.global.String;
var $BigInt = $util.global.BigInt;
var $Array = $util.global.Array;
var $Boolean = $util.global.Boolean;
var $root = import_minimal.default.roots["default"] || (import_minimal.default.roots["default"] = {});
var tern = $root.tern = (() => {
  const tern2 = {};
  tern2.v1 = (function() {
    const v1 = {};
    v1.ClientFrame = (function() {
      const ClientFrame = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      ClientFrame.prototype.request_id = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      ClientFrame.prototype.authenticate = null;
      ClientFrame.prototype.send = null;
      ClientFrame.prototype.sync = null;
      ClientFrame.prototype.history = null;
      ClientFrame.prototype.presence_query = null;
      ClientFrame.prototype.heartbeat = null;
      ClientFrame.prototype.mark_read = null;
      ClientFrame.prototype.list_conversations = null;
      ClientFrame.prototype.typing = null;
      ClientFrame.prototype.mark_delivered = null;
      let $oneOfFields;
      $Object.defineProperty(ClientFrame.prototype, "kind", {
        get: $util.oneOfGetter($oneOfFields = ["authenticate", "send", "sync", "history", "presence_query", "heartbeat", "mark_read", "list_conversations", "typing", "mark_delivered"]),
        set: $util.oneOfSetter($oneOfFields)
      });
      ClientFrame.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && (typeof message.request_id === "object" ? message.request_id.low || message.request_id.high : message.request_id !== 0))
          writer.uint32(
            /* id 1, wireType 0 =*/
            8
          ).uint64(message.request_id);
        if (message.authenticate != null && $Object.hasOwnProperty.call(message, "authenticate"))
          $root.tern.v1.Authenticate.encode(message.authenticate, writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).fork(), _depth + 1).ldelim();
        if (message.send != null && $Object.hasOwnProperty.call(message, "send"))
          $root.tern.v1.Send.encode(message.send, writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).fork(), _depth + 1).ldelim();
        if (message.sync != null && $Object.hasOwnProperty.call(message, "sync"))
          $root.tern.v1.SyncRequest.encode(message.sync, writer.uint32(
            /* id 4, wireType 2 =*/
            34
          ).fork(), _depth + 1).ldelim();
        if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
          $root.tern.v1.HistoryRequest.encode(message.history, writer.uint32(
            /* id 5, wireType 2 =*/
            42
          ).fork(), _depth + 1).ldelim();
        if (message.presence_query != null && $Object.hasOwnProperty.call(message, "presence_query"))
          $root.tern.v1.PresenceQuery.encode(message.presence_query, writer.uint32(
            /* id 6, wireType 2 =*/
            50
          ).fork(), _depth + 1).ldelim();
        if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
          $root.tern.v1.Heartbeat.encode(message.heartbeat, writer.uint32(
            /* id 7, wireType 2 =*/
            58
          ).fork(), _depth + 1).ldelim();
        if (message.mark_read != null && $Object.hasOwnProperty.call(message, "mark_read"))
          $root.tern.v1.MarkRead.encode(message.mark_read, writer.uint32(
            /* id 8, wireType 2 =*/
            66
          ).fork(), _depth + 1).ldelim();
        if (message.list_conversations != null && $Object.hasOwnProperty.call(message, "list_conversations"))
          $root.tern.v1.ListConversations.encode(message.list_conversations, writer.uint32(
            /* id 9, wireType 2 =*/
            74
          ).fork(), _depth + 1).ldelim();
        if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
          $root.tern.v1.Typing.encode(message.typing, writer.uint32(
            /* id 10, wireType 2 =*/
            82
          ).fork(), _depth + 1).ldelim();
        if (message.mark_delivered != null && $Object.hasOwnProperty.call(message, "mark_delivered"))
          $root.tern.v1.MarkDelivered.encode(message.mark_delivered, writer.uint32(
            /* id 11, wireType 2 =*/
            90
          ).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      ClientFrame.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.ClientFrame();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.request_id = value;
              else
                delete message.request_id;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              message.authenticate = $root.tern.v1.Authenticate.decode(reader, reader.size(), $undefined, _depth + 1, message.authenticate);
              message.kind = "authenticate";
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              message.send = $root.tern.v1.Send.decode(reader, reader.size(), $undefined, _depth + 1, message.send);
              message.kind = "send";
              continue;
            }
            case 4: {
              if (wireType !== 2)
                break;
              message.sync = $root.tern.v1.SyncRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.sync);
              message.kind = "sync";
              continue;
            }
            case 5: {
              if (wireType !== 2)
                break;
              message.history = $root.tern.v1.HistoryRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.history);
              message.kind = "history";
              continue;
            }
            case 6: {
              if (wireType !== 2)
                break;
              message.presence_query = $root.tern.v1.PresenceQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.presence_query);
              message.kind = "presence_query";
              continue;
            }
            case 7: {
              if (wireType !== 2)
                break;
              message.heartbeat = $root.tern.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
              message.kind = "heartbeat";
              continue;
            }
            case 8: {
              if (wireType !== 2)
                break;
              message.mark_read = $root.tern.v1.MarkRead.decode(reader, reader.size(), $undefined, _depth + 1, message.mark_read);
              message.kind = "mark_read";
              continue;
            }
            case 9: {
              if (wireType !== 2)
                break;
              message.list_conversations = $root.tern.v1.ListConversations.decode(reader, reader.size(), $undefined, _depth + 1, message.list_conversations);
              message.kind = "list_conversations";
              continue;
            }
            case 10: {
              if (wireType !== 2)
                break;
              message.typing = $root.tern.v1.Typing.decode(reader, reader.size(), $undefined, _depth + 1, message.typing);
              message.kind = "typing";
              continue;
            }
            case 11: {
              if (wireType !== 2)
                break;
              message.mark_delivered = $root.tern.v1.MarkDelivered.decode(reader, reader.size(), $undefined, _depth + 1, message.mark_delivered);
              message.kind = "mark_delivered";
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      ClientFrame.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.ClientFrame)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.ClientFrame: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.ClientFrame();
        if (object.request_id != null) {
          if (typeof object.request_id === "object" ? object.request_id.low || object.request_id.high : $Number(object.request_id) !== 0) {
            if ($util.Long)
              message.request_id = $util.Long.fromValue(object.request_id, true);
            else if (typeof object.request_id === "string")
              message.request_id = $parseInt(object.request_id, 10);
            else if (typeof object.request_id === "number")
              message.request_id = object.request_id;
            else if (typeof object.request_id === "object")
              message.request_id = new $util.LongBits(object.request_id.low >>> 0, object.request_id.high >>> 0).toNumber(true);
          }
        }
        if (object.authenticate != null) {
          if (!$util.isObject(object.authenticate))
            throw $TypeError(".tern.v1.ClientFrame.authenticate: object expected");
          message.authenticate = $root.tern.v1.Authenticate.fromObject(object.authenticate, _depth + 1);
        }
        if (object.send != null) {
          if (!$util.isObject(object.send))
            throw $TypeError(".tern.v1.ClientFrame.send: object expected");
          message.send = $root.tern.v1.Send.fromObject(object.send, _depth + 1);
        }
        if (object.sync != null) {
          if (!$util.isObject(object.sync))
            throw $TypeError(".tern.v1.ClientFrame.sync: object expected");
          message.sync = $root.tern.v1.SyncRequest.fromObject(object.sync, _depth + 1);
        }
        if (object.history != null) {
          if (!$util.isObject(object.history))
            throw $TypeError(".tern.v1.ClientFrame.history: object expected");
          message.history = $root.tern.v1.HistoryRequest.fromObject(object.history, _depth + 1);
        }
        if (object.presence_query != null) {
          if (!$util.isObject(object.presence_query))
            throw $TypeError(".tern.v1.ClientFrame.presence_query: object expected");
          message.presence_query = $root.tern.v1.PresenceQuery.fromObject(object.presence_query, _depth + 1);
        }
        if (object.heartbeat != null) {
          if (!$util.isObject(object.heartbeat))
            throw $TypeError(".tern.v1.ClientFrame.heartbeat: object expected");
          message.heartbeat = $root.tern.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
        }
        if (object.mark_read != null) {
          if (!$util.isObject(object.mark_read))
            throw $TypeError(".tern.v1.ClientFrame.mark_read: object expected");
          message.mark_read = $root.tern.v1.MarkRead.fromObject(object.mark_read, _depth + 1);
        }
        if (object.list_conversations != null) {
          if (!$util.isObject(object.list_conversations))
            throw $TypeError(".tern.v1.ClientFrame.list_conversations: object expected");
          message.list_conversations = $root.tern.v1.ListConversations.fromObject(object.list_conversations, _depth + 1);
        }
        if (object.typing != null) {
          if (!$util.isObject(object.typing))
            throw $TypeError(".tern.v1.ClientFrame.typing: object expected");
          message.typing = $root.tern.v1.Typing.fromObject(object.typing, _depth + 1);
        }
        if (object.mark_delivered != null) {
          if (!$util.isObject(object.mark_delivered))
            throw $TypeError(".tern.v1.ClientFrame.mark_delivered: object expected");
          message.mark_delivered = $root.tern.v1.MarkDelivered.fromObject(object.mark_delivered, _depth + 1);
        }
        return message;
      };
      ClientFrame.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults)
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.request_id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.request_id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.request_id = typeof message.request_id === "number" ? $BigInt(message.request_id) : $util.Long.fromBits(message.request_id.low >>> 0, message.request_id.high >>> 0, true).toBigInt();
          else if (typeof message.request_id === "number")
            object.request_id = options.longs === $String ? $String(message.request_id) : message.request_id;
          else
            object.request_id = options.longs === $String ? $util.Long.prototype.toString.call(message.request_id) : options.longs === $Number ? new $util.LongBits(message.request_id.low >>> 0, message.request_id.high >>> 0).toNumber(true) : message.request_id;
        if (message.authenticate != null && $Object.hasOwnProperty.call(message, "authenticate")) {
          object.authenticate = $root.tern.v1.Authenticate.toObject(message.authenticate, options, _depth + 1);
          if (options.oneofs)
            object.kind = "authenticate";
        }
        if (message.send != null && $Object.hasOwnProperty.call(message, "send")) {
          object.send = $root.tern.v1.Send.toObject(message.send, options, _depth + 1);
          if (options.oneofs)
            object.kind = "send";
        }
        if (message.sync != null && $Object.hasOwnProperty.call(message, "sync")) {
          object.sync = $root.tern.v1.SyncRequest.toObject(message.sync, options, _depth + 1);
          if (options.oneofs)
            object.kind = "sync";
        }
        if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
          object.history = $root.tern.v1.HistoryRequest.toObject(message.history, options, _depth + 1);
          if (options.oneofs)
            object.kind = "history";
        }
        if (message.presence_query != null && $Object.hasOwnProperty.call(message, "presence_query")) {
          object.presence_query = $root.tern.v1.PresenceQuery.toObject(message.presence_query, options, _depth + 1);
          if (options.oneofs)
            object.kind = "presence_query";
        }
        if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
          object.heartbeat = $root.tern.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
          if (options.oneofs)
            object.kind = "heartbeat";
        }
        if (message.mark_read != null && $Object.hasOwnProperty.call(message, "mark_read")) {
          object.mark_read = $root.tern.v1.MarkRead.toObject(message.mark_read, options, _depth + 1);
          if (options.oneofs)
            object.kind = "mark_read";
        }
        if (message.list_conversations != null && $Object.hasOwnProperty.call(message, "list_conversations")) {
          object.list_conversations = $root.tern.v1.ListConversations.toObject(message.list_conversations, options, _depth + 1);
          if (options.oneofs)
            object.kind = "list_conversations";
        }
        if (message.typing != null && $Object.hasOwnProperty.call(message, "typing")) {
          object.typing = $root.tern.v1.Typing.toObject(message.typing, options, _depth + 1);
          if (options.oneofs)
            object.kind = "typing";
        }
        if (message.mark_delivered != null && $Object.hasOwnProperty.call(message, "mark_delivered")) {
          object.mark_delivered = $root.tern.v1.MarkDelivered.toObject(message.mark_delivered, options, _depth + 1);
          if (options.oneofs)
            object.kind = "mark_delivered";
        }
        return object;
      };
      ClientFrame.prototype.toJSON = function() {
        return ClientFrame.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return ClientFrame;
    })();
    v1.Authenticate = (function() {
      const Authenticate = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Authenticate.prototype.token = "";
      Authenticate.prototype.device_id = "";
      Authenticate.prototype.cursor = $util.newBuffer([]);
      Authenticate.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.token);
        if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id") && message.device_id !== "")
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).string(message.device_id);
        if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor.length)
          writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).bytes(message.cursor);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Authenticate.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Authenticate();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.token = value;
              else
                delete message.token;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.device_id = value;
              else
                delete message.device_id;
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              if ((value = reader.bytes()).length)
                message.cursor = value;
              else
                delete message.cursor;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Authenticate.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Authenticate)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Authenticate: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.Authenticate();
        if (object.token != null) {
          if (typeof object.token !== "string" || object.token.length)
            message.token = $String(object.token);
        }
        if (object.device_id != null) {
          if (typeof object.device_id !== "string" || object.device_id.length)
            message.device_id = $String(object.device_id);
        }
        if (object.cursor != null) {
          if (object.cursor.length) {
            if (typeof object.cursor === "string")
              $util.base64.decode(object.cursor, message.cursor = $util.newBuffer($util.base64.length(object.cursor)), 0);
            else if (object.cursor.length >= 0)
              message.cursor = object.cursor;
          }
        }
        return message;
      };
      Authenticate.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.token = "";
          object.device_id = "";
          if (options.bytes === $String)
            object.cursor = "";
          else {
            object.cursor = [];
            if (options.bytes !== $Array)
              object.cursor = $util.newBuffer(object.cursor);
          }
        }
        if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
          object.token = message.token;
        if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id"))
          object.device_id = message.device_id;
        if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
          object.cursor = options.bytes === $String ? $util.base64.encode(message.cursor, 0, message.cursor.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.cursor) : message.cursor;
        return object;
      };
      Authenticate.prototype.toJSON = function() {
        return Authenticate.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Authenticate;
    })();
    v1.Send = (function() {
      const Send = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Send.prototype.channel_id = "";
      Send.prototype.client_msg_id = "";
      Send.prototype.body = "";
      Send.prototype.edit_of = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Send.prototype.delete_of = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Send.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id") && message.client_msg_id !== "")
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).string(message.client_msg_id);
        if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
          writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).string(message.body);
        if (message.edit_of != null && $Object.hasOwnProperty.call(message, "edit_of") && (typeof message.edit_of === "object" ? message.edit_of.low || message.edit_of.high : message.edit_of !== 0))
          writer.uint32(
            /* id 4, wireType 0 =*/
            32
          ).uint64(message.edit_of);
        if (message.delete_of != null && $Object.hasOwnProperty.call(message, "delete_of") && (typeof message.delete_of === "object" ? message.delete_of.low || message.delete_of.high : message.delete_of !== 0))
          writer.uint32(
            /* id 5, wireType 0 =*/
            40
          ).uint64(message.delete_of);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Send.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Send();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.client_msg_id = value;
              else
                delete message.client_msg_id;
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.body = value;
              else
                delete message.body;
              continue;
            }
            case 4: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.edit_of = value;
              else
                delete message.edit_of;
              continue;
            }
            case 5: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.delete_of = value;
              else
                delete message.delete_of;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Send.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Send)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Send: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.Send();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.client_msg_id != null) {
          if (typeof object.client_msg_id !== "string" || object.client_msg_id.length)
            message.client_msg_id = $String(object.client_msg_id);
        }
        if (object.body != null) {
          if (typeof object.body !== "string" || object.body.length)
            message.body = $String(object.body);
        }
        if (object.edit_of != null) {
          if (typeof object.edit_of === "object" ? object.edit_of.low || object.edit_of.high : $Number(object.edit_of) !== 0) {
            if ($util.Long)
              message.edit_of = $util.Long.fromValue(object.edit_of, true);
            else if (typeof object.edit_of === "string")
              message.edit_of = $parseInt(object.edit_of, 10);
            else if (typeof object.edit_of === "number")
              message.edit_of = object.edit_of;
            else if (typeof object.edit_of === "object")
              message.edit_of = new $util.LongBits(object.edit_of.low >>> 0, object.edit_of.high >>> 0).toNumber(true);
          }
        }
        if (object.delete_of != null) {
          if (typeof object.delete_of === "object" ? object.delete_of.low || object.delete_of.high : $Number(object.delete_of) !== 0) {
            if ($util.Long)
              message.delete_of = $util.Long.fromValue(object.delete_of, true);
            else if (typeof object.delete_of === "string")
              message.delete_of = $parseInt(object.delete_of, 10);
            else if (typeof object.delete_of === "number")
              message.delete_of = object.delete_of;
            else if (typeof object.delete_of === "object")
              message.delete_of = new $util.LongBits(object.delete_of.low >>> 0, object.delete_of.high >>> 0).toNumber(true);
          }
        }
        return message;
      };
      Send.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.channel_id = "";
          object.client_msg_id = "";
          object.body = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.edit_of = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.edit_of = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.delete_of = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.delete_of = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id"))
          object.client_msg_id = message.client_msg_id;
        if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
          object.body = message.body;
        if (message.edit_of != null && $Object.hasOwnProperty.call(message, "edit_of"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.edit_of = typeof message.edit_of === "number" ? $BigInt(message.edit_of) : $util.Long.fromBits(message.edit_of.low >>> 0, message.edit_of.high >>> 0, true).toBigInt();
          else if (typeof message.edit_of === "number")
            object.edit_of = options.longs === $String ? $String(message.edit_of) : message.edit_of;
          else
            object.edit_of = options.longs === $String ? $util.Long.prototype.toString.call(message.edit_of) : options.longs === $Number ? new $util.LongBits(message.edit_of.low >>> 0, message.edit_of.high >>> 0).toNumber(true) : message.edit_of;
        if (message.delete_of != null && $Object.hasOwnProperty.call(message, "delete_of"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.delete_of = typeof message.delete_of === "number" ? $BigInt(message.delete_of) : $util.Long.fromBits(message.delete_of.low >>> 0, message.delete_of.high >>> 0, true).toBigInt();
          else if (typeof message.delete_of === "number")
            object.delete_of = options.longs === $String ? $String(message.delete_of) : message.delete_of;
          else
            object.delete_of = options.longs === $String ? $util.Long.prototype.toString.call(message.delete_of) : options.longs === $Number ? new $util.LongBits(message.delete_of.low >>> 0, message.delete_of.high >>> 0).toNumber(true) : message.delete_of;
        return object;
      };
      Send.prototype.toJSON = function() {
        return Send.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Send;
    })();
    v1.SyncRequest = (function() {
      const SyncRequest = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      SyncRequest.prototype.after_cursor = $util.newBuffer([]);
      SyncRequest.prototype.limit = 0;
      SyncRequest.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.after_cursor != null && $Object.hasOwnProperty.call(message, "after_cursor") && message.after_cursor.length)
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).bytes(message.after_cursor);
        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).uint32(message.limit);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      SyncRequest.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.SyncRequest();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.bytes()).length)
                message.after_cursor = value;
              else
                delete message.after_cursor;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (value = reader.uint32())
                message.limit = value;
              else
                delete message.limit;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      SyncRequest.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.SyncRequest)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.SyncRequest: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.SyncRequest();
        if (object.after_cursor != null) {
          if (object.after_cursor.length) {
            if (typeof object.after_cursor === "string")
              $util.base64.decode(object.after_cursor, message.after_cursor = $util.newBuffer($util.base64.length(object.after_cursor)), 0);
            else if (object.after_cursor.length >= 0)
              message.after_cursor = object.after_cursor;
          }
        }
        if (object.limit != null) {
          if ($Number(object.limit) !== 0)
            message.limit = object.limit >>> 0;
        }
        return message;
      };
      SyncRequest.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          if (options.bytes === $String)
            object.after_cursor = "";
          else {
            object.after_cursor = [];
            if (options.bytes !== $Array)
              object.after_cursor = $util.newBuffer(object.after_cursor);
          }
          object.limit = 0;
        }
        if (message.after_cursor != null && $Object.hasOwnProperty.call(message, "after_cursor"))
          object.after_cursor = options.bytes === $String ? $util.base64.encode(message.after_cursor, 0, message.after_cursor.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.after_cursor) : message.after_cursor;
        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
          object.limit = message.limit;
        return object;
      };
      SyncRequest.prototype.toJSON = function() {
        return SyncRequest.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return SyncRequest;
    })();
    v1.HistoryAnchor = (function() {
      const valuesById = $Object.create(null), values = $Object.create(valuesById);
      values[valuesById[0] = "HISTORY_ANCHOR_LATEST"] = 0;
      values[valuesById[1] = "HISTORY_ANCHOR_BEFORE"] = 1;
      values[valuesById[2] = "HISTORY_ANCHOR_AFTER"] = 2;
      values[valuesById[3] = "HISTORY_ANCHOR_AROUND"] = 3;
      return values;
    })();
    v1.HistoryRequest = (function() {
      const HistoryRequest = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      HistoryRequest.prototype.channel_id = "";
      HistoryRequest.prototype.anchor = 0;
      HistoryRequest.prototype.seq = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      HistoryRequest.prototype.limit = 0;
      HistoryRequest.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.anchor != null && $Object.hasOwnProperty.call(message, "anchor") && message.anchor !== 0)
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).int32(message.anchor);
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
          writer.uint32(
            /* id 3, wireType 0 =*/
            24
          ).uint64(message.seq);
        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
          writer.uint32(
            /* id 4, wireType 0 =*/
            32
          ).uint32(message.limit);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      HistoryRequest.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.HistoryRequest();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (value = reader.int32())
                message.anchor = value;
              else
                delete message.anchor;
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.seq = value;
              else
                delete message.seq;
              continue;
            }
            case 4: {
              if (wireType !== 0)
                break;
              if (value = reader.uint32())
                message.limit = value;
              else
                delete message.limit;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      HistoryRequest.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.HistoryRequest)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.HistoryRequest: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.HistoryRequest();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.anchor !== 0 && (typeof object.anchor !== "string" || $root.tern.v1.HistoryAnchor[object.anchor] !== 0))
          switch (object.anchor) {
            case "HISTORY_ANCHOR_LATEST":
            case 0:
              message.anchor = 0;
              break;
            case "HISTORY_ANCHOR_BEFORE":
            case 1:
              message.anchor = 1;
              break;
            case "HISTORY_ANCHOR_AFTER":
            case 2:
              message.anchor = 2;
              break;
            case "HISTORY_ANCHOR_AROUND":
            case 3:
              message.anchor = 3;
              break;
            default:
              if (typeof object.anchor === "number" && (object.anchor | 0) === object.anchor)
                message.anchor = object.anchor;
          }
        if (object.seq != null) {
          if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0) {
            if ($util.Long)
              message.seq = $util.Long.fromValue(object.seq, true);
            else if (typeof object.seq === "string")
              message.seq = $parseInt(object.seq, 10);
            else if (typeof object.seq === "number")
              message.seq = object.seq;
            else if (typeof object.seq === "object")
              message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
          }
        }
        if (object.limit != null) {
          if ($Number(object.limit) !== 0)
            message.limit = object.limit >>> 0;
        }
        return message;
      };
      HistoryRequest.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.channel_id = "";
          object.anchor = options.enums === $String ? "HISTORY_ANCHOR_LATEST" : 0;
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          object.limit = 0;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.anchor != null && $Object.hasOwnProperty.call(message, "anchor"))
          object.anchor = options.enums === $String ? $root.tern.v1.HistoryAnchor[message.anchor] === $undefined ? message.anchor : $root.tern.v1.HistoryAnchor[message.anchor] : message.anchor;
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
          else if (typeof message.seq === "number")
            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
          else
            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
          object.limit = message.limit;
        return object;
      };
      HistoryRequest.prototype.toJSON = function() {
        return HistoryRequest.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return HistoryRequest;
    })();
    v1.PresenceQuery = (function() {
      const PresenceQuery = function(properties) {
        this.user_ids = [];
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      PresenceQuery.prototype.user_ids = $util.emptyArray;
      PresenceQuery.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.user_ids != null && message.user_ids.length)
          for (let i = 0; i < message.user_ids.length; ++i)
            writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).string(message.user_ids[i]);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      PresenceQuery.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.PresenceQuery();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if (!(message.user_ids && message.user_ids.length))
                message.user_ids = [];
              message.user_ids.push(reader.stringVerify());
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      PresenceQuery.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.PresenceQuery)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.PresenceQuery: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.PresenceQuery();
        if (object.user_ids) {
          if (!$Array.isArray(object.user_ids))
            throw $TypeError(".tern.v1.PresenceQuery.user_ids: array expected");
          message.user_ids = $Array(object.user_ids.length);
          for (let i = 0; i < object.user_ids.length; ++i)
            message.user_ids[i] = $String(object.user_ids[i]);
        }
        return message;
      };
      PresenceQuery.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.arrays || options.defaults)
          object.user_ids = [];
        if (message.user_ids && message.user_ids.length) {
          object.user_ids = $Array(message.user_ids.length);
          for (let j = 0; j < message.user_ids.length; ++j)
            object.user_ids[j] = message.user_ids[j];
        }
        return object;
      };
      PresenceQuery.prototype.toJSON = function() {
        return PresenceQuery.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return PresenceQuery;
    })();
    v1.Heartbeat = (function() {
      const Heartbeat = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Heartbeat.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Heartbeat.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Heartbeat();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          reader.skipType(tag & 7, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Heartbeat.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Heartbeat)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Heartbeat: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        return new $root.tern.v1.Heartbeat();
      };
      Heartbeat.toObject = function() {
        return {};
      };
      Heartbeat.prototype.toJSON = function() {
        return Heartbeat.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Heartbeat;
    })();
    v1.Typing = (function() {
      const Typing = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Typing.prototype.channel_id = "";
      Typing.prototype.typing = false;
      Typing.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.typing != null && $Object.hasOwnProperty.call(message, "typing") && message.typing !== false)
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).bool(message.typing);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Typing.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Typing();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.typing = value;
              else
                delete message.typing;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Typing.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Typing)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Typing: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.Typing();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.typing != null) {
          if (object.typing)
            message.typing = $Boolean(object.typing);
        }
        return message;
      };
      Typing.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.channel_id = "";
          object.typing = false;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
          object.typing = message.typing;
        return object;
      };
      Typing.prototype.toJSON = function() {
        return Typing.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Typing;
    })();
    v1.MarkDelivered = (function() {
      const MarkDelivered = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      MarkDelivered.prototype.channel_id = "";
      MarkDelivered.prototype.seq = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      MarkDelivered.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).uint64(message.seq);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      MarkDelivered.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.MarkDelivered();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.seq = value;
              else
                delete message.seq;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      MarkDelivered.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.MarkDelivered)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.MarkDelivered: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.MarkDelivered();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.seq != null) {
          if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0) {
            if ($util.Long)
              message.seq = $util.Long.fromValue(object.seq, true);
            else if (typeof object.seq === "string")
              message.seq = $parseInt(object.seq, 10);
            else if (typeof object.seq === "number")
              message.seq = object.seq;
            else if (typeof object.seq === "object")
              message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
          }
        }
        return message;
      };
      MarkDelivered.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.channel_id = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
          else if (typeof message.seq === "number")
            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
          else
            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
        return object;
      };
      MarkDelivered.prototype.toJSON = function() {
        return MarkDelivered.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return MarkDelivered;
    })();
    v1.ListConversations = (function() {
      const ListConversations = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      ListConversations.prototype.limit = 0;
      ListConversations.prototype.page_token = $util.newBuffer([]);
      ListConversations.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
          writer.uint32(
            /* id 1, wireType 0 =*/
            8
          ).uint32(message.limit);
        if (message.page_token != null && $Object.hasOwnProperty.call(message, "page_token") && message.page_token.length)
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).bytes(message.page_token);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      ListConversations.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.ListConversations();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (value = reader.uint32())
                message.limit = value;
              else
                delete message.limit;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.bytes()).length)
                message.page_token = value;
              else
                delete message.page_token;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      ListConversations.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.ListConversations)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.ListConversations: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.ListConversations();
        if (object.limit != null) {
          if ($Number(object.limit) !== 0)
            message.limit = object.limit >>> 0;
        }
        if (object.page_token != null) {
          if (object.page_token.length) {
            if (typeof object.page_token === "string")
              $util.base64.decode(object.page_token, message.page_token = $util.newBuffer($util.base64.length(object.page_token)), 0);
            else if (object.page_token.length >= 0)
              message.page_token = object.page_token;
          }
        }
        return message;
      };
      ListConversations.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.limit = 0;
          if (options.bytes === $String)
            object.page_token = "";
          else {
            object.page_token = [];
            if (options.bytes !== $Array)
              object.page_token = $util.newBuffer(object.page_token);
          }
        }
        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
          object.limit = message.limit;
        if (message.page_token != null && $Object.hasOwnProperty.call(message, "page_token"))
          object.page_token = options.bytes === $String ? $util.base64.encode(message.page_token, 0, message.page_token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.page_token) : message.page_token;
        return object;
      };
      ListConversations.prototype.toJSON = function() {
        return ListConversations.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return ListConversations;
    })();
    v1.MarkRead = (function() {
      const MarkRead = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      MarkRead.prototype.channel_id = "";
      MarkRead.prototype.seq = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      MarkRead.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).uint64(message.seq);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      MarkRead.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.MarkRead();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.seq = value;
              else
                delete message.seq;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      MarkRead.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.MarkRead)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.MarkRead: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.MarkRead();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.seq != null) {
          if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0) {
            if ($util.Long)
              message.seq = $util.Long.fromValue(object.seq, true);
            else if (typeof object.seq === "string")
              message.seq = $parseInt(object.seq, 10);
            else if (typeof object.seq === "number")
              message.seq = object.seq;
            else if (typeof object.seq === "object")
              message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
          }
        }
        return message;
      };
      MarkRead.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.channel_id = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
          else if (typeof message.seq === "number")
            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
          else
            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
        return object;
      };
      MarkRead.prototype.toJSON = function() {
        return MarkRead.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return MarkRead;
    })();
    v1.ServerFrame = (function() {
      const ServerFrame = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      ServerFrame.prototype.request_id = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      ServerFrame.prototype.authenticated = null;
      ServerFrame.prototype.ack = null;
      ServerFrame.prototype.deliver = null;
      ServerFrame.prototype.sync = null;
      ServerFrame.prototype.history = null;
      ServerFrame.prototype.presence = null;
      ServerFrame.prototype.presence_event = null;
      ServerFrame.prototype.heartbeat_ack = null;
      ServerFrame.prototype.error = null;
      ServerFrame.prototype.go_away = null;
      ServerFrame.prototype.user_event = null;
      ServerFrame.prototype.read_marked = null;
      ServerFrame.prototype.conversations = null;
      let $oneOfFields;
      $Object.defineProperty(ServerFrame.prototype, "kind", {
        get: $util.oneOfGetter($oneOfFields = ["authenticated", "ack", "deliver", "sync", "history", "presence", "presence_event", "heartbeat_ack", "error", "go_away", "user_event", "read_marked", "conversations"]),
        set: $util.oneOfSetter($oneOfFields)
      });
      ServerFrame.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && (typeof message.request_id === "object" ? message.request_id.low || message.request_id.high : message.request_id !== 0))
          writer.uint32(
            /* id 1, wireType 0 =*/
            8
          ).uint64(message.request_id);
        if (message.authenticated != null && $Object.hasOwnProperty.call(message, "authenticated"))
          $root.tern.v1.Authenticated.encode(message.authenticated, writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).fork(), _depth + 1).ldelim();
        if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
          $root.tern.v1.Ack.encode(message.ack, writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).fork(), _depth + 1).ldelim();
        if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver"))
          $root.tern.v1.Deliver.encode(message.deliver, writer.uint32(
            /* id 4, wireType 2 =*/
            34
          ).fork(), _depth + 1).ldelim();
        if (message.sync != null && $Object.hasOwnProperty.call(message, "sync"))
          $root.tern.v1.SyncPage.encode(message.sync, writer.uint32(
            /* id 5, wireType 2 =*/
            42
          ).fork(), _depth + 1).ldelim();
        if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
          $root.tern.v1.HistoryPage.encode(message.history, writer.uint32(
            /* id 6, wireType 2 =*/
            50
          ).fork(), _depth + 1).ldelim();
        if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
          $root.tern.v1.PresenceResult.encode(message.presence, writer.uint32(
            /* id 7, wireType 2 =*/
            58
          ).fork(), _depth + 1).ldelim();
        if (message.presence_event != null && $Object.hasOwnProperty.call(message, "presence_event"))
          $root.tern.v1.PresenceEvent.encode(message.presence_event, writer.uint32(
            /* id 8, wireType 2 =*/
            66
          ).fork(), _depth + 1).ldelim();
        if (message.heartbeat_ack != null && $Object.hasOwnProperty.call(message, "heartbeat_ack"))
          $root.tern.v1.HeartbeatAck.encode(message.heartbeat_ack, writer.uint32(
            /* id 9, wireType 2 =*/
            74
          ).fork(), _depth + 1).ldelim();
        if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
          $root.tern.v1.Error.encode(message.error, writer.uint32(
            /* id 10, wireType 2 =*/
            82
          ).fork(), _depth + 1).ldelim();
        if (message.go_away != null && $Object.hasOwnProperty.call(message, "go_away"))
          $root.tern.v1.GoAway.encode(message.go_away, writer.uint32(
            /* id 11, wireType 2 =*/
            90
          ).fork(), _depth + 1).ldelim();
        if (message.user_event != null && $Object.hasOwnProperty.call(message, "user_event"))
          $root.tern.v1.UserEvent.encode(message.user_event, writer.uint32(
            /* id 12, wireType 2 =*/
            98
          ).fork(), _depth + 1).ldelim();
        if (message.read_marked != null && $Object.hasOwnProperty.call(message, "read_marked"))
          $root.tern.v1.ReadMarked.encode(message.read_marked, writer.uint32(
            /* id 13, wireType 2 =*/
            106
          ).fork(), _depth + 1).ldelim();
        if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations"))
          $root.tern.v1.ConversationPage.encode(message.conversations, writer.uint32(
            /* id 14, wireType 2 =*/
            114
          ).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      ServerFrame.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.ServerFrame();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.request_id = value;
              else
                delete message.request_id;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              message.authenticated = $root.tern.v1.Authenticated.decode(reader, reader.size(), $undefined, _depth + 1, message.authenticated);
              message.kind = "authenticated";
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              message.ack = $root.tern.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
              message.kind = "ack";
              continue;
            }
            case 4: {
              if (wireType !== 2)
                break;
              message.deliver = $root.tern.v1.Deliver.decode(reader, reader.size(), $undefined, _depth + 1, message.deliver);
              message.kind = "deliver";
              continue;
            }
            case 5: {
              if (wireType !== 2)
                break;
              message.sync = $root.tern.v1.SyncPage.decode(reader, reader.size(), $undefined, _depth + 1, message.sync);
              message.kind = "sync";
              continue;
            }
            case 6: {
              if (wireType !== 2)
                break;
              message.history = $root.tern.v1.HistoryPage.decode(reader, reader.size(), $undefined, _depth + 1, message.history);
              message.kind = "history";
              continue;
            }
            case 7: {
              if (wireType !== 2)
                break;
              message.presence = $root.tern.v1.PresenceResult.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
              message.kind = "presence";
              continue;
            }
            case 8: {
              if (wireType !== 2)
                break;
              message.presence_event = $root.tern.v1.PresenceEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.presence_event);
              message.kind = "presence_event";
              continue;
            }
            case 9: {
              if (wireType !== 2)
                break;
              message.heartbeat_ack = $root.tern.v1.HeartbeatAck.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat_ack);
              message.kind = "heartbeat_ack";
              continue;
            }
            case 10: {
              if (wireType !== 2)
                break;
              message.error = $root.tern.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
              message.kind = "error";
              continue;
            }
            case 11: {
              if (wireType !== 2)
                break;
              message.go_away = $root.tern.v1.GoAway.decode(reader, reader.size(), $undefined, _depth + 1, message.go_away);
              message.kind = "go_away";
              continue;
            }
            case 12: {
              if (wireType !== 2)
                break;
              message.user_event = $root.tern.v1.UserEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.user_event);
              message.kind = "user_event";
              continue;
            }
            case 13: {
              if (wireType !== 2)
                break;
              message.read_marked = $root.tern.v1.ReadMarked.decode(reader, reader.size(), $undefined, _depth + 1, message.read_marked);
              message.kind = "read_marked";
              continue;
            }
            case 14: {
              if (wireType !== 2)
                break;
              message.conversations = $root.tern.v1.ConversationPage.decode(reader, reader.size(), $undefined, _depth + 1, message.conversations);
              message.kind = "conversations";
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      ServerFrame.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.ServerFrame)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.ServerFrame: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.ServerFrame();
        if (object.request_id != null) {
          if (typeof object.request_id === "object" ? object.request_id.low || object.request_id.high : $Number(object.request_id) !== 0) {
            if ($util.Long)
              message.request_id = $util.Long.fromValue(object.request_id, true);
            else if (typeof object.request_id === "string")
              message.request_id = $parseInt(object.request_id, 10);
            else if (typeof object.request_id === "number")
              message.request_id = object.request_id;
            else if (typeof object.request_id === "object")
              message.request_id = new $util.LongBits(object.request_id.low >>> 0, object.request_id.high >>> 0).toNumber(true);
          }
        }
        if (object.authenticated != null) {
          if (!$util.isObject(object.authenticated))
            throw $TypeError(".tern.v1.ServerFrame.authenticated: object expected");
          message.authenticated = $root.tern.v1.Authenticated.fromObject(object.authenticated, _depth + 1);
        }
        if (object.ack != null) {
          if (!$util.isObject(object.ack))
            throw $TypeError(".tern.v1.ServerFrame.ack: object expected");
          message.ack = $root.tern.v1.Ack.fromObject(object.ack, _depth + 1);
        }
        if (object.deliver != null) {
          if (!$util.isObject(object.deliver))
            throw $TypeError(".tern.v1.ServerFrame.deliver: object expected");
          message.deliver = $root.tern.v1.Deliver.fromObject(object.deliver, _depth + 1);
        }
        if (object.sync != null) {
          if (!$util.isObject(object.sync))
            throw $TypeError(".tern.v1.ServerFrame.sync: object expected");
          message.sync = $root.tern.v1.SyncPage.fromObject(object.sync, _depth + 1);
        }
        if (object.history != null) {
          if (!$util.isObject(object.history))
            throw $TypeError(".tern.v1.ServerFrame.history: object expected");
          message.history = $root.tern.v1.HistoryPage.fromObject(object.history, _depth + 1);
        }
        if (object.presence != null) {
          if (!$util.isObject(object.presence))
            throw $TypeError(".tern.v1.ServerFrame.presence: object expected");
          message.presence = $root.tern.v1.PresenceResult.fromObject(object.presence, _depth + 1);
        }
        if (object.presence_event != null) {
          if (!$util.isObject(object.presence_event))
            throw $TypeError(".tern.v1.ServerFrame.presence_event: object expected");
          message.presence_event = $root.tern.v1.PresenceEvent.fromObject(object.presence_event, _depth + 1);
        }
        if (object.heartbeat_ack != null) {
          if (!$util.isObject(object.heartbeat_ack))
            throw $TypeError(".tern.v1.ServerFrame.heartbeat_ack: object expected");
          message.heartbeat_ack = $root.tern.v1.HeartbeatAck.fromObject(object.heartbeat_ack, _depth + 1);
        }
        if (object.error != null) {
          if (!$util.isObject(object.error))
            throw $TypeError(".tern.v1.ServerFrame.error: object expected");
          message.error = $root.tern.v1.Error.fromObject(object.error, _depth + 1);
        }
        if (object.go_away != null) {
          if (!$util.isObject(object.go_away))
            throw $TypeError(".tern.v1.ServerFrame.go_away: object expected");
          message.go_away = $root.tern.v1.GoAway.fromObject(object.go_away, _depth + 1);
        }
        if (object.user_event != null) {
          if (!$util.isObject(object.user_event))
            throw $TypeError(".tern.v1.ServerFrame.user_event: object expected");
          message.user_event = $root.tern.v1.UserEvent.fromObject(object.user_event, _depth + 1);
        }
        if (object.read_marked != null) {
          if (!$util.isObject(object.read_marked))
            throw $TypeError(".tern.v1.ServerFrame.read_marked: object expected");
          message.read_marked = $root.tern.v1.ReadMarked.fromObject(object.read_marked, _depth + 1);
        }
        if (object.conversations != null) {
          if (!$util.isObject(object.conversations))
            throw $TypeError(".tern.v1.ServerFrame.conversations: object expected");
          message.conversations = $root.tern.v1.ConversationPage.fromObject(object.conversations, _depth + 1);
        }
        return message;
      };
      ServerFrame.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults)
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.request_id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.request_id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.request_id = typeof message.request_id === "number" ? $BigInt(message.request_id) : $util.Long.fromBits(message.request_id.low >>> 0, message.request_id.high >>> 0, true).toBigInt();
          else if (typeof message.request_id === "number")
            object.request_id = options.longs === $String ? $String(message.request_id) : message.request_id;
          else
            object.request_id = options.longs === $String ? $util.Long.prototype.toString.call(message.request_id) : options.longs === $Number ? new $util.LongBits(message.request_id.low >>> 0, message.request_id.high >>> 0).toNumber(true) : message.request_id;
        if (message.authenticated != null && $Object.hasOwnProperty.call(message, "authenticated")) {
          object.authenticated = $root.tern.v1.Authenticated.toObject(message.authenticated, options, _depth + 1);
          if (options.oneofs)
            object.kind = "authenticated";
        }
        if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
          object.ack = $root.tern.v1.Ack.toObject(message.ack, options, _depth + 1);
          if (options.oneofs)
            object.kind = "ack";
        }
        if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver")) {
          object.deliver = $root.tern.v1.Deliver.toObject(message.deliver, options, _depth + 1);
          if (options.oneofs)
            object.kind = "deliver";
        }
        if (message.sync != null && $Object.hasOwnProperty.call(message, "sync")) {
          object.sync = $root.tern.v1.SyncPage.toObject(message.sync, options, _depth + 1);
          if (options.oneofs)
            object.kind = "sync";
        }
        if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
          object.history = $root.tern.v1.HistoryPage.toObject(message.history, options, _depth + 1);
          if (options.oneofs)
            object.kind = "history";
        }
        if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
          object.presence = $root.tern.v1.PresenceResult.toObject(message.presence, options, _depth + 1);
          if (options.oneofs)
            object.kind = "presence";
        }
        if (message.presence_event != null && $Object.hasOwnProperty.call(message, "presence_event")) {
          object.presence_event = $root.tern.v1.PresenceEvent.toObject(message.presence_event, options, _depth + 1);
          if (options.oneofs)
            object.kind = "presence_event";
        }
        if (message.heartbeat_ack != null && $Object.hasOwnProperty.call(message, "heartbeat_ack")) {
          object.heartbeat_ack = $root.tern.v1.HeartbeatAck.toObject(message.heartbeat_ack, options, _depth + 1);
          if (options.oneofs)
            object.kind = "heartbeat_ack";
        }
        if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
          object.error = $root.tern.v1.Error.toObject(message.error, options, _depth + 1);
          if (options.oneofs)
            object.kind = "error";
        }
        if (message.go_away != null && $Object.hasOwnProperty.call(message, "go_away")) {
          object.go_away = $root.tern.v1.GoAway.toObject(message.go_away, options, _depth + 1);
          if (options.oneofs)
            object.kind = "go_away";
        }
        if (message.user_event != null && $Object.hasOwnProperty.call(message, "user_event")) {
          object.user_event = $root.tern.v1.UserEvent.toObject(message.user_event, options, _depth + 1);
          if (options.oneofs)
            object.kind = "user_event";
        }
        if (message.read_marked != null && $Object.hasOwnProperty.call(message, "read_marked")) {
          object.read_marked = $root.tern.v1.ReadMarked.toObject(message.read_marked, options, _depth + 1);
          if (options.oneofs)
            object.kind = "read_marked";
        }
        if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations")) {
          object.conversations = $root.tern.v1.ConversationPage.toObject(message.conversations, options, _depth + 1);
          if (options.oneofs)
            object.kind = "conversations";
        }
        return object;
      };
      ServerFrame.prototype.toJSON = function() {
        return ServerFrame.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return ServerFrame;
    })();
    v1.Authenticated = (function() {
      const Authenticated = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Authenticated.prototype.user_id = "";
      Authenticated.prototype.device_id = "";
      Authenticated.prototype.session_id = "";
      Authenticated.prototype.server_time_ms = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Authenticated.prototype.heartbeat_interval_ms = 0;
      Authenticated.prototype.idle_timeout_ms = 0;
      Authenticated.prototype.gateway_id = "";
      Authenticated.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.user_id);
        if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id") && message.device_id !== "")
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).string(message.device_id);
        if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id") && message.session_id !== "")
          writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).string(message.session_id);
        if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms") && (typeof message.server_time_ms === "object" ? message.server_time_ms.low || message.server_time_ms.high : message.server_time_ms !== 0))
          writer.uint32(
            /* id 4, wireType 0 =*/
            32
          ).int64(message.server_time_ms);
        if (message.heartbeat_interval_ms != null && $Object.hasOwnProperty.call(message, "heartbeat_interval_ms") && message.heartbeat_interval_ms !== 0)
          writer.uint32(
            /* id 5, wireType 0 =*/
            40
          ).uint32(message.heartbeat_interval_ms);
        if (message.idle_timeout_ms != null && $Object.hasOwnProperty.call(message, "idle_timeout_ms") && message.idle_timeout_ms !== 0)
          writer.uint32(
            /* id 6, wireType 0 =*/
            48
          ).uint32(message.idle_timeout_ms);
        if (message.gateway_id != null && $Object.hasOwnProperty.call(message, "gateway_id") && message.gateway_id !== "")
          writer.uint32(
            /* id 7, wireType 2 =*/
            58
          ).string(message.gateway_id);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Authenticated.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Authenticated();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.user_id = value;
              else
                delete message.user_id;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.device_id = value;
              else
                delete message.device_id;
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.session_id = value;
              else
                delete message.session_id;
              continue;
            }
            case 4: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.server_time_ms = value;
              else
                delete message.server_time_ms;
              continue;
            }
            case 5: {
              if (wireType !== 0)
                break;
              if (value = reader.uint32())
                message.heartbeat_interval_ms = value;
              else
                delete message.heartbeat_interval_ms;
              continue;
            }
            case 6: {
              if (wireType !== 0)
                break;
              if (value = reader.uint32())
                message.idle_timeout_ms = value;
              else
                delete message.idle_timeout_ms;
              continue;
            }
            case 7: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.gateway_id = value;
              else
                delete message.gateway_id;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Authenticated.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Authenticated)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Authenticated: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.Authenticated();
        if (object.user_id != null) {
          if (typeof object.user_id !== "string" || object.user_id.length)
            message.user_id = $String(object.user_id);
        }
        if (object.device_id != null) {
          if (typeof object.device_id !== "string" || object.device_id.length)
            message.device_id = $String(object.device_id);
        }
        if (object.session_id != null) {
          if (typeof object.session_id !== "string" || object.session_id.length)
            message.session_id = $String(object.session_id);
        }
        if (object.server_time_ms != null) {
          if (typeof object.server_time_ms === "object" ? object.server_time_ms.low || object.server_time_ms.high : $Number(object.server_time_ms) !== 0) {
            if ($util.Long)
              message.server_time_ms = $util.Long.fromValue(object.server_time_ms, false);
            else if (typeof object.server_time_ms === "string")
              message.server_time_ms = $parseInt(object.server_time_ms, 10);
            else if (typeof object.server_time_ms === "number")
              message.server_time_ms = object.server_time_ms;
            else if (typeof object.server_time_ms === "object")
              message.server_time_ms = new $util.LongBits(object.server_time_ms.low >>> 0, object.server_time_ms.high >>> 0).toNumber();
          }
        }
        if (object.heartbeat_interval_ms != null) {
          if ($Number(object.heartbeat_interval_ms) !== 0)
            message.heartbeat_interval_ms = object.heartbeat_interval_ms >>> 0;
        }
        if (object.idle_timeout_ms != null) {
          if ($Number(object.idle_timeout_ms) !== 0)
            message.idle_timeout_ms = object.idle_timeout_ms >>> 0;
        }
        if (object.gateway_id != null) {
          if (typeof object.gateway_id !== "string" || object.gateway_id.length)
            message.gateway_id = $String(object.gateway_id);
        }
        return message;
      };
      Authenticated.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.user_id = "";
          object.device_id = "";
          object.session_id = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, false);
            object.server_time_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.server_time_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          object.heartbeat_interval_ms = 0;
          object.idle_timeout_ms = 0;
          object.gateway_id = "";
        }
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
          object.user_id = message.user_id;
        if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id"))
          object.device_id = message.device_id;
        if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
          object.session_id = message.session_id;
        if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.server_time_ms = typeof message.server_time_ms === "number" ? $BigInt(message.server_time_ms) : $util.Long.fromBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0, false).toBigInt();
          else if (typeof message.server_time_ms === "number")
            object.server_time_ms = options.longs === $String ? $String(message.server_time_ms) : message.server_time_ms;
          else
            object.server_time_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.server_time_ms) : options.longs === $Number ? new $util.LongBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0).toNumber() : message.server_time_ms;
        if (message.heartbeat_interval_ms != null && $Object.hasOwnProperty.call(message, "heartbeat_interval_ms"))
          object.heartbeat_interval_ms = message.heartbeat_interval_ms;
        if (message.idle_timeout_ms != null && $Object.hasOwnProperty.call(message, "idle_timeout_ms"))
          object.idle_timeout_ms = message.idle_timeout_ms;
        if (message.gateway_id != null && $Object.hasOwnProperty.call(message, "gateway_id"))
          object.gateway_id = message.gateway_id;
        return object;
      };
      Authenticated.prototype.toJSON = function() {
        return Authenticated.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Authenticated;
    })();
    v1.Message = (function() {
      const Message = function(properties) {
        this.edits = [];
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Message.prototype.channel_id = "";
      Message.prototype.seq = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Message.prototype.sender_id = "";
      Message.prototype.client_msg_id = "";
      Message.prototype.body = "";
      Message.prototype.sent_at_ms = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Message.prototype.event = null;
      Message.prototype.edit_of = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Message.prototype.delete_of = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Message.prototype.edited_at_ms = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Message.prototype.deleted = false;
      Message.prototype.edits = $util.emptyArray;
      Message.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).uint64(message.seq);
        if (message.sender_id != null && $Object.hasOwnProperty.call(message, "sender_id") && message.sender_id !== "")
          writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).string(message.sender_id);
        if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id") && message.client_msg_id !== "")
          writer.uint32(
            /* id 4, wireType 2 =*/
            34
          ).string(message.client_msg_id);
        if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
          writer.uint32(
            /* id 5, wireType 2 =*/
            42
          ).string(message.body);
        if (message.sent_at_ms != null && $Object.hasOwnProperty.call(message, "sent_at_ms") && (typeof message.sent_at_ms === "object" ? message.sent_at_ms.low || message.sent_at_ms.high : message.sent_at_ms !== 0))
          writer.uint32(
            /* id 6, wireType 0 =*/
            48
          ).int64(message.sent_at_ms);
        if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
          $root.tern.v1.ChannelEvent.encode(message.event, writer.uint32(
            /* id 7, wireType 2 =*/
            58
          ).fork(), _depth + 1).ldelim();
        if (message.edit_of != null && $Object.hasOwnProperty.call(message, "edit_of") && (typeof message.edit_of === "object" ? message.edit_of.low || message.edit_of.high : message.edit_of !== 0))
          writer.uint32(
            /* id 8, wireType 0 =*/
            64
          ).uint64(message.edit_of);
        if (message.delete_of != null && $Object.hasOwnProperty.call(message, "delete_of") && (typeof message.delete_of === "object" ? message.delete_of.low || message.delete_of.high : message.delete_of !== 0))
          writer.uint32(
            /* id 9, wireType 0 =*/
            72
          ).uint64(message.delete_of);
        if (message.edited_at_ms != null && $Object.hasOwnProperty.call(message, "edited_at_ms") && (typeof message.edited_at_ms === "object" ? message.edited_at_ms.low || message.edited_at_ms.high : message.edited_at_ms !== 0))
          writer.uint32(
            /* id 10, wireType 0 =*/
            80
          ).int64(message.edited_at_ms);
        if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== false)
          writer.uint32(
            /* id 11, wireType 0 =*/
            88
          ).bool(message.deleted);
        if (message.edits != null && message.edits.length)
          writer.uint32(
            /* id 12, wireType 2 =*/
            98
          ).uint64s(message.edits);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Message.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Message();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.seq = value;
              else
                delete message.seq;
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.sender_id = value;
              else
                delete message.sender_id;
              continue;
            }
            case 4: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.client_msg_id = value;
              else
                delete message.client_msg_id;
              continue;
            }
            case 5: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.body = value;
              else
                delete message.body;
              continue;
            }
            case 6: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.sent_at_ms = value;
              else
                delete message.sent_at_ms;
              continue;
            }
            case 7: {
              if (wireType !== 2)
                break;
              message.event = $root.tern.v1.ChannelEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
              continue;
            }
            case 8: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.edit_of = value;
              else
                delete message.edit_of;
              continue;
            }
            case 9: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.delete_of = value;
              else
                delete message.delete_of;
              continue;
            }
            case 10: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.edited_at_ms = value;
              else
                delete message.edited_at_ms;
              continue;
            }
            case 11: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.deleted = value;
              else
                delete message.deleted;
              continue;
            }
            case 12: {
              if (wireType === 2) {
                if (!(message.edits && message.edits.length))
                  message.edits = [];
                reader.uint64s(message.edits);
                continue;
              }
              if (wireType !== 0)
                break;
              if (!(message.edits && message.edits.length))
                message.edits = [];
              message.edits.push(reader.uint64());
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Message.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Message)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Message: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.Message();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.seq != null) {
          if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0) {
            if ($util.Long)
              message.seq = $util.Long.fromValue(object.seq, true);
            else if (typeof object.seq === "string")
              message.seq = $parseInt(object.seq, 10);
            else if (typeof object.seq === "number")
              message.seq = object.seq;
            else if (typeof object.seq === "object")
              message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
          }
        }
        if (object.sender_id != null) {
          if (typeof object.sender_id !== "string" || object.sender_id.length)
            message.sender_id = $String(object.sender_id);
        }
        if (object.client_msg_id != null) {
          if (typeof object.client_msg_id !== "string" || object.client_msg_id.length)
            message.client_msg_id = $String(object.client_msg_id);
        }
        if (object.body != null) {
          if (typeof object.body !== "string" || object.body.length)
            message.body = $String(object.body);
        }
        if (object.sent_at_ms != null) {
          if (typeof object.sent_at_ms === "object" ? object.sent_at_ms.low || object.sent_at_ms.high : $Number(object.sent_at_ms) !== 0) {
            if ($util.Long)
              message.sent_at_ms = $util.Long.fromValue(object.sent_at_ms, false);
            else if (typeof object.sent_at_ms === "string")
              message.sent_at_ms = $parseInt(object.sent_at_ms, 10);
            else if (typeof object.sent_at_ms === "number")
              message.sent_at_ms = object.sent_at_ms;
            else if (typeof object.sent_at_ms === "object")
              message.sent_at_ms = new $util.LongBits(object.sent_at_ms.low >>> 0, object.sent_at_ms.high >>> 0).toNumber();
          }
        }
        if (object.event != null) {
          if (!$util.isObject(object.event))
            throw $TypeError(".tern.v1.Message.event: object expected");
          message.event = $root.tern.v1.ChannelEvent.fromObject(object.event, _depth + 1);
        }
        if (object.edit_of != null) {
          if (typeof object.edit_of === "object" ? object.edit_of.low || object.edit_of.high : $Number(object.edit_of) !== 0) {
            if ($util.Long)
              message.edit_of = $util.Long.fromValue(object.edit_of, true);
            else if (typeof object.edit_of === "string")
              message.edit_of = $parseInt(object.edit_of, 10);
            else if (typeof object.edit_of === "number")
              message.edit_of = object.edit_of;
            else if (typeof object.edit_of === "object")
              message.edit_of = new $util.LongBits(object.edit_of.low >>> 0, object.edit_of.high >>> 0).toNumber(true);
          }
        }
        if (object.delete_of != null) {
          if (typeof object.delete_of === "object" ? object.delete_of.low || object.delete_of.high : $Number(object.delete_of) !== 0) {
            if ($util.Long)
              message.delete_of = $util.Long.fromValue(object.delete_of, true);
            else if (typeof object.delete_of === "string")
              message.delete_of = $parseInt(object.delete_of, 10);
            else if (typeof object.delete_of === "number")
              message.delete_of = object.delete_of;
            else if (typeof object.delete_of === "object")
              message.delete_of = new $util.LongBits(object.delete_of.low >>> 0, object.delete_of.high >>> 0).toNumber(true);
          }
        }
        if (object.edited_at_ms != null) {
          if (typeof object.edited_at_ms === "object" ? object.edited_at_ms.low || object.edited_at_ms.high : $Number(object.edited_at_ms) !== 0) {
            if ($util.Long)
              message.edited_at_ms = $util.Long.fromValue(object.edited_at_ms, false);
            else if (typeof object.edited_at_ms === "string")
              message.edited_at_ms = $parseInt(object.edited_at_ms, 10);
            else if (typeof object.edited_at_ms === "number")
              message.edited_at_ms = object.edited_at_ms;
            else if (typeof object.edited_at_ms === "object")
              message.edited_at_ms = new $util.LongBits(object.edited_at_ms.low >>> 0, object.edited_at_ms.high >>> 0).toNumber();
          }
        }
        if (object.deleted != null) {
          if (object.deleted)
            message.deleted = $Boolean(object.deleted);
        }
        if (object.edits) {
          if (!$Array.isArray(object.edits))
            throw $TypeError(".tern.v1.Message.edits: array expected");
          message.edits = $Array(object.edits.length);
          for (let i = 0; i < object.edits.length; ++i)
            if ($util.Long)
              message.edits[i] = $util.Long.fromValue(object.edits[i], true);
            else if (typeof object.edits[i] === "string")
              message.edits[i] = $parseInt(object.edits[i], 10);
            else if (typeof object.edits[i] === "number")
              message.edits[i] = object.edits[i];
            else if (typeof object.edits[i] === "object")
              message.edits[i] = new $util.LongBits(object.edits[i].low >>> 0, object.edits[i].high >>> 0).toNumber(true);
        }
        return message;
      };
      Message.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.arrays || options.defaults)
          object.edits = [];
        if (options.defaults) {
          object.channel_id = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          object.sender_id = "";
          object.client_msg_id = "";
          object.body = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, false);
            object.sent_at_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.sent_at_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          object.event = null;
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.edit_of = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.edit_of = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.delete_of = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.delete_of = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          if ($util.Long) {
            let long = new $util.Long(0, 0, false);
            object.edited_at_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.edited_at_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          object.deleted = false;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
          else if (typeof message.seq === "number")
            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
          else
            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
        if (message.sender_id != null && $Object.hasOwnProperty.call(message, "sender_id"))
          object.sender_id = message.sender_id;
        if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id"))
          object.client_msg_id = message.client_msg_id;
        if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
          object.body = message.body;
        if (message.sent_at_ms != null && $Object.hasOwnProperty.call(message, "sent_at_ms"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.sent_at_ms = typeof message.sent_at_ms === "number" ? $BigInt(message.sent_at_ms) : $util.Long.fromBits(message.sent_at_ms.low >>> 0, message.sent_at_ms.high >>> 0, false).toBigInt();
          else if (typeof message.sent_at_ms === "number")
            object.sent_at_ms = options.longs === $String ? $String(message.sent_at_ms) : message.sent_at_ms;
          else
            object.sent_at_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.sent_at_ms) : options.longs === $Number ? new $util.LongBits(message.sent_at_ms.low >>> 0, message.sent_at_ms.high >>> 0).toNumber() : message.sent_at_ms;
        if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
          object.event = $root.tern.v1.ChannelEvent.toObject(message.event, options, _depth + 1);
        if (message.edit_of != null && $Object.hasOwnProperty.call(message, "edit_of"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.edit_of = typeof message.edit_of === "number" ? $BigInt(message.edit_of) : $util.Long.fromBits(message.edit_of.low >>> 0, message.edit_of.high >>> 0, true).toBigInt();
          else if (typeof message.edit_of === "number")
            object.edit_of = options.longs === $String ? $String(message.edit_of) : message.edit_of;
          else
            object.edit_of = options.longs === $String ? $util.Long.prototype.toString.call(message.edit_of) : options.longs === $Number ? new $util.LongBits(message.edit_of.low >>> 0, message.edit_of.high >>> 0).toNumber(true) : message.edit_of;
        if (message.delete_of != null && $Object.hasOwnProperty.call(message, "delete_of"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.delete_of = typeof message.delete_of === "number" ? $BigInt(message.delete_of) : $util.Long.fromBits(message.delete_of.low >>> 0, message.delete_of.high >>> 0, true).toBigInt();
          else if (typeof message.delete_of === "number")
            object.delete_of = options.longs === $String ? $String(message.delete_of) : message.delete_of;
          else
            object.delete_of = options.longs === $String ? $util.Long.prototype.toString.call(message.delete_of) : options.longs === $Number ? new $util.LongBits(message.delete_of.low >>> 0, message.delete_of.high >>> 0).toNumber(true) : message.delete_of;
        if (message.edited_at_ms != null && $Object.hasOwnProperty.call(message, "edited_at_ms"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.edited_at_ms = typeof message.edited_at_ms === "number" ? $BigInt(message.edited_at_ms) : $util.Long.fromBits(message.edited_at_ms.low >>> 0, message.edited_at_ms.high >>> 0, false).toBigInt();
          else if (typeof message.edited_at_ms === "number")
            object.edited_at_ms = options.longs === $String ? $String(message.edited_at_ms) : message.edited_at_ms;
          else
            object.edited_at_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.edited_at_ms) : options.longs === $Number ? new $util.LongBits(message.edited_at_ms.low >>> 0, message.edited_at_ms.high >>> 0).toNumber() : message.edited_at_ms;
        if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
          object.deleted = message.deleted;
        if (message.edits && message.edits.length) {
          object.edits = $Array(message.edits.length);
          for (let j = 0; j < message.edits.length; ++j)
            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
              object.edits[j] = typeof message.edits[j] === "number" ? $BigInt(message.edits[j]) : $util.Long.fromBits(message.edits[j].low >>> 0, message.edits[j].high >>> 0, true).toBigInt();
            else if (typeof message.edits[j] === "number")
              object.edits[j] = options.longs === $String ? $String(message.edits[j]) : message.edits[j];
            else
              object.edits[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.edits[j]) : options.longs === $Number ? new $util.LongBits(message.edits[j].low >>> 0, message.edits[j].high >>> 0).toNumber(true) : message.edits[j];
        }
        return object;
      };
      Message.prototype.toJSON = function() {
        return Message.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Message;
    })();
    v1.ChannelEvent = (function() {
      const ChannelEvent = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      ChannelEvent.prototype.kind = 0;
      ChannelEvent.prototype.user_id = "";
      ChannelEvent.prototype.name = "";
      ChannelEvent.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
          writer.uint32(
            /* id 1, wireType 0 =*/
            8
          ).int32(message.kind);
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).string(message.user_id);
        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
          writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).string(message.name);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      ChannelEvent.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.ChannelEvent();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (value = reader.int32())
                message.kind = value;
              else
                delete message.kind;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.user_id = value;
              else
                delete message.user_id;
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.name = value;
              else
                delete message.name;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      ChannelEvent.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.ChannelEvent)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.ChannelEvent: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.ChannelEvent();
        if (object.kind !== 0 && (typeof object.kind !== "string" || $root.tern.v1.ChannelEvent.Kind[object.kind] !== 0))
          switch (object.kind) {
            case "KIND_UNSPECIFIED":
            case 0:
              message.kind = 0;
              break;
            case "MEMBER_ADDED":
            case 1:
              message.kind = 1;
              break;
            case "MEMBER_REMOVED":
            case 2:
              message.kind = 2;
              break;
            case "MEMBER_LEFT":
            case 3:
              message.kind = 3;
              break;
            case "RENAMED":
            case 4:
              message.kind = 4;
              break;
            case "ADMIN_ADDED":
            case 5:
              message.kind = 5;
              break;
            case "ADMIN_REMOVED":
            case 6:
              message.kind = 6;
              break;
            case "OWNER_CHANGED":
            case 7:
              message.kind = 7;
              break;
            default:
              if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                message.kind = object.kind;
          }
        if (object.user_id != null) {
          if (typeof object.user_id !== "string" || object.user_id.length)
            message.user_id = $String(object.user_id);
        }
        if (object.name != null) {
          if (typeof object.name !== "string" || object.name.length)
            message.name = $String(object.name);
        }
        return message;
      };
      ChannelEvent.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.kind = options.enums === $String ? "KIND_UNSPECIFIED" : 0;
          object.user_id = "";
          object.name = "";
        }
        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
          object.kind = options.enums === $String ? $root.tern.v1.ChannelEvent.Kind[message.kind] === $undefined ? message.kind : $root.tern.v1.ChannelEvent.Kind[message.kind] : message.kind;
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
          object.user_id = message.user_id;
        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
          object.name = message.name;
        return object;
      };
      ChannelEvent.prototype.toJSON = function() {
        return ChannelEvent.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      ChannelEvent.Kind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
        values[valuesById[1] = "MEMBER_ADDED"] = 1;
        values[valuesById[2] = "MEMBER_REMOVED"] = 2;
        values[valuesById[3] = "MEMBER_LEFT"] = 3;
        values[valuesById[4] = "RENAMED"] = 4;
        values[valuesById[5] = "ADMIN_ADDED"] = 5;
        values[valuesById[6] = "ADMIN_REMOVED"] = 6;
        values[valuesById[7] = "OWNER_CHANGED"] = 7;
        return values;
      })();
      return ChannelEvent;
    })();
    v1.Ack = (function() {
      const Ack = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Ack.prototype.channel_id = "";
      Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Ack.prototype.client_msg_id = "";
      Ack.prototype.server_time_ms = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Ack.prototype.duplicate = false;
      Ack.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).uint64(message.seq);
        if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id") && message.client_msg_id !== "")
          writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).string(message.client_msg_id);
        if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms") && (typeof message.server_time_ms === "object" ? message.server_time_ms.low || message.server_time_ms.high : message.server_time_ms !== 0))
          writer.uint32(
            /* id 4, wireType 0 =*/
            32
          ).int64(message.server_time_ms);
        if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
          writer.uint32(
            /* id 5, wireType 0 =*/
            40
          ).bool(message.duplicate);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Ack.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Ack();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.seq = value;
              else
                delete message.seq;
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.client_msg_id = value;
              else
                delete message.client_msg_id;
              continue;
            }
            case 4: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.server_time_ms = value;
              else
                delete message.server_time_ms;
              continue;
            }
            case 5: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.duplicate = value;
              else
                delete message.duplicate;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Ack.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Ack)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Ack: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.Ack();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.seq != null) {
          if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0) {
            if ($util.Long)
              message.seq = $util.Long.fromValue(object.seq, true);
            else if (typeof object.seq === "string")
              message.seq = $parseInt(object.seq, 10);
            else if (typeof object.seq === "number")
              message.seq = object.seq;
            else if (typeof object.seq === "object")
              message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
          }
        }
        if (object.client_msg_id != null) {
          if (typeof object.client_msg_id !== "string" || object.client_msg_id.length)
            message.client_msg_id = $String(object.client_msg_id);
        }
        if (object.server_time_ms != null) {
          if (typeof object.server_time_ms === "object" ? object.server_time_ms.low || object.server_time_ms.high : $Number(object.server_time_ms) !== 0) {
            if ($util.Long)
              message.server_time_ms = $util.Long.fromValue(object.server_time_ms, false);
            else if (typeof object.server_time_ms === "string")
              message.server_time_ms = $parseInt(object.server_time_ms, 10);
            else if (typeof object.server_time_ms === "number")
              message.server_time_ms = object.server_time_ms;
            else if (typeof object.server_time_ms === "object")
              message.server_time_ms = new $util.LongBits(object.server_time_ms.low >>> 0, object.server_time_ms.high >>> 0).toNumber();
          }
        }
        if (object.duplicate != null) {
          if (object.duplicate)
            message.duplicate = $Boolean(object.duplicate);
        }
        return message;
      };
      Ack.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.channel_id = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          object.client_msg_id = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, false);
            object.server_time_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.server_time_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          object.duplicate = false;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
          else if (typeof message.seq === "number")
            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
          else
            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
        if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id"))
          object.client_msg_id = message.client_msg_id;
        if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.server_time_ms = typeof message.server_time_ms === "number" ? $BigInt(message.server_time_ms) : $util.Long.fromBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0, false).toBigInt();
          else if (typeof message.server_time_ms === "number")
            object.server_time_ms = options.longs === $String ? $String(message.server_time_ms) : message.server_time_ms;
          else
            object.server_time_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.server_time_ms) : options.longs === $Number ? new $util.LongBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0).toNumber() : message.server_time_ms;
        if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate"))
          object.duplicate = message.duplicate;
        return object;
      };
      Ack.prototype.toJSON = function() {
        return Ack.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Ack;
    })();
    v1.Deliver = (function() {
      const Deliver = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Deliver.prototype.message = null;
      Deliver.prototype.cursor = $util.newBuffer([]);
      Deliver.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
          $root.tern.v1.Message.encode(message.message, writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).fork(), _depth + 1).ldelim();
        if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor.length)
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).bytes(message.cursor);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Deliver.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Deliver();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              message.message = $root.tern.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.bytes()).length)
                message.cursor = value;
              else
                delete message.cursor;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Deliver.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Deliver)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Deliver: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.Deliver();
        if (object.message != null) {
          if (!$util.isObject(object.message))
            throw $TypeError(".tern.v1.Deliver.message: object expected");
          message.message = $root.tern.v1.Message.fromObject(object.message, _depth + 1);
        }
        if (object.cursor != null) {
          if (object.cursor.length) {
            if (typeof object.cursor === "string")
              $util.base64.decode(object.cursor, message.cursor = $util.newBuffer($util.base64.length(object.cursor)), 0);
            else if (object.cursor.length >= 0)
              message.cursor = object.cursor;
          }
        }
        return message;
      };
      Deliver.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.message = null;
          if (options.bytes === $String)
            object.cursor = "";
          else {
            object.cursor = [];
            if (options.bytes !== $Array)
              object.cursor = $util.newBuffer(object.cursor);
          }
        }
        if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
          object.message = $root.tern.v1.Message.toObject(message.message, options, _depth + 1);
        if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
          object.cursor = options.bytes === $String ? $util.base64.encode(message.cursor, 0, message.cursor.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.cursor) : message.cursor;
        return object;
      };
      Deliver.prototype.toJSON = function() {
        return Deliver.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Deliver;
    })();
    v1.InboxEntry = (function() {
      const InboxEntry = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      InboxEntry.prototype.cursor = $util.newBuffer([]);
      InboxEntry.prototype.message = null;
      InboxEntry.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor.length)
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).bytes(message.cursor);
        if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
          $root.tern.v1.Message.encode(message.message, writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      InboxEntry.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.InboxEntry();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.bytes()).length)
                message.cursor = value;
              else
                delete message.cursor;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              message.message = $root.tern.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      InboxEntry.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.InboxEntry)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.InboxEntry: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.InboxEntry();
        if (object.cursor != null) {
          if (object.cursor.length) {
            if (typeof object.cursor === "string")
              $util.base64.decode(object.cursor, message.cursor = $util.newBuffer($util.base64.length(object.cursor)), 0);
            else if (object.cursor.length >= 0)
              message.cursor = object.cursor;
          }
        }
        if (object.message != null) {
          if (!$util.isObject(object.message))
            throw $TypeError(".tern.v1.InboxEntry.message: object expected");
          message.message = $root.tern.v1.Message.fromObject(object.message, _depth + 1);
        }
        return message;
      };
      InboxEntry.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          if (options.bytes === $String)
            object.cursor = "";
          else {
            object.cursor = [];
            if (options.bytes !== $Array)
              object.cursor = $util.newBuffer(object.cursor);
          }
          object.message = null;
        }
        if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
          object.cursor = options.bytes === $String ? $util.base64.encode(message.cursor, 0, message.cursor.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.cursor) : message.cursor;
        if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
          object.message = $root.tern.v1.Message.toObject(message.message, options, _depth + 1);
        return object;
      };
      InboxEntry.prototype.toJSON = function() {
        return InboxEntry.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return InboxEntry;
    })();
    v1.SyncPage = (function() {
      const SyncPage = function(properties) {
        this.entries = [];
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      SyncPage.prototype.entries = $util.emptyArray;
      SyncPage.prototype.more = false;
      SyncPage.prototype.next_cursor = $util.newBuffer([]);
      SyncPage.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.entries != null && message.entries.length)
          for (let i = 0; i < message.entries.length; ++i)
            $root.tern.v1.InboxEntry.encode(message.entries[i], writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).fork(), _depth + 1).ldelim();
        if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).bool(message.more);
        if (message.next_cursor != null && $Object.hasOwnProperty.call(message, "next_cursor") && message.next_cursor.length)
          writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).bytes(message.next_cursor);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      SyncPage.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.SyncPage();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if (!(message.entries && message.entries.length))
                message.entries = [];
              message.entries.push($root.tern.v1.InboxEntry.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.more = value;
              else
                delete message.more;
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              if ((value = reader.bytes()).length)
                message.next_cursor = value;
              else
                delete message.next_cursor;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      SyncPage.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.SyncPage)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.SyncPage: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.SyncPage();
        if (object.entries) {
          if (!$Array.isArray(object.entries))
            throw $TypeError(".tern.v1.SyncPage.entries: array expected");
          message.entries = $Array(object.entries.length);
          for (let i = 0; i < object.entries.length; ++i) {
            if (!$util.isObject(object.entries[i]))
              throw $TypeError(".tern.v1.SyncPage.entries: object expected");
            message.entries[i] = $root.tern.v1.InboxEntry.fromObject(object.entries[i], _depth + 1);
          }
        }
        if (object.more != null) {
          if (object.more)
            message.more = $Boolean(object.more);
        }
        if (object.next_cursor != null) {
          if (object.next_cursor.length) {
            if (typeof object.next_cursor === "string")
              $util.base64.decode(object.next_cursor, message.next_cursor = $util.newBuffer($util.base64.length(object.next_cursor)), 0);
            else if (object.next_cursor.length >= 0)
              message.next_cursor = object.next_cursor;
          }
        }
        return message;
      };
      SyncPage.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.arrays || options.defaults)
          object.entries = [];
        if (options.defaults) {
          object.more = false;
          if (options.bytes === $String)
            object.next_cursor = "";
          else {
            object.next_cursor = [];
            if (options.bytes !== $Array)
              object.next_cursor = $util.newBuffer(object.next_cursor);
          }
        }
        if (message.entries && message.entries.length) {
          object.entries = $Array(message.entries.length);
          for (let j = 0; j < message.entries.length; ++j)
            object.entries[j] = $root.tern.v1.InboxEntry.toObject(message.entries[j], options, _depth + 1);
        }
        if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
          object.more = message.more;
        if (message.next_cursor != null && $Object.hasOwnProperty.call(message, "next_cursor"))
          object.next_cursor = options.bytes === $String ? $util.base64.encode(message.next_cursor, 0, message.next_cursor.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.next_cursor) : message.next_cursor;
        return object;
      };
      SyncPage.prototype.toJSON = function() {
        return SyncPage.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return SyncPage;
    })();
    v1.HistoryPage = (function() {
      const HistoryPage = function(properties) {
        this.messages = [];
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      HistoryPage.prototype.channel_id = "";
      HistoryPage.prototype.messages = $util.emptyArray;
      HistoryPage.prototype.has_older = false;
      HistoryPage.prototype.has_newer = false;
      HistoryPage.prototype.last_seq = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      HistoryPage.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.messages != null && message.messages.length)
          for (let i = 0; i < message.messages.length; ++i)
            $root.tern.v1.Message.encode(message.messages[i], writer.uint32(
              /* id 2, wireType 2 =*/
              18
            ).fork(), _depth + 1).ldelim();
        if (message.has_older != null && $Object.hasOwnProperty.call(message, "has_older") && message.has_older !== false)
          writer.uint32(
            /* id 3, wireType 0 =*/
            24
          ).bool(message.has_older);
        if (message.has_newer != null && $Object.hasOwnProperty.call(message, "has_newer") && message.has_newer !== false)
          writer.uint32(
            /* id 4, wireType 0 =*/
            32
          ).bool(message.has_newer);
        if (message.last_seq != null && $Object.hasOwnProperty.call(message, "last_seq") && (typeof message.last_seq === "object" ? message.last_seq.low || message.last_seq.high : message.last_seq !== 0))
          writer.uint32(
            /* id 5, wireType 0 =*/
            40
          ).uint64(message.last_seq);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      HistoryPage.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.HistoryPage();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if (!(message.messages && message.messages.length))
                message.messages = [];
              message.messages.push($root.tern.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.has_older = value;
              else
                delete message.has_older;
              continue;
            }
            case 4: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.has_newer = value;
              else
                delete message.has_newer;
              continue;
            }
            case 5: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.last_seq = value;
              else
                delete message.last_seq;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      HistoryPage.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.HistoryPage)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.HistoryPage: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.HistoryPage();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.messages) {
          if (!$Array.isArray(object.messages))
            throw $TypeError(".tern.v1.HistoryPage.messages: array expected");
          message.messages = $Array(object.messages.length);
          for (let i = 0; i < object.messages.length; ++i) {
            if (!$util.isObject(object.messages[i]))
              throw $TypeError(".tern.v1.HistoryPage.messages: object expected");
            message.messages[i] = $root.tern.v1.Message.fromObject(object.messages[i], _depth + 1);
          }
        }
        if (object.has_older != null) {
          if (object.has_older)
            message.has_older = $Boolean(object.has_older);
        }
        if (object.has_newer != null) {
          if (object.has_newer)
            message.has_newer = $Boolean(object.has_newer);
        }
        if (object.last_seq != null) {
          if (typeof object.last_seq === "object" ? object.last_seq.low || object.last_seq.high : $Number(object.last_seq) !== 0) {
            if ($util.Long)
              message.last_seq = $util.Long.fromValue(object.last_seq, true);
            else if (typeof object.last_seq === "string")
              message.last_seq = $parseInt(object.last_seq, 10);
            else if (typeof object.last_seq === "number")
              message.last_seq = object.last_seq;
            else if (typeof object.last_seq === "object")
              message.last_seq = new $util.LongBits(object.last_seq.low >>> 0, object.last_seq.high >>> 0).toNumber(true);
          }
        }
        return message;
      };
      HistoryPage.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.arrays || options.defaults)
          object.messages = [];
        if (options.defaults) {
          object.channel_id = "";
          object.has_older = false;
          object.has_newer = false;
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.last_seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.last_seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.messages && message.messages.length) {
          object.messages = $Array(message.messages.length);
          for (let j = 0; j < message.messages.length; ++j)
            object.messages[j] = $root.tern.v1.Message.toObject(message.messages[j], options, _depth + 1);
        }
        if (message.has_older != null && $Object.hasOwnProperty.call(message, "has_older"))
          object.has_older = message.has_older;
        if (message.has_newer != null && $Object.hasOwnProperty.call(message, "has_newer"))
          object.has_newer = message.has_newer;
        if (message.last_seq != null && $Object.hasOwnProperty.call(message, "last_seq"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.last_seq = typeof message.last_seq === "number" ? $BigInt(message.last_seq) : $util.Long.fromBits(message.last_seq.low >>> 0, message.last_seq.high >>> 0, true).toBigInt();
          else if (typeof message.last_seq === "number")
            object.last_seq = options.longs === $String ? $String(message.last_seq) : message.last_seq;
          else
            object.last_seq = options.longs === $String ? $util.Long.prototype.toString.call(message.last_seq) : options.longs === $Number ? new $util.LongBits(message.last_seq.low >>> 0, message.last_seq.high >>> 0).toNumber(true) : message.last_seq;
        return object;
      };
      HistoryPage.prototype.toJSON = function() {
        return HistoryPage.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return HistoryPage;
    })();
    v1.PresenceStatus = (function() {
      const valuesById = $Object.create(null), values = $Object.create(valuesById);
      values[valuesById[0] = "PRESENCE_STATUS_OFFLINE"] = 0;
      values[valuesById[1] = "PRESENCE_STATUS_ONLINE"] = 1;
      return values;
    })();
    v1.Presence = (function() {
      const Presence = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Presence.prototype.user_id = "";
      Presence.prototype.status = 0;
      Presence.prototype.last_active_at_ms = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Presence.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.user_id);
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).int32(message.status);
        if (message.last_active_at_ms != null && $Object.hasOwnProperty.call(message, "last_active_at_ms") && (typeof message.last_active_at_ms === "object" ? message.last_active_at_ms.low || message.last_active_at_ms.high : message.last_active_at_ms !== 0))
          writer.uint32(
            /* id 3, wireType 0 =*/
            24
          ).int64(message.last_active_at_ms);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Presence.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Presence();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.user_id = value;
              else
                delete message.user_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (value = reader.int32())
                message.status = value;
              else
                delete message.status;
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.last_active_at_ms = value;
              else
                delete message.last_active_at_ms;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Presence.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Presence)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Presence: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.Presence();
        if (object.user_id != null) {
          if (typeof object.user_id !== "string" || object.user_id.length)
            message.user_id = $String(object.user_id);
        }
        if (object.status !== 0 && (typeof object.status !== "string" || $root.tern.v1.PresenceStatus[object.status] !== 0))
          switch (object.status) {
            case "PRESENCE_STATUS_OFFLINE":
            case 0:
              message.status = 0;
              break;
            case "PRESENCE_STATUS_ONLINE":
            case 1:
              message.status = 1;
              break;
            default:
              if (typeof object.status === "number" && (object.status | 0) === object.status)
                message.status = object.status;
          }
        if (object.last_active_at_ms != null) {
          if (typeof object.last_active_at_ms === "object" ? object.last_active_at_ms.low || object.last_active_at_ms.high : $Number(object.last_active_at_ms) !== 0) {
            if ($util.Long)
              message.last_active_at_ms = $util.Long.fromValue(object.last_active_at_ms, false);
            else if (typeof object.last_active_at_ms === "string")
              message.last_active_at_ms = $parseInt(object.last_active_at_ms, 10);
            else if (typeof object.last_active_at_ms === "number")
              message.last_active_at_ms = object.last_active_at_ms;
            else if (typeof object.last_active_at_ms === "object")
              message.last_active_at_ms = new $util.LongBits(object.last_active_at_ms.low >>> 0, object.last_active_at_ms.high >>> 0).toNumber();
          }
        }
        return message;
      };
      Presence.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.user_id = "";
          object.status = options.enums === $String ? "PRESENCE_STATUS_OFFLINE" : 0;
          if ($util.Long) {
            let long = new $util.Long(0, 0, false);
            object.last_active_at_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.last_active_at_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        }
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
          object.user_id = message.user_id;
        if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
          object.status = options.enums === $String ? $root.tern.v1.PresenceStatus[message.status] === $undefined ? message.status : $root.tern.v1.PresenceStatus[message.status] : message.status;
        if (message.last_active_at_ms != null && $Object.hasOwnProperty.call(message, "last_active_at_ms"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.last_active_at_ms = typeof message.last_active_at_ms === "number" ? $BigInt(message.last_active_at_ms) : $util.Long.fromBits(message.last_active_at_ms.low >>> 0, message.last_active_at_ms.high >>> 0, false).toBigInt();
          else if (typeof message.last_active_at_ms === "number")
            object.last_active_at_ms = options.longs === $String ? $String(message.last_active_at_ms) : message.last_active_at_ms;
          else
            object.last_active_at_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.last_active_at_ms) : options.longs === $Number ? new $util.LongBits(message.last_active_at_ms.low >>> 0, message.last_active_at_ms.high >>> 0).toNumber() : message.last_active_at_ms;
        return object;
      };
      Presence.prototype.toJSON = function() {
        return Presence.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Presence;
    })();
    v1.PresenceResult = (function() {
      const PresenceResult = function(properties) {
        this.presences = [];
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      PresenceResult.prototype.presences = $util.emptyArray;
      PresenceResult.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.presences != null && message.presences.length)
          for (let i = 0; i < message.presences.length; ++i)
            $root.tern.v1.Presence.encode(message.presences[i], writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      PresenceResult.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.PresenceResult();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if (!(message.presences && message.presences.length))
                message.presences = [];
              message.presences.push($root.tern.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      PresenceResult.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.PresenceResult)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.PresenceResult: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.PresenceResult();
        if (object.presences) {
          if (!$Array.isArray(object.presences))
            throw $TypeError(".tern.v1.PresenceResult.presences: array expected");
          message.presences = $Array(object.presences.length);
          for (let i = 0; i < object.presences.length; ++i) {
            if (!$util.isObject(object.presences[i]))
              throw $TypeError(".tern.v1.PresenceResult.presences: object expected");
            message.presences[i] = $root.tern.v1.Presence.fromObject(object.presences[i], _depth + 1);
          }
        }
        return message;
      };
      PresenceResult.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.arrays || options.defaults)
          object.presences = [];
        if (message.presences && message.presences.length) {
          object.presences = $Array(message.presences.length);
          for (let j = 0; j < message.presences.length; ++j)
            object.presences[j] = $root.tern.v1.Presence.toObject(message.presences[j], options, _depth + 1);
        }
        return object;
      };
      PresenceResult.prototype.toJSON = function() {
        return PresenceResult.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return PresenceResult;
    })();
    v1.PresenceEvent = (function() {
      const PresenceEvent = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      PresenceEvent.prototype.presence = null;
      PresenceEvent.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
          $root.tern.v1.Presence.encode(message.presence, writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      PresenceEvent.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.PresenceEvent();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              message.presence = $root.tern.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      PresenceEvent.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.PresenceEvent)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.PresenceEvent: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.PresenceEvent();
        if (object.presence != null) {
          if (!$util.isObject(object.presence))
            throw $TypeError(".tern.v1.PresenceEvent.presence: object expected");
          message.presence = $root.tern.v1.Presence.fromObject(object.presence, _depth + 1);
        }
        return message;
      };
      PresenceEvent.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults)
          object.presence = null;
        if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
          object.presence = $root.tern.v1.Presence.toObject(message.presence, options, _depth + 1);
        return object;
      };
      PresenceEvent.prototype.toJSON = function() {
        return PresenceEvent.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return PresenceEvent;
    })();
    v1.HeartbeatAck = (function() {
      const HeartbeatAck = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      HeartbeatAck.prototype.server_time_ms = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      HeartbeatAck.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms") && (typeof message.server_time_ms === "object" ? message.server_time_ms.low || message.server_time_ms.high : message.server_time_ms !== 0))
          writer.uint32(
            /* id 1, wireType 0 =*/
            8
          ).int64(message.server_time_ms);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      HeartbeatAck.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.HeartbeatAck();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.server_time_ms = value;
              else
                delete message.server_time_ms;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      HeartbeatAck.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.HeartbeatAck)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.HeartbeatAck: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.HeartbeatAck();
        if (object.server_time_ms != null) {
          if (typeof object.server_time_ms === "object" ? object.server_time_ms.low || object.server_time_ms.high : $Number(object.server_time_ms) !== 0) {
            if ($util.Long)
              message.server_time_ms = $util.Long.fromValue(object.server_time_ms, false);
            else if (typeof object.server_time_ms === "string")
              message.server_time_ms = $parseInt(object.server_time_ms, 10);
            else if (typeof object.server_time_ms === "number")
              message.server_time_ms = object.server_time_ms;
            else if (typeof object.server_time_ms === "object")
              message.server_time_ms = new $util.LongBits(object.server_time_ms.low >>> 0, object.server_time_ms.high >>> 0).toNumber();
          }
        }
        return message;
      };
      HeartbeatAck.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults)
          if ($util.Long) {
            let long = new $util.Long(0, 0, false);
            object.server_time_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.server_time_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.server_time_ms = typeof message.server_time_ms === "number" ? $BigInt(message.server_time_ms) : $util.Long.fromBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0, false).toBigInt();
          else if (typeof message.server_time_ms === "number")
            object.server_time_ms = options.longs === $String ? $String(message.server_time_ms) : message.server_time_ms;
          else
            object.server_time_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.server_time_ms) : options.longs === $Number ? new $util.LongBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0).toNumber() : message.server_time_ms;
        return object;
      };
      HeartbeatAck.prototype.toJSON = function() {
        return HeartbeatAck.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return HeartbeatAck;
    })();
    v1.ChannelKind = (function() {
      const valuesById = $Object.create(null), values = $Object.create(valuesById);
      values[valuesById[0] = "CHANNEL_KIND_DIRECT"] = 0;
      values[valuesById[1] = "CHANNEL_KIND_GROUP"] = 1;
      return values;
    })();
    v1.Conversation = (function() {
      const Conversation = function(properties) {
        this.members = [];
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Conversation.prototype.channel_id = "";
      Conversation.prototype.kind = 0;
      Conversation.prototype.name = "";
      Conversation.prototype.members = $util.emptyArray;
      Conversation.prototype.last_seq = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Conversation.prototype.read_seq = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Conversation.prototype.unread = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      Conversation.prototype.last_message = null;
      Conversation.prototype.last_activity_ms = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Conversation.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).int32(message.kind);
        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
          writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).string(message.name);
        if (message.members != null && message.members.length)
          for (let i = 0; i < message.members.length; ++i)
            writer.uint32(
              /* id 4, wireType 2 =*/
              34
            ).string(message.members[i]);
        if (message.last_seq != null && $Object.hasOwnProperty.call(message, "last_seq") && (typeof message.last_seq === "object" ? message.last_seq.low || message.last_seq.high : message.last_seq !== 0))
          writer.uint32(
            /* id 5, wireType 0 =*/
            40
          ).uint64(message.last_seq);
        if (message.read_seq != null && $Object.hasOwnProperty.call(message, "read_seq") && (typeof message.read_seq === "object" ? message.read_seq.low || message.read_seq.high : message.read_seq !== 0))
          writer.uint32(
            /* id 6, wireType 0 =*/
            48
          ).uint64(message.read_seq);
        if (message.unread != null && $Object.hasOwnProperty.call(message, "unread") && (typeof message.unread === "object" ? message.unread.low || message.unread.high : message.unread !== 0))
          writer.uint32(
            /* id 7, wireType 0 =*/
            56
          ).uint64(message.unread);
        if (message.last_message != null && $Object.hasOwnProperty.call(message, "last_message"))
          $root.tern.v1.Message.encode(message.last_message, writer.uint32(
            /* id 8, wireType 2 =*/
            66
          ).fork(), _depth + 1).ldelim();
        if (message.last_activity_ms != null && $Object.hasOwnProperty.call(message, "last_activity_ms") && (typeof message.last_activity_ms === "object" ? message.last_activity_ms.low || message.last_activity_ms.high : message.last_activity_ms !== 0))
          writer.uint32(
            /* id 9, wireType 0 =*/
            72
          ).int64(message.last_activity_ms);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Conversation.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Conversation();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (value = reader.int32())
                message.kind = value;
              else
                delete message.kind;
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.name = value;
              else
                delete message.name;
              continue;
            }
            case 4: {
              if (wireType !== 2)
                break;
              if (!(message.members && message.members.length))
                message.members = [];
              message.members.push(reader.stringVerify());
              continue;
            }
            case 5: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.last_seq = value;
              else
                delete message.last_seq;
              continue;
            }
            case 6: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.read_seq = value;
              else
                delete message.read_seq;
              continue;
            }
            case 7: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.unread = value;
              else
                delete message.unread;
              continue;
            }
            case 8: {
              if (wireType !== 2)
                break;
              message.last_message = $root.tern.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.last_message);
              continue;
            }
            case 9: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.last_activity_ms = value;
              else
                delete message.last_activity_ms;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Conversation.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Conversation)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Conversation: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.Conversation();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.kind !== 0 && (typeof object.kind !== "string" || $root.tern.v1.ChannelKind[object.kind] !== 0))
          switch (object.kind) {
            case "CHANNEL_KIND_DIRECT":
            case 0:
              message.kind = 0;
              break;
            case "CHANNEL_KIND_GROUP":
            case 1:
              message.kind = 1;
              break;
            default:
              if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                message.kind = object.kind;
          }
        if (object.name != null) {
          if (typeof object.name !== "string" || object.name.length)
            message.name = $String(object.name);
        }
        if (object.members) {
          if (!$Array.isArray(object.members))
            throw $TypeError(".tern.v1.Conversation.members: array expected");
          message.members = $Array(object.members.length);
          for (let i = 0; i < object.members.length; ++i)
            message.members[i] = $String(object.members[i]);
        }
        if (object.last_seq != null) {
          if (typeof object.last_seq === "object" ? object.last_seq.low || object.last_seq.high : $Number(object.last_seq) !== 0) {
            if ($util.Long)
              message.last_seq = $util.Long.fromValue(object.last_seq, true);
            else if (typeof object.last_seq === "string")
              message.last_seq = $parseInt(object.last_seq, 10);
            else if (typeof object.last_seq === "number")
              message.last_seq = object.last_seq;
            else if (typeof object.last_seq === "object")
              message.last_seq = new $util.LongBits(object.last_seq.low >>> 0, object.last_seq.high >>> 0).toNumber(true);
          }
        }
        if (object.read_seq != null) {
          if (typeof object.read_seq === "object" ? object.read_seq.low || object.read_seq.high : $Number(object.read_seq) !== 0) {
            if ($util.Long)
              message.read_seq = $util.Long.fromValue(object.read_seq, true);
            else if (typeof object.read_seq === "string")
              message.read_seq = $parseInt(object.read_seq, 10);
            else if (typeof object.read_seq === "number")
              message.read_seq = object.read_seq;
            else if (typeof object.read_seq === "object")
              message.read_seq = new $util.LongBits(object.read_seq.low >>> 0, object.read_seq.high >>> 0).toNumber(true);
          }
        }
        if (object.unread != null) {
          if (typeof object.unread === "object" ? object.unread.low || object.unread.high : $Number(object.unread) !== 0) {
            if ($util.Long)
              message.unread = $util.Long.fromValue(object.unread, true);
            else if (typeof object.unread === "string")
              message.unread = $parseInt(object.unread, 10);
            else if (typeof object.unread === "number")
              message.unread = object.unread;
            else if (typeof object.unread === "object")
              message.unread = new $util.LongBits(object.unread.low >>> 0, object.unread.high >>> 0).toNumber(true);
          }
        }
        if (object.last_message != null) {
          if (!$util.isObject(object.last_message))
            throw $TypeError(".tern.v1.Conversation.last_message: object expected");
          message.last_message = $root.tern.v1.Message.fromObject(object.last_message, _depth + 1);
        }
        if (object.last_activity_ms != null) {
          if (typeof object.last_activity_ms === "object" ? object.last_activity_ms.low || object.last_activity_ms.high : $Number(object.last_activity_ms) !== 0) {
            if ($util.Long)
              message.last_activity_ms = $util.Long.fromValue(object.last_activity_ms, false);
            else if (typeof object.last_activity_ms === "string")
              message.last_activity_ms = $parseInt(object.last_activity_ms, 10);
            else if (typeof object.last_activity_ms === "number")
              message.last_activity_ms = object.last_activity_ms;
            else if (typeof object.last_activity_ms === "object")
              message.last_activity_ms = new $util.LongBits(object.last_activity_ms.low >>> 0, object.last_activity_ms.high >>> 0).toNumber();
          }
        }
        return message;
      };
      Conversation.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.arrays || options.defaults)
          object.members = [];
        if (options.defaults) {
          object.channel_id = "";
          object.kind = options.enums === $String ? "CHANNEL_KIND_DIRECT" : 0;
          object.name = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.last_seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.last_seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.read_seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.read_seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.unread = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.unread = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
          object.last_message = null;
          if ($util.Long) {
            let long = new $util.Long(0, 0, false);
            object.last_activity_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.last_activity_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
          object.kind = options.enums === $String ? $root.tern.v1.ChannelKind[message.kind] === $undefined ? message.kind : $root.tern.v1.ChannelKind[message.kind] : message.kind;
        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
          object.name = message.name;
        if (message.members && message.members.length) {
          object.members = $Array(message.members.length);
          for (let j = 0; j < message.members.length; ++j)
            object.members[j] = message.members[j];
        }
        if (message.last_seq != null && $Object.hasOwnProperty.call(message, "last_seq"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.last_seq = typeof message.last_seq === "number" ? $BigInt(message.last_seq) : $util.Long.fromBits(message.last_seq.low >>> 0, message.last_seq.high >>> 0, true).toBigInt();
          else if (typeof message.last_seq === "number")
            object.last_seq = options.longs === $String ? $String(message.last_seq) : message.last_seq;
          else
            object.last_seq = options.longs === $String ? $util.Long.prototype.toString.call(message.last_seq) : options.longs === $Number ? new $util.LongBits(message.last_seq.low >>> 0, message.last_seq.high >>> 0).toNumber(true) : message.last_seq;
        if (message.read_seq != null && $Object.hasOwnProperty.call(message, "read_seq"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.read_seq = typeof message.read_seq === "number" ? $BigInt(message.read_seq) : $util.Long.fromBits(message.read_seq.low >>> 0, message.read_seq.high >>> 0, true).toBigInt();
          else if (typeof message.read_seq === "number")
            object.read_seq = options.longs === $String ? $String(message.read_seq) : message.read_seq;
          else
            object.read_seq = options.longs === $String ? $util.Long.prototype.toString.call(message.read_seq) : options.longs === $Number ? new $util.LongBits(message.read_seq.low >>> 0, message.read_seq.high >>> 0).toNumber(true) : message.read_seq;
        if (message.unread != null && $Object.hasOwnProperty.call(message, "unread"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.unread = typeof message.unread === "number" ? $BigInt(message.unread) : $util.Long.fromBits(message.unread.low >>> 0, message.unread.high >>> 0, true).toBigInt();
          else if (typeof message.unread === "number")
            object.unread = options.longs === $String ? $String(message.unread) : message.unread;
          else
            object.unread = options.longs === $String ? $util.Long.prototype.toString.call(message.unread) : options.longs === $Number ? new $util.LongBits(message.unread.low >>> 0, message.unread.high >>> 0).toNumber(true) : message.unread;
        if (message.last_message != null && $Object.hasOwnProperty.call(message, "last_message"))
          object.last_message = $root.tern.v1.Message.toObject(message.last_message, options, _depth + 1);
        if (message.last_activity_ms != null && $Object.hasOwnProperty.call(message, "last_activity_ms"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.last_activity_ms = typeof message.last_activity_ms === "number" ? $BigInt(message.last_activity_ms) : $util.Long.fromBits(message.last_activity_ms.low >>> 0, message.last_activity_ms.high >>> 0, false).toBigInt();
          else if (typeof message.last_activity_ms === "number")
            object.last_activity_ms = options.longs === $String ? $String(message.last_activity_ms) : message.last_activity_ms;
          else
            object.last_activity_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.last_activity_ms) : options.longs === $Number ? new $util.LongBits(message.last_activity_ms.low >>> 0, message.last_activity_ms.high >>> 0).toNumber() : message.last_activity_ms;
        return object;
      };
      Conversation.prototype.toJSON = function() {
        return Conversation.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Conversation;
    })();
    v1.ConversationPage = (function() {
      const ConversationPage = function(properties) {
        this.conversations = [];
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      ConversationPage.prototype.conversations = $util.emptyArray;
      ConversationPage.prototype.next_page_token = $util.newBuffer([]);
      ConversationPage.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.conversations != null && message.conversations.length)
          for (let i = 0; i < message.conversations.length; ++i)
            $root.tern.v1.Conversation.encode(message.conversations[i], writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).fork(), _depth + 1).ldelim();
        if (message.next_page_token != null && $Object.hasOwnProperty.call(message, "next_page_token") && message.next_page_token.length)
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).bytes(message.next_page_token);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      ConversationPage.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.ConversationPage();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if (!(message.conversations && message.conversations.length))
                message.conversations = [];
              message.conversations.push($root.tern.v1.Conversation.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.bytes()).length)
                message.next_page_token = value;
              else
                delete message.next_page_token;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      ConversationPage.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.ConversationPage)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.ConversationPage: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.ConversationPage();
        if (object.conversations) {
          if (!$Array.isArray(object.conversations))
            throw $TypeError(".tern.v1.ConversationPage.conversations: array expected");
          message.conversations = $Array(object.conversations.length);
          for (let i = 0; i < object.conversations.length; ++i) {
            if (!$util.isObject(object.conversations[i]))
              throw $TypeError(".tern.v1.ConversationPage.conversations: object expected");
            message.conversations[i] = $root.tern.v1.Conversation.fromObject(object.conversations[i], _depth + 1);
          }
        }
        if (object.next_page_token != null) {
          if (object.next_page_token.length) {
            if (typeof object.next_page_token === "string")
              $util.base64.decode(object.next_page_token, message.next_page_token = $util.newBuffer($util.base64.length(object.next_page_token)), 0);
            else if (object.next_page_token.length >= 0)
              message.next_page_token = object.next_page_token;
          }
        }
        return message;
      };
      ConversationPage.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.arrays || options.defaults)
          object.conversations = [];
        if (options.defaults)
          if (options.bytes === $String)
            object.next_page_token = "";
          else {
            object.next_page_token = [];
            if (options.bytes !== $Array)
              object.next_page_token = $util.newBuffer(object.next_page_token);
          }
        if (message.conversations && message.conversations.length) {
          object.conversations = $Array(message.conversations.length);
          for (let j = 0; j < message.conversations.length; ++j)
            object.conversations[j] = $root.tern.v1.Conversation.toObject(message.conversations[j], options, _depth + 1);
        }
        if (message.next_page_token != null && $Object.hasOwnProperty.call(message, "next_page_token"))
          object.next_page_token = options.bytes === $String ? $util.base64.encode(message.next_page_token, 0, message.next_page_token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.next_page_token) : message.next_page_token;
        return object;
      };
      ConversationPage.prototype.toJSON = function() {
        return ConversationPage.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return ConversationPage;
    })();
    v1.UserEvent = (function() {
      const UserEvent = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      UserEvent.prototype.relation = null;
      UserEvent.prototype.read = null;
      UserEvent.prototype.channel = null;
      UserEvent.prototype.typing = null;
      UserEvent.prototype.delivered = null;
      let $oneOfFields;
      $Object.defineProperty(UserEvent.prototype, "kind", {
        get: $util.oneOfGetter($oneOfFields = ["relation", "read", "channel", "typing", "delivered"]),
        set: $util.oneOfSetter($oneOfFields)
      });
      UserEvent.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.relation != null && $Object.hasOwnProperty.call(message, "relation"))
          $root.tern.v1.RelationChanged.encode(message.relation, writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).fork(), _depth + 1).ldelim();
        if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
          $root.tern.v1.ReadPosition.encode(message.read, writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).fork(), _depth + 1).ldelim();
        if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
          $root.tern.v1.ChannelChanged.encode(message.channel, writer.uint32(
            /* id 3, wireType 2 =*/
            26
          ).fork(), _depth + 1).ldelim();
        if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
          $root.tern.v1.TypingEvent.encode(message.typing, writer.uint32(
            /* id 4, wireType 2 =*/
            34
          ).fork(), _depth + 1).ldelim();
        if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered"))
          $root.tern.v1.ReadPosition.encode(message.delivered, writer.uint32(
            /* id 5, wireType 2 =*/
            42
          ).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      UserEvent.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.UserEvent();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              message.relation = $root.tern.v1.RelationChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.relation);
              message.kind = "relation";
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              message.read = $root.tern.v1.ReadPosition.decode(reader, reader.size(), $undefined, _depth + 1, message.read);
              message.kind = "read";
              continue;
            }
            case 3: {
              if (wireType !== 2)
                break;
              message.channel = $root.tern.v1.ChannelChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.channel);
              message.kind = "channel";
              continue;
            }
            case 4: {
              if (wireType !== 2)
                break;
              message.typing = $root.tern.v1.TypingEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.typing);
              message.kind = "typing";
              continue;
            }
            case 5: {
              if (wireType !== 2)
                break;
              message.delivered = $root.tern.v1.ReadPosition.decode(reader, reader.size(), $undefined, _depth + 1, message.delivered);
              message.kind = "delivered";
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      UserEvent.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.UserEvent)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.UserEvent: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.UserEvent();
        if (object.relation != null) {
          if (!$util.isObject(object.relation))
            throw $TypeError(".tern.v1.UserEvent.relation: object expected");
          message.relation = $root.tern.v1.RelationChanged.fromObject(object.relation, _depth + 1);
        }
        if (object.read != null) {
          if (!$util.isObject(object.read))
            throw $TypeError(".tern.v1.UserEvent.read: object expected");
          message.read = $root.tern.v1.ReadPosition.fromObject(object.read, _depth + 1);
        }
        if (object.channel != null) {
          if (!$util.isObject(object.channel))
            throw $TypeError(".tern.v1.UserEvent.channel: object expected");
          message.channel = $root.tern.v1.ChannelChanged.fromObject(object.channel, _depth + 1);
        }
        if (object.typing != null) {
          if (!$util.isObject(object.typing))
            throw $TypeError(".tern.v1.UserEvent.typing: object expected");
          message.typing = $root.tern.v1.TypingEvent.fromObject(object.typing, _depth + 1);
        }
        if (object.delivered != null) {
          if (!$util.isObject(object.delivered))
            throw $TypeError(".tern.v1.UserEvent.delivered: object expected");
          message.delivered = $root.tern.v1.ReadPosition.fromObject(object.delivered, _depth + 1);
        }
        return message;
      };
      UserEvent.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (message.relation != null && $Object.hasOwnProperty.call(message, "relation")) {
          object.relation = $root.tern.v1.RelationChanged.toObject(message.relation, options, _depth + 1);
          if (options.oneofs)
            object.kind = "relation";
        }
        if (message.read != null && $Object.hasOwnProperty.call(message, "read")) {
          object.read = $root.tern.v1.ReadPosition.toObject(message.read, options, _depth + 1);
          if (options.oneofs)
            object.kind = "read";
        }
        if (message.channel != null && $Object.hasOwnProperty.call(message, "channel")) {
          object.channel = $root.tern.v1.ChannelChanged.toObject(message.channel, options, _depth + 1);
          if (options.oneofs)
            object.kind = "channel";
        }
        if (message.typing != null && $Object.hasOwnProperty.call(message, "typing")) {
          object.typing = $root.tern.v1.TypingEvent.toObject(message.typing, options, _depth + 1);
          if (options.oneofs)
            object.kind = "typing";
        }
        if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered")) {
          object.delivered = $root.tern.v1.ReadPosition.toObject(message.delivered, options, _depth + 1);
          if (options.oneofs)
            object.kind = "delivered";
        }
        return object;
      };
      UserEvent.prototype.toJSON = function() {
        return UserEvent.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return UserEvent;
    })();
    v1.TypingEvent = (function() {
      const TypingEvent = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      TypingEvent.prototype.channel_id = "";
      TypingEvent.prototype.user_id = "";
      TypingEvent.prototype.typing = false;
      TypingEvent.prototype.expires_in_ms = 0;
      TypingEvent.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).string(message.user_id);
        if (message.typing != null && $Object.hasOwnProperty.call(message, "typing") && message.typing !== false)
          writer.uint32(
            /* id 3, wireType 0 =*/
            24
          ).bool(message.typing);
        if (message.expires_in_ms != null && $Object.hasOwnProperty.call(message, "expires_in_ms") && message.expires_in_ms !== 0)
          writer.uint32(
            /* id 4, wireType 0 =*/
            32
          ).uint32(message.expires_in_ms);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      TypingEvent.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.TypingEvent();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.user_id = value;
              else
                delete message.user_id;
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.typing = value;
              else
                delete message.typing;
              continue;
            }
            case 4: {
              if (wireType !== 0)
                break;
              if (value = reader.uint32())
                message.expires_in_ms = value;
              else
                delete message.expires_in_ms;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      TypingEvent.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.TypingEvent)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.TypingEvent: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.TypingEvent();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.user_id != null) {
          if (typeof object.user_id !== "string" || object.user_id.length)
            message.user_id = $String(object.user_id);
        }
        if (object.typing != null) {
          if (object.typing)
            message.typing = $Boolean(object.typing);
        }
        if (object.expires_in_ms != null) {
          if ($Number(object.expires_in_ms) !== 0)
            message.expires_in_ms = object.expires_in_ms >>> 0;
        }
        return message;
      };
      TypingEvent.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.channel_id = "";
          object.user_id = "";
          object.typing = false;
          object.expires_in_ms = 0;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
          object.user_id = message.user_id;
        if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
          object.typing = message.typing;
        if (message.expires_in_ms != null && $Object.hasOwnProperty.call(message, "expires_in_ms"))
          object.expires_in_ms = message.expires_in_ms;
        return object;
      };
      TypingEvent.prototype.toJSON = function() {
        return TypingEvent.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return TypingEvent;
    })();
    v1.ChannelChanged = (function() {
      const ChannelChanged = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      ChannelChanged.prototype.channel_id = "";
      ChannelChanged.prototype.member = false;
      ChannelChanged.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.member != null && $Object.hasOwnProperty.call(message, "member") && message.member !== false)
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).bool(message.member);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      ChannelChanged.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.ChannelChanged();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.member = value;
              else
                delete message.member;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      ChannelChanged.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.ChannelChanged)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.ChannelChanged: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.ChannelChanged();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.member != null) {
          if (object.member)
            message.member = $Boolean(object.member);
        }
        return message;
      };
      ChannelChanged.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.channel_id = "";
          object.member = false;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.member != null && $Object.hasOwnProperty.call(message, "member"))
          object.member = message.member;
        return object;
      };
      ChannelChanged.prototype.toJSON = function() {
        return ChannelChanged.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return ChannelChanged;
    })();
    v1.ReadMarked = (function() {
      const ReadMarked = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      ReadMarked.prototype.channel_id = "";
      ReadMarked.prototype.seq = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      ReadMarked.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).uint64(message.seq);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      ReadMarked.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.ReadMarked();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.seq = value;
              else
                delete message.seq;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      ReadMarked.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.ReadMarked)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.ReadMarked: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.ReadMarked();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.seq != null) {
          if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0) {
            if ($util.Long)
              message.seq = $util.Long.fromValue(object.seq, true);
            else if (typeof object.seq === "string")
              message.seq = $parseInt(object.seq, 10);
            else if (typeof object.seq === "number")
              message.seq = object.seq;
            else if (typeof object.seq === "object")
              message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
          }
        }
        return message;
      };
      ReadMarked.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.channel_id = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
          else if (typeof message.seq === "number")
            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
          else
            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
        return object;
      };
      ReadMarked.prototype.toJSON = function() {
        return ReadMarked.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return ReadMarked;
    })();
    v1.ReadPosition = (function() {
      const ReadPosition = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      ReadPosition.prototype.channel_id = "";
      ReadPosition.prototype.user_id = "";
      ReadPosition.prototype.seq = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;
      ReadPosition.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.channel_id);
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).string(message.user_id);
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
          writer.uint32(
            /* id 3, wireType 0 =*/
            24
          ).uint64(message.seq);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      ReadPosition.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.ReadPosition();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.channel_id = value;
              else
                delete message.channel_id;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.user_id = value;
              else
                delete message.user_id;
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.seq = value;
              else
                delete message.seq;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      ReadPosition.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.ReadPosition)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.ReadPosition: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.ReadPosition();
        if (object.channel_id != null) {
          if (typeof object.channel_id !== "string" || object.channel_id.length)
            message.channel_id = $String(object.channel_id);
        }
        if (object.user_id != null) {
          if (typeof object.user_id !== "string" || object.user_id.length)
            message.user_id = $String(object.user_id);
        }
        if (object.seq != null) {
          if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0) {
            if ($util.Long)
              message.seq = $util.Long.fromValue(object.seq, true);
            else if (typeof object.seq === "string")
              message.seq = $parseInt(object.seq, 10);
            else if (typeof object.seq === "number")
              message.seq = object.seq;
            else if (typeof object.seq === "object")
              message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
          }
        }
        return message;
      };
      ReadPosition.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.channel_id = "";
          object.user_id = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
          } else
            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
        }
        if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
          object.channel_id = message.channel_id;
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
          object.user_id = message.user_id;
        if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
          else if (typeof message.seq === "number")
            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
          else
            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
        return object;
      };
      ReadPosition.prototype.toJSON = function() {
        return ReadPosition.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return ReadPosition;
    })();
    v1.Relation = (function() {
      const valuesById = $Object.create(null), values = $Object.create(valuesById);
      values[valuesById[0] = "RELATION_NONE"] = 0;
      values[valuesById[1] = "RELATION_FRIEND"] = 1;
      values[valuesById[2] = "RELATION_OUTGOING"] = 2;
      values[valuesById[3] = "RELATION_INCOMING"] = 3;
      values[valuesById[4] = "RELATION_BLOCKED"] = 4;
      return values;
    })();
    v1.RelationChanged = (function() {
      const RelationChanged = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      RelationChanged.prototype.user_id = "";
      RelationChanged.prototype.relation = 0;
      RelationChanged.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.user_id);
        if (message.relation != null && $Object.hasOwnProperty.call(message, "relation") && message.relation !== 0)
          writer.uint32(
            /* id 2, wireType 0 =*/
            16
          ).int32(message.relation);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      RelationChanged.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.RelationChanged();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.user_id = value;
              else
                delete message.user_id;
              continue;
            }
            case 2: {
              if (wireType !== 0)
                break;
              if (value = reader.int32())
                message.relation = value;
              else
                delete message.relation;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      RelationChanged.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.RelationChanged)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.RelationChanged: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.RelationChanged();
        if (object.user_id != null) {
          if (typeof object.user_id !== "string" || object.user_id.length)
            message.user_id = $String(object.user_id);
        }
        if (object.relation !== 0 && (typeof object.relation !== "string" || $root.tern.v1.Relation[object.relation] !== 0))
          switch (object.relation) {
            case "RELATION_NONE":
            case 0:
              message.relation = 0;
              break;
            case "RELATION_FRIEND":
            case 1:
              message.relation = 1;
              break;
            case "RELATION_OUTGOING":
            case 2:
              message.relation = 2;
              break;
            case "RELATION_INCOMING":
            case 3:
              message.relation = 3;
              break;
            case "RELATION_BLOCKED":
            case 4:
              message.relation = 4;
              break;
            default:
              if (typeof object.relation === "number" && (object.relation | 0) === object.relation)
                message.relation = object.relation;
          }
        return message;
      };
      RelationChanged.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.user_id = "";
          object.relation = options.enums === $String ? "RELATION_NONE" : 0;
        }
        if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
          object.user_id = message.user_id;
        if (message.relation != null && $Object.hasOwnProperty.call(message, "relation"))
          object.relation = options.enums === $String ? $root.tern.v1.Relation[message.relation] === $undefined ? message.relation : $root.tern.v1.Relation[message.relation] : message.relation;
        return object;
      };
      RelationChanged.prototype.toJSON = function() {
        return RelationChanged.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return RelationChanged;
    })();
    v1.ErrorCode = (function() {
      const valuesById = $Object.create(null), values = $Object.create(valuesById);
      values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
      values[valuesById[1] = "MALFORMED_FRAME"] = 1;
      values[valuesById[2] = "FRAME_TOO_LARGE"] = 2;
      values[valuesById[3] = "NOT_AUTHENTICATED"] = 3;
      values[valuesById[4] = "BAD_TOKEN"] = 4;
      values[valuesById[5] = "TOKEN_EXPIRED"] = 5;
      values[valuesById[6] = "ALREADY_AUTHENTICATED"] = 6;
      values[valuesById[7] = "INVALID_ARGUMENT"] = 7;
      values[valuesById[8] = "BODY_EMPTY"] = 8;
      values[valuesById[9] = "BODY_TOO_LARGE"] = 9;
      values[valuesById[10] = "UNKNOWN_CHANNEL"] = 10;
      values[valuesById[11] = "NOT_A_MEMBER"] = 11;
      values[valuesById[12] = "RATE_LIMITED"] = 12;
      values[valuesById[13] = "SLOW_CONSUMER"] = 13;
      values[valuesById[14] = "IDLE_TIMEOUT"] = 14;
      values[valuesById[15] = "UNAVAILABLE"] = 15;
      values[valuesById[16] = "INTERNAL"] = 16;
      values[valuesById[17] = "GROUP_FULL"] = 17;
      values[valuesById[18] = "AUTH_TIMEOUT"] = 18;
      values[valuesById[19] = "KICKED"] = 19;
      values[valuesById[20] = "FORBIDDEN"] = 20;
      values[valuesById[21] = "BLOCKED"] = 21;
      return values;
    })();
    v1.Error = (function() {
      const Error2 = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      Error2.prototype.code = 0;
      Error2.prototype.message = "";
      Error2.prototype.fatal = false;
      Error2.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
          writer.uint32(
            /* id 1, wireType 0 =*/
            8
          ).int32(message.code);
        if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).string(message.message);
        if (message.fatal != null && $Object.hasOwnProperty.call(message, "fatal") && message.fatal !== false)
          writer.uint32(
            /* id 3, wireType 0 =*/
            24
          ).bool(message.fatal);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      Error2.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.Error();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 0)
                break;
              if (value = reader.int32())
                message.code = value;
              else
                delete message.code;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.message = value;
              else
                delete message.message;
              continue;
            }
            case 3: {
              if (wireType !== 0)
                break;
              if (value = reader.bool())
                message.fatal = value;
              else
                delete message.fatal;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      Error2.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.Error)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.Error: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.Error();
        if (object.code !== 0 && (typeof object.code !== "string" || $root.tern.v1.ErrorCode[object.code] !== 0))
          switch (object.code) {
            case "ERROR_CODE_UNSPECIFIED":
            case 0:
              message.code = 0;
              break;
            case "MALFORMED_FRAME":
            case 1:
              message.code = 1;
              break;
            case "FRAME_TOO_LARGE":
            case 2:
              message.code = 2;
              break;
            case "NOT_AUTHENTICATED":
            case 3:
              message.code = 3;
              break;
            case "BAD_TOKEN":
            case 4:
              message.code = 4;
              break;
            case "TOKEN_EXPIRED":
            case 5:
              message.code = 5;
              break;
            case "ALREADY_AUTHENTICATED":
            case 6:
              message.code = 6;
              break;
            case "INVALID_ARGUMENT":
            case 7:
              message.code = 7;
              break;
            case "BODY_EMPTY":
            case 8:
              message.code = 8;
              break;
            case "BODY_TOO_LARGE":
            case 9:
              message.code = 9;
              break;
            case "UNKNOWN_CHANNEL":
            case 10:
              message.code = 10;
              break;
            case "NOT_A_MEMBER":
            case 11:
              message.code = 11;
              break;
            case "RATE_LIMITED":
            case 12:
              message.code = 12;
              break;
            case "SLOW_CONSUMER":
            case 13:
              message.code = 13;
              break;
            case "IDLE_TIMEOUT":
            case 14:
              message.code = 14;
              break;
            case "UNAVAILABLE":
            case 15:
              message.code = 15;
              break;
            case "INTERNAL":
            case 16:
              message.code = 16;
              break;
            case "GROUP_FULL":
            case 17:
              message.code = 17;
              break;
            case "AUTH_TIMEOUT":
            case 18:
              message.code = 18;
              break;
            case "KICKED":
            case 19:
              message.code = 19;
              break;
            case "FORBIDDEN":
            case 20:
              message.code = 20;
              break;
            case "BLOCKED":
            case 21:
              message.code = 21;
              break;
            default:
              if (typeof object.code === "number" && (object.code | 0) === object.code)
                message.code = object.code;
          }
        if (object.message != null) {
          if (typeof object.message !== "string" || object.message.length)
            message.message = $String(object.message);
        }
        if (object.fatal != null) {
          if (object.fatal)
            message.fatal = $Boolean(object.fatal);
        }
        return message;
      };
      Error2.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
          object.message = "";
          object.fatal = false;
        }
        if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
          object.code = options.enums === $String ? $root.tern.v1.ErrorCode[message.code] === $undefined ? message.code : $root.tern.v1.ErrorCode[message.code] : message.code;
        if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
          object.message = message.message;
        if (message.fatal != null && $Object.hasOwnProperty.call(message, "fatal"))
          object.fatal = message.fatal;
        return object;
      };
      Error2.prototype.toJSON = function() {
        return Error2.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return Error2;
    })();
    v1.GoAway = (function() {
      const GoAway = function(properties) {
        if (properties) {
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
              this[keys[i]] = properties[keys[i]];
        }
      };
      GoAway.prototype.reason = "";
      GoAway.prototype.suggested_gateway = "";
      GoAway.encode = function(message, writer, _depth) {
        if (!writer)
          writer = $Writer.create();
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
          writer.uint32(
            /* id 1, wireType 2 =*/
            10
          ).string(message.reason);
        if (message.suggested_gateway != null && $Object.hasOwnProperty.call(message, "suggested_gateway") && message.suggested_gateway !== "")
          writer.uint32(
            /* id 2, wireType 2 =*/
            18
          ).string(message.suggested_gateway);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i)
            writer.raw(message.$unknowns[i]);
        return writer;
      };
      GoAway.decode = function(reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
          reader = $Reader.create(reader);
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $Reader.recursionLimit)
          throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
          end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len)
            throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.tern.v1.GoAway();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch (tag >>>= 3) {
            case 1: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.reason = value;
              else
                delete message.reason;
              continue;
            }
            case 2: {
              if (wireType !== 2)
                break;
              if ((value = reader.stringVerify()).length)
                message.suggested_gateway = value;
              else
                delete message.suggested_gateway;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end)
            throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined)
          throw $Error("missing end group");
        return message;
      };
      GoAway.fromObject = function(object, _depth) {
        if (object instanceof $root.tern.v1.GoAway)
          return object;
        if (!$util.isObject(object))
          throw $TypeError(".tern.v1.GoAway: object expected");
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let message = new $root.tern.v1.GoAway();
        if (object.reason != null) {
          if (typeof object.reason !== "string" || object.reason.length)
            message.reason = $String(object.reason);
        }
        if (object.suggested_gateway != null) {
          if (typeof object.suggested_gateway !== "string" || object.suggested_gateway.length)
            message.suggested_gateway = $String(object.suggested_gateway);
        }
        return message;
      };
      GoAway.toObject = function(message, options, _depth) {
        if (!options)
          options = {};
        if (_depth === $undefined)
          _depth = 0;
        if (_depth > $util.recursionLimit)
          throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.reason = "";
          object.suggested_gateway = "";
        }
        if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
          object.reason = message.reason;
        if (message.suggested_gateway != null && $Object.hasOwnProperty.call(message, "suggested_gateway"))
          object.suggested_gateway = message.suggested_gateway;
        return object;
      };
      GoAway.prototype.toJSON = function() {
        return GoAway.toObject(this, import_minimal.default.util.toJSONOptions);
      };
      return GoAway;
    })();
    return v1;
  })();
  return tern2;
})();

// src/bytes.js
var EMPTY = new Uint8Array(0);
function toBytes(value) {
  if (value == null) return EMPTY.slice();
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0));
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
  if (Array.isArray(value)) return Uint8Array.from(value);
  if (typeof value === "string") return base64ToBytes(value);
  throw new TypeError("not bytes: " + Object.prototype.toString.call(value));
}
function bytesFromHex(hex) {
  const clean = String(hex).trim().replace(/^0x/i, "").replace(/[\s:]/g, "");
  if (clean.length % 2 !== 0 || /[^0-9a-f]/i.test(clean)) throw new TypeError("invalid hex string");
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.substr(i * 2, 2), 16);
  return out;
}
function bytesToHex(bytes) {
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}
function bytesToBase64(bytes) {
  let bin = "";
  const CHUNK = 32768;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    bin += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK));
  }
  return btoa(bin);
}
function base64ToBytes(text) {
  if (!text) return EMPTY.slice();
  const normalized = String(text).replace(/-/g, "+").replace(/_/g, "/");
  const padded = normalized + "===".slice((normalized.length + 3) % 4);
  const bin = atob(padded);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
function compareBytes(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
function concatBytes(...parts) {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

// src/codec.js
function plainValues(pbjs) {
  pbjs.util.Long = null;
  pbjs.util.Buffer = null;
  pbjs.configure();
}
plainValues(import_minimal2.default);
var pb = tern.v1;
var TO_OBJECT = { enums: String, longs: Number, defaults: true, arrays: true, oneofs: true };
var kindsOf = (T) => Object.keys(T.prototype).filter((k) => T.prototype[k] === null);
var KINDS = { ClientFrame: kindsOf(pb.ClientFrame), ServerFrame: kindsOf(pb.ServerFrame) };
function toNumber(v) {
  if (v == null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string") return Number(v);
  if (typeof v.toNumber === "function") return v.toNumber();
  if (typeof v.low === "number") return (v.high >>> 0) * 4294967296 + (v.low >>> 0);
  return Number(v);
}
function encode(type, frame) {
  const set = KINDS[type].filter((k) => frame[k] != null);
  if (frame.kind && !set.includes(frame.kind)) throw new TypeError(`frame kind ${frame.kind} has no payload`);
  if (set.length !== 1) throw new TypeError(`a ${type} needs exactly one kind, got ${set.length ? set.join(", ") : "none"}`);
  const T = (
    /** @type {typeof pb.ClientFrame} */
    pb[type]
  );
  return T.encode(T.fromObject(frame)).finish();
}
function decode(type, bytes) {
  const T = (
    /** @type {typeof pb.ClientFrame} */
    pb[type]
  );
  const frame = T.toObject(T.decode(bytes.constructor === Uint8Array ? (
    /** @type {Uint8Array} */
    bytes
  ) : toBytes(bytes)), TO_OBJECT);
  frame.kind ??= null;
  if (frame.error) frame.error.code = String(frame.error.code);
  return frame;
}
var encodeClientFrame = (frame) => encode("ClientFrame", frame);
var decodeServerFrame = (bytes) => decode("ServerFrame", bytes);
var encodeServerFrame = (frame) => encode("ServerFrame", frame);
var decodeClientFrame = (bytes) => decode("ClientFrame", bytes);
function normalizeMessage(m) {
  return {
    channel_id: String(m.channel_id ?? ""),
    seq: toNumber(m.seq),
    sender_id: String(m.sender_id ?? ""),
    client_msg_id: String(m.client_msg_id ?? ""),
    body: String(m.body ?? ""),
    sent_at_ms: toNumber(m.sent_at_ms),
    event: m.event ? normalizeEvent(m.event) : null,
    edit_of: toNumber(m.edit_of),
    delete_of: toNumber(m.delete_of),
    edited_at_ms: toNumber(m.edited_at_ms),
    deleted: Boolean(m.deleted)
  };
}
function normalizeEvent(e) {
  const KINDS2 = ["unknown", "member_added", "member_removed", "member_left", "renamed", "admin_added", "admin_removed", "owner_changed"];
  const raw = e.kind ?? 0;
  const kind = typeof raw === "number" ? KINDS2[raw] : String(raw).replace(/^KIND_/, "").toLowerCase();
  return { kind: KINDS2.includes(kind) ? kind : "unknown", user_id: String(e.user_id ?? ""), name: String(e.name ?? "") };
}
function normalizePresence(p) {
  const online = p.status != null ? p.status === "PRESENCE_STATUS_ONLINE" || p.status === 1 || p.status === "online" : Boolean(p.online);
  return {
    user_id: String(p.user_id ?? p.user ?? ""),
    online,
    status: online ? "online" : "offline",
    last_active_at_ms: toNumber(p.last_active_at_ms)
  };
}
var RELATIONS = ["none", "friend", "outgoing", "incoming", "blocked"];
function normalizeRelation(r) {
  const raw = r.relation ?? 0;
  const relation = typeof raw === "number" ? RELATIONS[raw] : String(raw).replace(/^RELATION_/, "").toLowerCase();
  return { user_id: String(r.user_id ?? ""), relation: RELATIONS.includes(relation) ? relation : "none" };
}
var ANCHORS = ["latest", "before", "after", "around"];
function anchorName(anchor) {
  if (anchor == null || anchor === "") return "latest";
  if (typeof anchor === "number") {
    if (!ANCHORS[anchor]) throw new TypeError(`unknown history anchor ${anchor}`);
    return ANCHORS[anchor];
  }
  const a = String(anchor).toLowerCase().replace(/^history_anchor_/, "");
  if (!ANCHORS.includes(a)) throw new TypeError(`unknown history anchor ${JSON.stringify(anchor)}`);
  return a;
}
function anchorEnum(anchor) {
  return "HISTORY_ANCHOR_" + anchorName(anchor).toUpperCase();
}

// src/errors.js
var TernError = class extends Error {
  /**
   * @param {string} code
   * @param {string} [message]
   * @param {ErrorExtra & Record<string, any>} [extra] copied onto the error
   */
  constructor(code, message, extra = {}) {
    super(message || code);
    this.name = "TernError";
    this.code = code;
    Object.assign(this, extra);
  }
  toJSON() {
    const e = (
      /** @type {TernError & ErrorExtra} */
      this
    );
    return { code: e.code, message: e.message, ...e.status ? { status: e.status } : {}, ...e.fatal ? { fatal: true } : {} };
  }
};
var FATAL_AUTH_CODES = /* @__PURE__ */ new Set(["BAD_TOKEN", "TOKEN_EXPIRED"]);
var REST_AUTH_CODES = /* @__PURE__ */ new Set(["bad_token", "token_expired", "missing_token", "token_revoked"]);
var RETRYABLE_SEND_CODES = /* @__PURE__ */ new Set(["RATE_LIMITED", "UNAVAILABLE"]);

// src/rest.js
var RestApi = class {
  /**
   * getToken() returns the bearer token or null.
   * @param {{baseUrl?: string, fetch?: typeof globalThis.fetch, getToken?: () => (string | null), timeoutMs?: number}} [options]
   */
  constructor({ baseUrl, fetch: fetchFn = globalThis.fetch, getToken = () => null, timeoutMs = 15e3 } = {}) {
    this.baseUrl = String(baseUrl).replace(/\/+$/, "");
    this._fetch = fetchFn;
    this._getToken = getToken;
    this.timeoutMs = timeoutMs;
  }
  /**
   * One JSON request; `url` may be a path (relative to baseUrl) or an absolute URL.
   * @param {string} method
   * @param {string} url
   * @param {{body?: any, auth?: boolean, timeoutMs?: number}} [opts]
   */
  async request(method, url, { body, auth = true, timeoutMs = this.timeoutMs } = {}) {
    const headers = { accept: "application/json" };
    if (body !== void 0) headers["content-type"] = "application/json";
    if (auth) {
      const token = this._getToken();
      if (!token) throw new TernError("NOT_LOGGED_IN", "log in first", { status: 401 });
      headers.authorization = `Bearer ${token}`;
    }
    const full = /^https?:\/\//i.test(url) ? url : this.baseUrl + url;
    const controller = typeof AbortController === "function" ? new AbortController() : null;
    const timer = controller && timeoutMs ? setTimeout(() => controller.abort(), timeoutMs) : null;
    let res;
    try {
      res = await this._fetch(full, {
        method,
        headers,
        body: body === void 0 ? void 0 : JSON.stringify(body),
        signal: controller?.signal
      });
    } catch (e) {
      const aborted = e?.name === "AbortError";
      throw new TernError(aborted ? "TIMEOUT" : "NETWORK", `${method} ${full}: ${aborted ? "timed out" : e?.message || e}`);
    } finally {
      if (timer) clearTimeout(timer);
    }
    const text = await res.text();
    let json = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
    }
    if (!res.ok) {
      const err = json && json.error;
      throw new TernError(err?.code || `http_${res.status}`, err?.message || text || res.statusText, { status: res.status });
    }
    return json;
  }
  get(path, opts) {
    return this.request("GET", path, opts);
  }
  post(path, body, opts) {
    return this.request("POST", path, { ...opts, body: body ?? {} });
  }
  put(path, body, opts) {
    return this.request("PUT", path, body === void 0 ? opts : { ...opts, body });
  }
  patch(path, body, opts) {
    return this.request("PATCH", path, { ...opts, body });
  }
  delete(path, opts) {
    return this.request("DELETE", path, opts);
  }
  // ---- accounts
  signup({ username, password, display_name = "", device_id }) {
    return this.post("/v1/signup", { username, password, display_name, device_id }, { auth: false });
  }
  login({ username, password, device_id }) {
    return this.post("/v1/login", { username, password, device_id }, { auth: false });
  }
  /** Revokes this device's token (every device's with allDevices) and closes its sessions everywhere. */
  logout(allDevices = false) {
    return this.post(allDevices ? "/v1/logout?all_devices=true" : "/v1/logout");
  }
  me() {
    return this.get("/v1/me");
  }
  updateMe(displayName) {
    return this.patch("/v1/me", { display_name: displayName });
  }
  setReceipts(on) {
    return this.patch("/v1/me", { send_receipts: Boolean(on) });
  }
  lookupUser(username) {
    return this.get(`/v1/users?username=${encodeURIComponent(username)}`);
  }
  user(id) {
    return this.get(`/v1/users/${encodeURIComponent(id)}`);
  }
  // ---- friends
  friends() {
    return this.get("/v1/friends");
  }
  requestFriend(userId) {
    return this.put(`/v1/friends/${encodeURIComponent(userId)}`);
  }
  removeFriend(userId) {
    return this.delete(`/v1/friends/${encodeURIComponent(userId)}`);
  }
  friendRequests() {
    return this.get("/v1/friends/requests");
  }
  acceptFriend(userId) {
    return this.post(`/v1/friends/requests/${encodeURIComponent(userId)}/accept`);
  }
  declineFriend(userId) {
    return this.post(`/v1/friends/requests/${encodeURIComponent(userId)}/decline`);
  }
  cancelFriendRequest(userId) {
    return this.delete(`/v1/friends/requests/${encodeURIComponent(userId)}`);
  }
  blocked() {
    return this.get("/v1/blocks");
  }
  block(userId) {
    return this.put(`/v1/blocks/${encodeURIComponent(userId)}`);
  }
  unblock(userId) {
    return this.delete(`/v1/blocks/${encodeURIComponent(userId)}`);
  }
  // ---- channels
  channels() {
    return this.get("/v1/channels");
  }
  channel(id) {
    return this.get(`/v1/channels/${encodeURIComponent(id)}`);
  }
  openDirect(userId) {
    return this.post("/v1/channels/direct", { user_id: userId });
  }
  createGroup(name, memberIds = []) {
    return this.post("/v1/groups", { name, members: memberIds });
  }
  addMember(channelId, userId) {
    return this.post(`/v1/groups/${encodeURIComponent(channelId)}/members`, { user_id: userId });
  }
  removeMember(channelId, userId) {
    return this.delete(`/v1/groups/${encodeURIComponent(channelId)}/members/${encodeURIComponent(userId)}`);
  }
  renameGroup(channelId, name) {
    return this.patch(`/v1/groups/${encodeURIComponent(channelId)}`, { name });
  }
  setAdmin(channelId, userId, admin) {
    const path = `/v1/groups/${encodeURIComponent(channelId)}/admins/${encodeURIComponent(userId)}`;
    return admin ? this.put(path) : this.delete(path);
  }
  transferOwnership(channelId, userId) {
    return this.put(`/v1/groups/${encodeURIComponent(channelId)}/owner`, { user_id: userId });
  }
  /**
   * @param {string} channelId
   * @param {{anchor?: string | number, seq?: number, limit?: number}} [opts]
   */
  async history(channelId, { anchor = "latest", seq = 0, limit } = {}) {
    const q = new URLSearchParams({ anchor: anchorName(anchor), seq: String(seq || 0) });
    if (limit) q.set("limit", String(limit));
    const page = await this.get(`/v1/channels/${encodeURIComponent(channelId)}/history?${q}`);
    return normalizeHistoryPage(page);
  }
  /** @param {{limit?: number, page?: string}} [opts] */
  conversations({ limit, page } = {}) {
    const q = new URLSearchParams();
    if (limit) q.set("limit", String(limit));
    if (page) q.set("page", page);
    return this.get(`/v1/conversations${q.size ? `?${q}` : ""}`);
  }
  markRead(channelId, seq) {
    return this.put(`/v1/channels/${encodeURIComponent(channelId)}/read`, { seq });
  }
  markDelivered(channelId, seq) {
    return this.put(`/v1/channels/${encodeURIComponent(channelId)}/delivered`, { seq });
  }
  reads(channelId) {
    return this.get(`/v1/channels/${encodeURIComponent(channelId)}/reads`);
  }
  async presence(userIds) {
    const list = await this.get(`/v1/presence?users=${userIds.map(encodeURIComponent).join(",")}`);
    return (list || []).map(normalizePresence);
  }
  // ---- gateways
  info(baseUrl = this.baseUrl, opts) {
    return this.get(`${String(baseUrl).replace(/\/+$/, "")}/v1/info`, { auth: false, ...opts });
  }
  discover(region) {
    return this.get(`/v1/discover${region ? `?region=${encodeURIComponent(region)}` : ""}`, { auth: false });
  }
};
function normalizeHistoryPage(page) {
  return {
    channel_id: String(page?.channel_id ?? ""),
    messages: (page?.messages || []).map(normalizeMessage),
    has_older: Boolean(page?.has_older),
    has_newer: Boolean(page?.has_newer),
    last_seq: Number(page?.last_seq ?? 0)
  };
}

// src/store.js
var MemoryStorage = class {
  constructor(entries) {
    this._m = new Map(entries ? Object.entries(entries) : []);
  }
  get length() {
    return this._m.size;
  }
  key(i) {
    return [...this._m.keys()][i] ?? null;
  }
  getItem(k) {
    return this._m.has(k) ? this._m.get(k) : null;
  }
  setItem(k, v) {
    this._m.set(String(k), String(v));
  }
  removeItem(k) {
    this._m.delete(k);
  }
  clear() {
    this._m.clear();
  }
};
function defaultStorage() {
  try {
    if (typeof localStorage !== "undefined" && localStorage) return localStorage;
  } catch {
  }
  return new MemoryStorage();
}
var ClientStore = class {
  constructor(storage = defaultStorage(), prefix = "tern.") {
    this.storage = storage;
    this.prefix = prefix;
  }
  _get(key) {
    try {
      return this.storage.getItem(this.prefix + key);
    } catch {
      return null;
    }
  }
  _set(key, value) {
    try {
      if (value == null) this.storage.removeItem(this.prefix + key);
      else this.storage.setItem(this.prefix + key, value);
    } catch {
    }
  }
  _json(key, fallback) {
    const raw = this._get(key);
    if (raw == null) return fallback;
    try {
      return JSON.parse(raw);
    } catch {
      return fallback;
    }
  }
  deviceId() {
    return this._get("device_id");
  }
  setDeviceId(id) {
    this._set("device_id", id);
  }
  /** {token, user, expires_at, device_id} or null. */
  session() {
    return this._json("session", null);
  }
  setSession(session) {
    this._set("session", session ? JSON.stringify(session) : null);
  }
  /** The inbox cursor of user+device (empty Uint8Array when none). */
  cursor(userId, deviceId) {
    return base64ToBytes(this._get(`cursor.${userId}.${deviceId}`) || "");
  }
  setCursor(userId, deviceId, cursor) {
    this._set(`cursor.${userId}.${deviceId}`, cursor && cursor.length ? bytesToBase64(cursor) : null);
  }
  /**
   * Stores `cursor` if it is later than the stored one (cursors compare bytewise; live
   * deliveries can overtake one another). Returns the cursor now stored.
   */
  advanceCursor(userId, deviceId, cursor) {
    const current = this.cursor(userId, deviceId);
    if (!cursor || !cursor.length || compareBytes(cursor, current) <= 0) return current;
    this.setCursor(userId, deviceId, cursor);
    return cursor;
  }
  /** Unacknowledged sends: [{channel_id, client_msg_id, body, created_at_ms}]. */
  outbox(userId, deviceId) {
    const list = this._json(`outbox.${userId}.${deviceId}`, []);
    return Array.isArray(list) ? list.filter((e) => e && e.channel_id && e.client_msg_id) : [];
  }
  setOutbox(userId, deviceId, entries) {
    this._set(`outbox.${userId}.${deviceId}`, entries.length ? JSON.stringify(entries) : null);
  }
};

// src/tracker.js
var messageKey = (channel, seq) => `${channel}:${seq}`;
var SeqTracker = class {
  /**
   * Per channel: `base`..`high` is a run the client has seen completely except inside the open
   * gaps, so those seqs need no memory; `recent` (bounded) remembers seqs seen inside gaps and
   * below `base`; `floor` covers what fell out of `recent` below `base`.
   */
  constructor({ recentLimit = 5e3 } = {}) {
    this.recentLimit = recentLimit;
    this.recent = /* @__PURE__ */ new Set();
    this.channels = /* @__PURE__ */ new Map();
  }
  /** Highest seq seen in `channel`, or 0. */
  highest(channel) {
    return this.channels.get(channel)?.high ?? 0;
  }
  /** Whether (channel, seq) was seen. */
  has(channel, seq) {
    if (this.recent.has(messageKey(channel, seq))) return true;
    const st = this.channels.get(channel);
    if (!st) return false;
    if (seq >= st.base && seq <= st.high) return !st.gaps.some((g) => seq > g.after && seq < g.before);
    return seq <= st.floor;
  }
  /**
   * Records (channel, seq). Returns {duplicate, gap}: duplicate when it was already seen; gap
   * ({channel, after, before}) when seq is more than one above the highest seen so far, meaning
   * seqs after+1 .. before-1 are missing. The first seq seen in a channel never opens a gap.
   */
  observe(channel, seq) {
    if (!Number.isSafeInteger(seq) || seq < 1) return { duplicate: false, gap: null, ignored: true };
    if (this.has(channel, seq)) return { duplicate: true, gap: null };
    const st = this.channels.get(channel);
    this._remember(channel, seq);
    if (!st) {
      this.channels.set(channel, { base: seq, high: seq, floor: 0, gaps: [] });
      return { duplicate: false, gap: null };
    }
    let gap = null;
    if (seq > st.high + 1) {
      gap = { channel, after: st.high, before: seq };
      st.gaps.push(gap);
    }
    if (seq > st.high) st.high = seq;
    else if (seq === st.base - 1) st.base = seq;
    return { duplicate: false, gap };
  }
  /** The seqs still missing inside a gap, ascending (at most `max` of them). */
  missing(gap, max = 1e4) {
    const out = [];
    for (let s = gap.after + 1; s < gap.before && out.length < max; s++) {
      if (!this.recent.has(messageKey(gap.channel, s))) out.push(s);
    }
    return out;
  }
  /** Open gaps of every channel (or of one). */
  openGaps(channel) {
    const all = [];
    for (const [ch, st] of this.channels) {
      if (channel == null || ch === channel) all.push(...st.gaps);
    }
    return all;
  }
  /** Forgets a gap: filled, or given up on (its missing seqs then count as seen). */
  closeGap(gap) {
    const st = this.channels.get(gap.channel);
    if (!st) return;
    st.gaps = st.gaps.filter((g) => g !== gap && !(g.after === gap.after && g.before === gap.before));
  }
  /** Forgets everything (another user logged in). */
  reset() {
    this.recent.clear();
    this.channels.clear();
  }
  _remember(channel, seq) {
    this.recent.add(messageKey(channel, seq));
    while (this.recent.size > this.recentLimit) {
      const oldest = this.recent.values().next().value;
      this.recent.delete(oldest);
      const cut = oldest.lastIndexOf(":");
      const st = this.channels.get(oldest.slice(0, cut));
      const evicted = Number(oldest.slice(cut + 1));
      if (st && evicted < st.base && evicted > st.floor) st.floor = evicted;
    }
  }
};

// src/backoff.js
var BACKOFF_BASE_MS = 250;
var BACKOFF_MAX_MS = 1e4;
function backoffDelay(attempt, { base = BACKOFF_BASE_MS, max = BACKOFF_MAX_MS, jitter = 0.5, random = Math.random } = {}) {
  const exp = Math.min(max, base * 2 ** Math.min(Math.max(0, attempt), 30));
  return Math.round(exp * (1 - jitter + 2 * jitter * random()));
}

// src/framing.js
var MAX_VARINT_BYTES = 10;
var FramingError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "FramingError";
    this.code = "MALFORMED_FRAME";
  }
};
function encodeVarint(value) {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError("varint value must be a non-negative safe integer");
  const out = [];
  let v = value;
  while (v >= 128) {
    out.push(v % 128 | 128);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return Uint8Array.from(out);
}
function readVarint(bytes, offset = 0) {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    if (offset + i >= bytes.length) return null;
    const b = bytes[offset + i];
    value += (b & 127) * scale;
    if ((b & 128) === 0) {
      if (!Number.isSafeInteger(value)) throw new FramingError("varint exceeds 2^53");
      return { value, length: i + 1 };
    }
    scale *= 128;
  }
  throw new FramingError("varint longer than 10 bytes");
}
function prefixFrame(frame) {
  return concatBytes(encodeVarint(frame.length), frame);
}
var FrameDecoder = class {
  constructor({ maxFrameBytes = Infinity } = {}) {
    this.maxFrameBytes = maxFrameBytes;
    this._header = new Uint8Array(MAX_VARINT_BYTES);
    this._headerLen = 0;
    this._frame = null;
    this._filled = 0;
  }
  /** True when no partial frame is buffered. */
  get idle() {
    return this._headerLen === 0 && this._frame === null;
  }
  /** Feeds one chunk; returns the frames it completed, in order. */
  push(chunk) {
    const frames = [];
    let pos = 0;
    while (pos < chunk.length) {
      if (this._frame === null) {
        const b = chunk[pos++];
        if (this._headerLen >= MAX_VARINT_BYTES) throw new FramingError("varint longer than 10 bytes");
        this._header[this._headerLen++] = b;
        if (b & 128) {
          if (this._headerLen >= MAX_VARINT_BYTES) throw new FramingError("varint longer than 10 bytes");
          continue;
        }
        const { value } = readVarint(this._header.subarray(0, this._headerLen), 0);
        this._headerLen = 0;
        if (value > this.maxFrameBytes) throw new FramingError(`frame of ${value} bytes exceeds the limit of ${this.maxFrameBytes}`);
        if (value === 0) {
          frames.push(new Uint8Array(0));
          continue;
        }
        this._frame = new Uint8Array(value);
        this._filled = 0;
      }
      const take = Math.min(this._frame.length - this._filled, chunk.length - pos);
      this._frame.set(chunk.subarray(pos, pos + take), this._filled);
      this._filled += take;
      pos += take;
      if (this._filled === this._frame.length) {
        frames.push(this._frame);
        this._frame = null;
        this._filled = 0;
      }
    }
    return frames;
  }
};

// src/transport.js
var WT_TIMEOUT_MS = 3e3;
var WS_TIMEOUT_MS = 8e3;
var BaseTransport = class {
  constructor(kind) {
    this.kind = kind;
    this.closed = false;
    this._onframe = null;
    this._onclose = null;
    this._queued = [];
    this._closeInfo = null;
  }
  get onframe() {
    return this._onframe;
  }
  set onframe(fn) {
    this._onframe = fn;
    while (fn && this._queued.length && this._onframe === fn) fn(this._queued.shift());
  }
  get onclose() {
    return this._onclose;
  }
  set onclose(fn) {
    this._onclose = fn;
    if (fn && this._closeInfo && !this._closeReported) {
      this._closeReported = true;
      fn(this._closeInfo);
    }
  }
  _frame(bytes) {
    if (this._onframe) this._onframe(bytes);
    else this._queued.push(bytes);
  }
  _closed(info) {
    if (this._closeInfo) return;
    this.closed = true;
    this._closeInfo = info;
    if (this._onclose) {
      this._closeReported = true;
      this._onclose(info);
    }
  }
};
function timeout(ms, what) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}
var WebSocketTransport = class extends BaseTransport {
  constructor(ws) {
    super("websocket");
    this.ws = ws;
    ws.binaryType = "arraybuffer";
    ws.onmessage = (ev) => {
      const data = ev.data;
      if (data instanceof ArrayBuffer) this._frame(new Uint8Array(data));
      else if (ArrayBuffer.isView(data)) this._frame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    };
    ws.onclose = (ev) => this._closed({ code: ev.code, reason: ev.reason || "websocket closed" });
    ws.onerror = () => {
      try {
        ws.close();
      } catch {
      }
    };
  }
  send(frame) {
    if (this.closed) return false;
    try {
      this.ws.send(frame);
      return true;
    } catch (error) {
      this._closed({ code: 0, reason: "send failed", error });
      return false;
    }
  }
  close(reason = "client closed") {
    try {
      this.ws.close(1e3, reason.slice(0, 120));
    } catch {
    }
    this._closed({ code: 1e3, reason });
  }
};
function openWebSocket(url, { WebSocket: WS = globalThis.WebSocket, timeoutMs = WS_TIMEOUT_MS } = {}) {
  if (typeof WS !== "function") return Promise.reject(new Error("WebSocket is not available"));
  return new Promise((resolve, reject) => {
    let ws;
    try {
      ws = new WS(url);
    } catch (e) {
      reject(e);
      return;
    }
    ws.binaryType = "arraybuffer";
    const t = setTimeout(() => {
      fail(new Error(`WebSocket ${url} timed out after ${timeoutMs} ms`));
      try {
        ws.close();
      } catch {
      }
    }, timeoutMs);
    let settled = false;
    const fail = (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(t);
      reject(err);
    };
    ws.onopen = () => {
      if (settled) return;
      settled = true;
      clearTimeout(t);
      resolve(new WebSocketTransport(ws));
    };
    ws.onerror = () => fail(new Error(`WebSocket ${url} failed`));
    ws.onclose = (ev) => fail(new Error(`WebSocket ${url} closed (${ev.code})`));
  });
}
var WebTransportTransport = class extends BaseTransport {
  /**
   * @param {any} wt a WebTransport
   * @param {{readable: ReadableStream<Uint8Array>, writable: WritableStream<Uint8Array>}} stream its bidirectional stream
   * @param {{maxFrameBytes?: number}} [opts]
   */
  constructor(wt, stream, { maxFrameBytes } = {}) {
    super("webtransport");
    this.wt = wt;
    this.writer = stream.writable.getWriter();
    this.reader = stream.readable.getReader();
    this.decoder = new FrameDecoder({ maxFrameBytes });
    this._readLoop();
    wt.closed.then(
      (info) => this._closed({ code: info?.closeCode ?? 0, reason: info?.reason || "webtransport closed" }),
      (error) => this._closed({ code: 0, reason: String(error?.message || error), error })
    );
  }
  async _readLoop() {
    try {
      for (; ; ) {
        const { value, done } = await this.reader.read();
        if (done) break;
        for (const frame of this.decoder.push(value)) this._frame(frame);
      }
      this._closed({ code: 0, reason: "stream ended" });
    } catch (error) {
      this._closed({ code: 0, reason: String(error?.message || error), error });
    }
    try {
      this.wt.close();
    } catch {
    }
  }
  send(frame) {
    if (this.closed) return false;
    this.writer.write(prefixFrame(frame)).catch((error) => {
      this._closed({ code: 0, reason: "write failed", error });
      try {
        this.wt.close();
      } catch {
      }
    });
    return true;
  }
  close(reason = "client closed") {
    try {
      this.wt.close({ closeCode: 0, reason: reason.slice(0, 120) });
    } catch {
    }
    this._closed({ code: 0, reason });
  }
};
async function openWebTransport(url, { certSha256Hex, WebTransport: WT = globalThis.WebTransport, timeoutMs = WT_TIMEOUT_MS } = {}) {
  if (typeof WT !== "function") throw new Error("WebTransport is not available");
  const options = certSha256Hex ? { serverCertificateHashes: [{ algorithm: "sha-256", value: bytesFromHex(certSha256Hex) }] } : {};
  const wt = new WT(url, options);
  wt.closed?.catch?.(() => {
  });
  const t = timeout(timeoutMs, `WebTransport ${url}`);
  try {
    await Promise.race([wt.ready, t.promise]);
    const stream = await Promise.race([wt.createBidirectionalStream(), t.promise]);
    return new WebTransportTransport(wt, stream);
  } catch (error) {
    try {
      wt.close();
    } catch {
    }
    throw error;
  } finally {
    t.cancel();
  }
}
var LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?|.+\.localhost)$/i;
function isLoopbackHost(hostname) {
  return LOOPBACK.test(String(hostname));
}
function chooseWebSocketUrl(info, baseUrl, { sameGateway = true } = {}) {
  let base;
  try {
    base = new URL(baseUrl);
  } catch {
    base = null;
  }
  if (base && base.protocol === "http:" && isLoopbackHost(base.hostname) && sameGateway) {
    return `ws://${base.host}/v1/ws`;
  }
  if (info && info.ws_url) return info.ws_url;
  if (base) return `${base.protocol === "https:" ? "wss" : "ws"}://${base.host}/v1/ws`;
  throw new Error("no WebSocket URL for this gateway");
}

// src/discovery.js
function pickGateway(gateways, { avoid = null, random = Math.random } = {}) {
  let list = (gateways || []).filter((g) => g && g.url);
  const usable = list.filter((g) => g.id !== avoid && !g.draining);
  if (usable.length) list = usable;
  if (!list.length) return null;
  const load = (g) => typeof g.load === "number" ? g.load : 0;
  const min = Math.min(...list.map(load));
  const best = list.filter((g) => load(g) === min);
  return best[Math.floor(random() * best.length) % best.length];
}
function sameOrigin(a, b) {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
function infoFromUrl(url, id = "") {
  const base = String(url).replace(/\/+$/, "");
  return {
    gateway_id: id,
    region: "",
    public_url: base,
    wt_url: `${base}/v1/wt`,
    ws_url: `${base.replace(/^https:/i, "wss:").replace(/^http:/i, "ws:")}/v1/ws`,
    cert_sha256: null,
    draining: false
  };
}

// src/connection.js
var Dialer = class {
  /**
   * The client's settings (baseUrl, region, transports, webTransportTimeoutMs, rest) are read
   * from it on every dial, so changing them takes effect at the next (re)connect.
   * @param {TernClient} client
   * @param {{WebSocket?: any, WebTransport?: any, openTransport?: (kind: string, info: object, client: any) => Promise<any>}} impls
   *   the browser's constructors, or a test's `openTransport` instead of both
   */
  constructor(client, { WebSocket, WebTransport, openTransport }) {
    this.client = client;
    this._WebSocket = WebSocket;
    this._WebTransport = WebTransport;
    this._override = openTransport;
    this.wtFailures = 0;
    this.avoidGateway = null;
  }
  /** Transports to try, in order. */
  transportOrder() {
    const transports = this.client.transports;
    const out = [];
    for (const kind of transports) {
      if (kind === "webtransport") {
        const available = this._override || typeof this._WebTransport === "function";
        if (available && (this.wtFailures < 2 || transports.length === 1)) out.push(kind);
      } else if (kind === "websocket") {
        if (this._override || typeof this._WebSocket === "function") out.push(kind);
      }
    }
    return out;
  }
  /**
   * A gateway (`target`, a base URL, else discovery) and an open transport to it. Rejects with
   * CONNECT_FAILED (its `gateway` the info of the gateway tried) when no transport got through.
   */
  async establish(target) {
    const info = await this.resolveGateway(target);
    const order = this.transportOrder();
    if (!order.length) throw new TernError("CONNECT_FAILED", `none of the transports ${this.client.transports.join(", ")} is available here`);
    const failures = [];
    let wtFailed = false;
    for (const kind of order) {
      try {
        const transport = await this.open(kind, info);
        if (kind === "webtransport") this.wtFailures = 0;
        else if (wtFailed) this.wtFailures++;
        return { info, transport };
      } catch (e) {
        if (kind === "webtransport") wtFailed = true;
        failures.push(`${kind}: ${e?.message || e}`);
      }
    }
    throw new TernError("CONNECT_FAILED", failures.join("; "), { gateway: info });
  }
  open(kind, info) {
    if (this._override) return this._override(kind, info, this.client);
    if (kind === "webtransport") {
      return openWebTransport(info.wt_url, {
        certSha256Hex: info.cert_sha256 || null,
        WebTransport: this._WebTransport,
        timeoutMs: this.client.webTransportTimeoutMs
      });
    }
    const url = chooseWebSocketUrl(info, this.client.baseUrl, { sameGateway: Boolean(info._local) });
    return openWebSocket(url, { WebSocket: this._WebSocket });
  }
  /** /v1/info of the page's own gateway. */
  async localInfo() {
    const info = await this.client.rest.info(this.client.baseUrl, { timeoutMs: 5e3 });
    return { ...info, _local: true };
  }
  /** /v1/info of the gateway at `url`: the page's own gateway directly, another one if reachable, else derived from its URL. */
  async gatewayInfo(url, id) {
    let local = null;
    try {
      local = await this.localInfo();
    } catch {
      local = null;
    }
    if (local && (id && local.gateway_id === id || sameOrigin(url, local.public_url) || sameOrigin(url, this.client.baseUrl))) {
      return local;
    }
    try {
      const info = await this.client.rest.info(url, { timeoutMs: 3e3 });
      return { ...info, _local: false };
    } catch {
      if (local && local.cert_sha256 && !local.draining) return local;
      return { ...infoFromUrl(url, id || ""), _local: false };
    }
  }
  async resolveGateway(target) {
    if (target) {
      try {
        return await this.gatewayInfo(target, null);
      } catch {
      }
    }
    let gateways = [];
    try {
      gateways = (await this.client.rest.discover(this.client.region))?.gateways || [];
    } catch {
      gateways = [];
    }
    const pick = pickGateway(gateways, { avoid: this.avoidGateway });
    if (!pick) return this.localInfo();
    return this.gatewayInfo(pick.url, pick.id);
  }
};

// src/session.js
var monotonicNow = () => globalThis.performance && typeof performance.now === "function" ? performance.now() : Date.now();
var LIVENESS_TICK_MS = 250;
var MIN_ACK_TIMEOUT_MS = 1e3;
var Session = class {
  /**
   * @param {any} transport an open transport (transport.js), or a test's stand-in
   * @param {any} info the gateway's /v1/info
   */
  constructor(transport, info) {
    this.transport = transport;
    this.info = info;
    this.gatewayId = info.gateway_id || "";
    this.nextId = 1;
    this.authId = 0;
    this.authenticated = null;
    this.catchingUp = true;
    this.caughtUp = 0;
    this.pending = /* @__PURE__ */ new Map();
    this.inflight = /* @__PURE__ */ new Map();
    this.lastSent = 0;
    this.lastRecv = monotonicNow();
    this.probeSentAt = 0;
    this.rtts = [];
    this.heartbeat = null;
    this.authTimer = null;
    this.fatal = null;
    this.goAway = null;
    this.closed = false;
  }
  /** Sends one ClientFrame; false when closed or the transport refused it. */
  send(frame) {
    if (this.closed) return false;
    this.lastSent = monotonicNow();
    return this.transport.send(encodeClientFrame(frame));
  }
  /** Sends Authenticate (the first frame) and closes the session if no answer comes in `waitMs`. */
  authenticate({ token, device_id, cursor }, waitMs) {
    this.authId = this.nextId++;
    this.send({ request_id: this.authId, authenticate: { token, device_id, cursor } });
    this.authTimer = setTimeout(() => {
      if (!this.authenticated && !this.closed) this.transport.close("no Authenticated answer");
    }, waitMs);
  }
  /** Sends a request; resolves with its answer's payload (see answer()), rejects on timeout. */
  request(field, payload, { kind = field, timeoutMs = 0 } = {}) {
    if (this.closed || !this.authenticated) return Promise.reject(new TernError("DISCONNECTED", "not connected"));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = timeoutMs ? setTimeout(() => {
        if (this.pending.delete(id)) reject(new TernError("TIMEOUT", `${field} request timed out`));
      }, timeoutMs) : null;
      this.pending.set(id, { kind, resolve, reject, timer });
      this.send({ request_id: id, [field]: payload });
    });
  }
  /** Sends a Send for an outbox entry; its Ack or Error settles it through the outbox. */
  sendMessage(entry) {
    const id = this.nextId++;
    this.pending.set(id, { kind: "send", entry, timer: null });
    this.inflight.set(entry.client_msg_id, id);
    this.send({
      request_id: id,
      send: {
        channel_id: entry.channel_id,
        client_msg_id: entry.client_msg_id,
        body: entry.body,
        edit_of: entry.edit_of || 0,
        delete_of: entry.delete_of || 0
      }
    });
  }
  /** Removes and returns what waits for request `id` (null when nothing does). */
  take(id) {
    const p = this.pending.get(id);
    if (!p) return null;
    this.pending.delete(id);
    clearTimeout(p.timer);
    return p;
  }
  /** Resolves the request `id` with `value`. */
  answer(id, value) {
    const p = this.take(id);
    if (p) p.resolve(value);
  }
  /** A frame from the server arrived: the server is there. */
  received() {
    this.lastRecv = monotonicNow();
  }
  /** How long a probe may wait for its answer: the floor, or 4 × the slowest recent round trip. */
  ackTimeout(liveness) {
    const floor = Math.max(MIN_ACK_TIMEOUT_MS, liveness.ackTimeoutMs || 0);
    return Math.max(floor, 4 * Math.max(0, ...this.rtts));
  }
  /**
   * Keeps the session alive and checks that the server is. Every LIVENESS_TICK_MS:
   * - a probe out for longer than ackTimeout() with nothing at all received since it went out:
   *   the server (or the path to it) is gone, and the transport is closed ('heartbeat_timeout');
   * - otherwise, with no probe out, a Heartbeat goes out when the client sent nothing for
   *   `interval` (the protocol's duty: the server closes a silent session) or when nothing was
   *   received for `liveness().probeMs` (a page on screen asks every second or so).
   * A server silent for longer than `idle + interval` closes the session too (the protocol's own
   * bound, for when probing is off). `beat()` sends one Heartbeat and resolves on its answer.
   * @param {number} interval the server's heartbeat_interval_ms
   * @param {number} idle the server's idle_timeout_ms
   * @param {() => Promise<any>} beat
   * @param {() => LivenessOptions} [liveness]
   */
  startHeartbeat(interval, idle, beat, liveness = () => ({})) {
    this.beatFn = beat;
    this.livenessFn = liveness;
    this.interval = interval;
    const tick = Math.min(LIVENESS_TICK_MS, interval);
    this.heartbeat = setInterval(() => this.checkLiveness(idle), tick);
  }
  /** One look at the session (see startHeartbeat). */
  checkLiveness(idle = Infinity) {
    if (this.closed || !this.beatFn) return;
    const now = monotonicNow();
    const live = this.livenessFn() || {};
    if (this.probeSentAt) {
      if (this.lastRecv < this.probeSentAt && now - this.probeSentAt > this.ackTimeout(live)) {
        this.transport.close("heartbeat_timeout");
      }
      return;
    }
    if (now - this.lastRecv > idle + this.interval) {
      this.transport.close("server silent");
      return;
    }
    const probeMs = live.probeMs ? Math.min(live.probeMs, this.interval) : this.interval;
    if (now - this.lastSent >= this.interval || now - this.lastRecv >= probeMs) this.probe();
  }
  /** Sends a Heartbeat now (unless one is out already) and times its answer. */
  probe() {
    if (this.closed || !this.beatFn || this.probeSentAt) return;
    const sentAt = monotonicNow();
    this.probeSentAt = sentAt;
    this.beatFn().then(
      () => {
        if (this.probeSentAt !== sentAt) return;
        this.probeSentAt = 0;
        this.rtts.push(monotonicNow() - sentAt);
        if (this.rtts.length > 8) this.rtts.shift();
      },
      () => {
        if (this.probeSentAt === sentAt) this.probeSentAt = 0;
      }
    );
  }
  /**
   * Marks the session closed: stops its timers and rejects what waits for an answer (sends stay
   * in the outbox). Returns false when it was closed already.
   */
  shutdown() {
    if (this.closed) return false;
    this.closed = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.authTimer);
    for (const [, p] of this.pending) {
      clearTimeout(p.timer);
      if (p.kind !== "send") p.reject(new TernError("DISCONNECTED", "the session closed"));
    }
    this.pending.clear();
    this.inflight.clear();
    return true;
  }
};

// src/outbox.js
var MAX_SEND_RETRIES = 6;
var Outbox = class {
  /**
   * @param {object} deps
   * @param {ClientStore} deps.store
   * @param {() => ({userId: string, deviceId: string} | null)} deps.owner whose outbox (null: logged out, nothing is stored)
   * @param {() => (Session | null)} deps.session the live session, if any
   * @param {(type: string, detail: any) => void} deps.emit
   * @param {(ack: any, entry: OutboxEntry | undefined, clientMsgId: string) => void} deps.committed
   *   a send is committed: the client records its seq and emits it as a message
   */
  constructor({ store, owner, session, emit, committed }) {
    this._deps = { store, owner, session, emit, committed };
    this.entries = [];
    this.waiters = /* @__PURE__ */ new Map();
  }
  /** The stored outbox of user+device. */
  load(userId, deviceId) {
    this.entries = this._deps.store.outbox(userId, deviceId);
  }
  save() {
    const owner = this._deps.owner();
    if (!owner) return;
    this._deps.store.setOutbox(
      owner.userId,
      owner.deviceId,
      this.entries.map(({ channel_id, client_msg_id, body, created_at_ms }) => ({ channel_id, client_msg_id, body, created_at_ms }))
    );
  }
  /** Queues a send; resolves with its Ack, rejects with the error the server refused it with. */
  add(entry) {
    const promise = new Promise((resolve, reject) => this.waiters.set(entry.client_msg_id, { resolve, reject }));
    this.entries.push(entry);
    this.save();
    return promise;
  }
  /** Rejects every pending send() promise (the entries stay). */
  rejectWaiters(err) {
    for (const [, w] of this.waiters) w.reject(err);
    this.waiters.clear();
  }
  /** Sends `entry` on `sess` unless it is in flight there already or no longer queued. */
  transmit(sess, entry) {
    if (!sess || sess !== this._deps.session() || sess.closed || !sess.authenticated) return;
    if (sess.inflight.has(entry.client_msg_id)) return;
    if (!this.entries.includes(entry)) return;
    sess.sendMessage(entry);
  }
  /** Sends every queued entry on `sess` (after the catch-up). */
  flush(sess) {
    for (const entry of [...this.entries]) this.transmit(sess, entry);
  }
  /** The entry an Ack or message is about. */
  find(channelId, clientMsgId) {
    return this.entries.find((e) => e.client_msg_id === clientMsgId && e.channel_id === channelId);
  }
  /** A send is committed (Ack, or seen in catch-up/Deliver): drop it, emit, resolve. */
  complete(entry, ack) {
    const clientMsgId = entry?.client_msg_id ?? ack.client_msg_id;
    const idx = this.entries.findIndex((e) => e.client_msg_id === clientMsgId && e.channel_id === ack.channel_id);
    const known = idx >= 0;
    if (known) {
      this.entries.splice(idx, 1);
      this.save();
    }
    this._deps.session()?.inflight.delete(clientMsgId);
    this._deps.committed(ack, entry, clientMsgId);
    const waiter = this.waiters.get(clientMsgId);
    if (known || waiter) this._deps.emit("ack", { ...ack });
    if (waiter) {
      this.waiters.delete(clientMsgId);
      waiter.resolve({ ...ack });
    }
  }
  /** A message of this user seen in catch-up or Deliver completes the queued send it came from. */
  settleFromMessage(msg) {
    const entry = this.find(msg.channel_id, msg.client_msg_id);
    if (!entry) return;
    this.complete(entry, {
      channel_id: msg.channel_id,
      seq: msg.seq,
      client_msg_id: msg.client_msg_id,
      server_time_ms: msg.sent_at_ms,
      duplicate: true
    });
  }
  /** The server refused a send: retry it later, or drop it and reject its promise. */
  failed(sess, entry, err) {
    if (!entry) return;
    sess.inflight.delete(entry.client_msg_id);
    if (RETRYABLE_SEND_CODES.has(err.code) && (entry.retries || 0) < MAX_SEND_RETRIES) {
      entry.retries = (entry.retries || 0) + 1;
      setTimeout(() => this.transmit(this._deps.session(), entry), backoffDelay(entry.retries, { base: 500, max: 8e3 }));
      return;
    }
    const idx = this.entries.indexOf(entry);
    if (idx >= 0) {
      this.entries.splice(idx, 1);
      this.save();
    }
    const waiter = this.waiters.get(entry.client_msg_id);
    const detail = { ...err.toJSON(), request_id: err.request_id, client_msg_id: entry.client_msg_id, channel_id: entry.channel_id };
    if (waiter) {
      this.waiters.delete(entry.client_msg_id);
      waiter.reject(err);
    } else {
      this._deps.emit("error", detail);
    }
    this._deps.emit("send-failed", detail);
  }
};

// src/gaps.js
var GapFiller = class {
  /**
   * Everything is read through these callbacks when used, so the client's public settings
   * (gapDelayMs, gapRetryMs, requestHistory) keep working as they are changed.
   * @param {object} deps
   * @param {() => SeqTracker} deps.tracker
   * @param {() => boolean} deps.connected whether a session is authenticated
   * @param {(channelId: string, opts: {anchor: string, seq: number, limit: number}) => Promise<{messages: object[]}>} deps.requestHistory
   * @param {(message: object) => void} deps.ingest one message of a history page
   * @param {() => number} deps.delayMs the wait before filling a new gap
   * @param {() => number} deps.retryMs the wait before retrying after a transient failure
   */
  constructor({ tracker, connected, requestHistory, ingest, delayMs, retryMs }) {
    this._deps = { tracker, connected, requestHistory, ingest, delayMs, retryMs };
    this._timer = null;
    this._filling = false;
    this._refill = false;
  }
  /** Fills the open gaps after `delay` ms (once: a fill already scheduled stays as it is). */
  schedule(delay = this._deps.delayMs()) {
    if (this._timer) return;
    this._timer = setTimeout(() => {
      this._timer = null;
      this._fill();
    }, delay);
  }
  cancel() {
    clearTimeout(this._timer);
    this._timer = null;
  }
  async _fill() {
    if (this._filling) {
      this._refill = true;
      return;
    }
    this._filling = true;
    let retry = false;
    try {
      for (const gap of this._deps.tracker().openGaps()) {
        if (!this._deps.connected()) break;
        if (await this._fillGap(gap) === "retry") retry = true;
      }
    } finally {
      this._filling = false;
      if (this._refill) {
        this._refill = false;
        this.schedule(0);
      } else if (retry && this._deps.connected()) {
        this.schedule(this._deps.retryMs());
      }
    }
  }
  /** HistoryRequest{AFTER} until the gap's seqs are all seen. Returns 'retry' to keep it open. */
  async _fillGap(gap) {
    const tracker = this._deps.tracker();
    let lastFirst = -1;
    for (let round = 0; round < 100; round++) {
      const missing = tracker.missing(gap, 1);
      if (!missing.length || missing[0] === lastFirst) break;
      lastFirst = missing[0];
      const after = missing[0] - 1;
      const limit = Math.min(200, gap.before - 1 - after);
      let page;
      try {
        page = await this._deps.requestHistory(gap.channel, { anchor: "after", seq: after, limit });
      } catch (e) {
        if (e.code === "DISCONNECTED" || e.code === "TIMEOUT" || e.code === "RATE_LIMITED" || e.code === "UNAVAILABLE") {
          return "retry";
        }
        break;
      }
      for (const m of page.messages) this._deps.ingest(m);
      if (!page.messages.length) break;
    }
    tracker.closeGap(gap);
    return "done";
  }
};

// src/delivery.js
var DeliveryReporter = class {
  /**
   * @param {object} deps
   * @param {(channelId: string, seq: number) => boolean} deps.send sends one MarkDelivered;
   *   false when no session could take it (the mark stays pending)
   * @param {() => number} deps.delayMs the wait that folds a burst into one mark
   */
  constructor({ send, delayMs }) {
    this._deps = { send, delayMs };
    this._pending = /* @__PURE__ */ new Map();
    this._sent = /* @__PURE__ */ new Map();
    this._timer = null;
  }
  /** A message of another member, `seq` in `channelId`, reached this device. */
  received(channelId, seq) {
    if (!seq || (this._sent.get(channelId) || 0) >= seq || (this._pending.get(channelId) || 0) >= seq) return;
    this._pending.set(channelId, seq);
    this.schedule();
  }
  /** Sends the pending marks after the delay (once: a flush already scheduled stays). */
  schedule() {
    if (this._timer || !this._pending.size) return;
    this._timer = setTimeout(() => {
      this._timer = null;
      this.flush();
    }, this._deps.delayMs());
  }
  /** Sends every pending mark now; those no session took stay pending. */
  flush() {
    for (const [channelId, seq] of this._pending) {
      if (!this._deps.send(channelId, seq)) return;
      this._pending.delete(channelId);
      this._sent.set(channelId, seq);
    }
  }
  /** Forgets everything (logout: the next user's marks start afresh). */
  reset() {
    clearTimeout(this._timer);
    this._timer = null;
    this._pending.clear();
    this._sent.clear();
  }
};

// src/client.js
var MAX_BODY_CHARS = 1e5;
function bodyLength(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) i++;
    }
    n++;
  }
  return n;
}
var AUTH_WAIT_MS = 12e3;
function randomId() {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function") {
    try {
      return c.randomUUID();
    } catch {
    }
  }
  const b = new Uint8Array(16);
  if (c && typeof c.getRandomValues === "function") c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = b[6] & 15 | 64;
  b[8] = b[8] & 63 | 128;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function normalizeTransports(list) {
  const names = Array.isArray(list) ? list : String(list || "").split(",");
  const out = [];
  for (const raw of names) {
    const n = String(raw).trim().toLowerCase();
    const name = n === "wt" || n === "webtransport" ? "webtransport" : n === "ws" || n === "websocket" ? "websocket" : null;
    if (name && !out.includes(name)) out.push(name);
  }
  return out.length ? out : ["webtransport", "websocket"];
}
function makeEvent(type, detail) {
  if (typeof CustomEvent === "function") return new CustomEvent(type, { detail });
  const ev = new Event(type);
  Object.defineProperty(ev, "detail", { value: detail });
  return ev;
}
var TernClient = class extends EventTarget {
  /** @param {TernClientOptions} [options] */
  constructor({
    baseUrl = globalThis.location ? globalThis.location.origin : "http://127.0.0.1:8080",
    region = "",
    deviceId,
    transports = ["webtransport", "websocket"],
    storage = defaultStorage(),
    fetch: fetchFn = globalThis.fetch ? globalThis.fetch.bind(globalThis) : void 0,
    WebSocket: WebSocketImpl = globalThis.WebSocket,
    WebTransport: WebTransportImpl = globalThis.WebTransport,
    openTransport,
    // (kind, info, client) => Promise<transport>; replaces the real transports (tests)
    webTransportTimeoutMs = WT_TIMEOUT_MS,
    requestTimeoutMs = 15e3,
    gapDelayMs = 250,
    gapRetryMs = 2e3,
    deliveryReceipts = true,
    deliveryDelayMs = 250,
    backoff = {},
    liveness = {}
  } = {}) {
    super();
    this.baseUrl = String(baseUrl).replace(/\/+$/, "");
    this.region = region || "";
    this.transports = normalizeTransports(transports);
    this.store = new ClientStore(storage);
    this.rest = new RestApi({ baseUrl: this.baseUrl, fetch: fetchFn, getToken: () => this._session?.token ?? null });
    this.webTransportTimeoutMs = webTransportTimeoutMs;
    this.requestTimeoutMs = requestTimeoutMs;
    this.gapDelayMs = gapDelayMs;
    this.gapRetryMs = gapRetryMs;
    this.deliveryReceipts = deliveryReceipts;
    this.deliveryDelayMs = deliveryDelayMs;
    this.backoffOptions = backoff;
    this.liveness = { probeMs: null, ackTimeoutMs: 1e3, ...liveness };
    const saved = this.store.session();
    this.deviceId = deviceId || saved?.device_id || this.store.deviceId() || `web-${randomId().slice(0, 13)}`;
    this.store.setDeviceId(this.deviceId);
    this._session = saved && saved.token && saved.user && saved.device_id === this.deviceId ? saved : null;
    this.tracker = new SeqTracker();
    this._dialer = new Dialer(this, { WebSocket: WebSocketImpl, WebTransport: WebTransportImpl, openTransport });
    this._outbox = new Outbox({
      store: this.store,
      owner: () => this._session ? { userId: this._session.user.id, deviceId: this.deviceId } : null,
      session: () => this._sess,
      emit: (type, detail) => this._emit(type, detail),
      committed: (ack, entry, clientMsgId) => this._onCommitted(ack, entry, clientMsgId)
    });
    if (this._session) this._outbox.load(this._session.user.id, this.deviceId);
    this._gaps = new GapFiller({
      tracker: () => this.tracker,
      connected: () => Boolean(this._sess?.authenticated),
      requestHistory: (channelId, opts) => this.requestHistory(channelId, opts),
      ingest: (m) => this._ingest(m, "gap", null),
      delayMs: () => this.gapDelayMs,
      retryMs: () => this.gapRetryMs
    });
    this._delivery = new DeliveryReporter({
      send: (channelId, seq) => this._sendDelivered(channelId, seq),
      delayMs: () => this.deliveryDelayMs
    });
    this._state = "closed";
    this._lastTransport = null;
    this._running = false;
    this._everConnected = false;
    this._sess = null;
    this._attempt = 0;
    this._dialGen = 0;
    this._reconnectTimer = null;
    this._connectWaiters = [];
  }
  // ------------------------------------------------------------------ events
  _emit(type, detail) {
    this.dispatchEvent(makeEvent(type, detail));
  }
  /**
   * addEventListener with the detail as argument; returns an unsubscribe function.
   * @template {keyof TernEventMap} K
   * @param {K} type
   * @param {(detail: TernEventMap[K], event: Event) => void} fn
   * @returns {() => void}
   */
  on(type, fn) {
    const listener = (ev) => fn(ev.detail, ev);
    this.addEventListener(type, listener);
    return () => this.removeEventListener(type, listener);
  }
  _setState(state, extra = {}) {
    const transport = this._sess?.transport?.kind ?? this._lastTransport;
    if (state === this._state && !extra.reason && transport === this._stateTransport) return;
    this._state = state;
    this._stateTransport = transport;
    this._emit("state", { state, transport, ...extra });
  }
  // ------------------------------------------------------------------ getters
  get state() {
    return this._state;
  }
  /** 'webtransport' | 'websocket' | null: the current (or last) session's transport. */
  get transport() {
    return this._sess?.transport?.kind ?? this._lastTransport;
  }
  get session() {
    return this._session;
  }
  get user() {
    return this._session?.user ?? null;
  }
  get token() {
    return this._session?.token ?? null;
  }
  get isLoggedIn() {
    return Boolean(this._session);
  }
  get connected() {
    return Boolean(this._sess?.authenticated);
  }
  /** Unacknowledged sends (copies). */
  get outbox() {
    return this._outbox.entries.map((e) => ({ ...e }));
  }
  /** The stored inbox cursor as base64 ('' when none). */
  get cursor() {
    return this._session ? bytesToBase64(this.store.cursor(this._session.user.id, this.deviceId)) : "";
  }
  // ------------------------------------------------------------------ accounts (REST)
  _setSession(res) {
    const previous = this._session?.user?.id;
    this._session = { token: res.token, user: res.user, expires_at: res.expires_at, device_id: this.deviceId };
    this.store.setSession(this._session);
    if (previous !== res.user.id) {
      this.tracker.reset();
      this._outbox.load(res.user.id, this.deviceId);
    }
    this._emit("session", { user: res.user, token: res.token });
    return this._session;
  }
  /** signup(username, password, displayName) or signup({username, password, display_name}). */
  async signup(username, password, displayName = "") {
    const a = typeof username === "object" ? username : { username, password, display_name: displayName };
    const res = await this.rest.signup({
      username: a.username,
      password: a.password,
      display_name: a.display_name ?? a.displayName ?? "",
      device_id: this.deviceId
    });
    return this._setSession(res);
  }
  /** login(username, password) or login({username, password}). Stores token and user. */
  async login(username, password) {
    const a = typeof username === "object" ? username : { username, password };
    const res = await this.rest.login({ username: a.username, password: a.password, device_id: this.deviceId });
    return this._setSession(res);
  }
  /**
   * Logs out on the server: revokes this device's token (every device's with allDevices) and
   * closes its sessions on every gateway. Call `logout()` after it to forget it here too.
   * @param {{ allDevices?: boolean }} [opts]
   */
  async revoke({ allDevices = false } = {}) {
    if (!this.isLoggedIn) return;
    await this.rest.logout(allDevices);
  }
  /** Disconnects and forgets the session (the cursor and outbox stay stored for next time). */
  logout() {
    this.disconnect();
    this._outbox.rejectWaiters(new TernError("CLOSED", "logged out"));
    this._outbox.entries = [];
    this.tracker.reset();
    this._delivery.reset();
    this._session = null;
    this.store.setSession(null);
    this._emit("session", null);
  }
  async _rest(call) {
    try {
      return await call();
    } catch (e) {
      if (e instanceof TernError && REST_AUTH_CODES.has(e.code) && /** @type {any} */
      e.status === 401) {
        this._emit("error", { code: e.code, message: e.message, fatal: true, rest: true });
      }
      throw e;
    }
  }
  /** The logged-in user, fresh from the server. @returns {Promise<TernUser>} */
  async me() {
    const user = await this._rest(() => this.rest.me());
    if (this._session && user && user.id === this._session.user.id) {
      this._session = { ...this._session, user };
      this.store.setSession(this._session);
    }
    return user;
  }
  /** @param {string} displayName @returns {Promise<TernUser>} */
  updateMe(displayName) {
    return this._rest(() => this.rest.updateMe(displayName));
  }
  /**
   * Whether others see how far you have read (receipts). Your own devices always do.
   * @param {boolean} on @returns {Promise<TernUser>}
   */
  setReceipts(on) {
    return this._rest(() => this.rest.setReceipts(on));
  }
  /** @param {string} username @returns {Promise<TernUser>} rejects with code unknown_user */
  lookupUser(username) {
    return this._rest(() => this.rest.lookupUser(username));
  }
  /** @param {string} userId @returns {Promise<TernUser>} */
  getUser(userId) {
    return this._rest(() => this.rest.user(userId));
  }
  /** @returns {Promise<TernUser[]>} */
  friends() {
    return this._rest(() => this.rest.friends());
  }
  /**
   * Asks someone to be friends; accepts when they asked first. Refused with `already_requested`,
   * `already_friends` (409) or `blocked` (403).
   * @param {string} userId @returns {Promise<TernRelation>} how you stand now
   */
  requestFriend(userId) {
    return this._rest(() => this.rest.requestFriend(userId));
  }
  /** Ends a friendship (both sides). @param {string} userId @returns {Promise<TernRelation>} */
  removeFriend(userId) {
    return this._rest(() => this.rest.removeFriend(userId));
  }
  /** Requests waiting for your answer, and yours waiting for theirs. @returns {Promise<TernFriendRequests>} */
  friendRequests() {
    return this._rest(() => this.rest.friendRequests());
  }
  /** @param {string} userId who asked you @returns {Promise<TernRelation>} */
  acceptFriend(userId) {
    return this._rest(() => this.rest.acceptFriend(userId));
  }
  /** @param {string} userId who asked you @returns {Promise<TernRelation>} */
  declineFriend(userId) {
    return this._rest(() => this.rest.declineFriend(userId));
  }
  /** Takes back your request. @param {string} userId @returns {Promise<TernRelation>} */
  cancelFriendRequest(userId) {
    return this._rest(() => this.rest.cancelFriendRequest(userId));
  }
  /** The users you blocked. @returns {Promise<TernUser[]>} */
  blocked() {
    return this._rest(() => this.rest.blocked());
  }
  /**
   * Blocks someone: ends any friendship or request, closes your 1:1 chat to new messages,
   * hides presence both ways. @param {string} userId @returns {Promise<TernRelation>}
   */
  block(userId) {
    return this._rest(() => this.rest.block(userId));
  }
  /** @param {string} userId @returns {Promise<TernRelation>} */
  unblock(userId) {
    return this._rest(() => this.rest.unblock(userId));
  }
  /** @returns {Promise<TernChannel[]>} */
  channels() {
    return this._rest(() => this.rest.channels());
  }
  /** @param {string} channelId @returns {Promise<TernChannel>} */
  channel(channelId) {
    return this._rest(() => this.rest.channel(channelId));
  }
  /** @param {string} userId @returns {Promise<TernChannel>} the 1:1 chat with that user */
  openDirect(userId) {
    return this._rest(() => this.rest.openDirect(userId));
  }
  /** @param {string} name @param {string[]} [memberIds] @returns {Promise<TernChannel>} */
  createGroup(name, memberIds = []) {
    return this._rest(() => this.rest.createGroup(name, memberIds));
  }
  /** @param {string} channelId @param {string} userId @returns {Promise<TernChannel>} */
  addMember(channelId, userId) {
    return this._rest(() => this.rest.addMember(channelId, userId));
  }
  /** @param {string} channelId @param {string} userId @returns {Promise<TernChannel>} */
  removeMember(channelId, userId) {
    return this._rest(() => this.rest.removeMember(channelId, userId));
  }
  /** Admins and the owner rename a group. @param {string} channelId @param {string} name @returns {Promise<TernChannel>} */
  renameGroup(channelId, name) {
    return this._rest(() => this.rest.renameGroup(channelId, name));
  }
  /**
   * The owner makes a member an admin (`admin = true`) or an admin a member again.
   * @param {string} channelId @param {string} userId @param {boolean} admin @returns {Promise<TernChannel>}
   */
  setAdmin(channelId, userId, admin) {
    return this._rest(() => this.rest.setAdmin(channelId, userId, admin));
  }
  /** The owner hands the group to another member. @param {string} channelId @param {string} userId @returns {Promise<TernChannel>} */
  transferOwnership(channelId, userId) {
    return this._rest(() => this.rest.transferOwnership(channelId, userId));
  }
  /**
   * A history page over REST.
   * @param {string} channelId
   * @param {{anchor?: 'latest' | 'before' | 'after' | 'around', seq?: number, limit?: number}} [opts]
   * @returns {Promise<TernHistoryPage>}
   */
  history(channelId, opts = {}) {
    return this._rest(() => this.rest.history(channelId, opts));
  }
  /**
   * A page of your conversations, most recent first, each with its last message and unread
   * count (REST). Pass the page's `next_page` as `page` for the next one.
   * @param {{limit?: number, page?: string}} [opts] @returns {Promise<TernConversationPage>}
   */
  conversations(opts = {}) {
    return this._rest(() => this.rest.conversations(opts));
  }
  /**
   * You have read `channelId` up to `seq`: over the session when connected (else REST). Your
   * other devices and, with receipts on, the channel's other members get a `read` event.
   * Positions only move forward. @param {string} channelId @param {number} seq
   * @returns {Promise<{channel_id: string, seq: number}>} your position now
   */
  markRead(channelId, seq) {
    if (this._sess?.authenticated) return this._request(this._sess, "mark_read", { channel_id: channelId, seq });
    return this._rest(() => this.rest.markRead(channelId, seq));
  }
  /**
   * Tells the channel's other online members you started (`on`) or stopped typing. Fire and
   * forget: not stored, not answered; a refusal (RATE_LIMITED above one start per channel per
   * second, NOT_A_MEMBER, ...) comes as an `error` event. Send a start again every few
   * seconds while typing (a start shows for `expires_in_ms`, 6 s), and a stop when done.
   * @param {string} channelId @param {boolean} on @returns {boolean} false when not connected
   */
  typing(channelId, on) {
    const sess = this._sess;
    if (!sess?.authenticated) return false;
    return sess.send({ request_id: sess.nextId++, typing: { channel_id: channelId, typing: Boolean(on) } });
  }
  /**
   * One of your devices has received `channelId` up to `seq`: the channel's other members see
   * "delivered" (with receipts on, in channels of up to 32 members). The client does this by
   * itself for every message of others that arrives (option `deliveryReceipts`); call it for
   * messages fetched otherwise. Over the session when connected (fire and forget), else REST.
   * @param {string} channelId @param {number} seq @returns {Promise<void>}
   */
  async markDelivered(channelId, seq) {
    if (this._sendDelivered(channelId, seq)) return;
    await this._rest(() => this.rest.markDelivered(channelId, seq));
  }
  _sendDelivered(channelId, seq) {
    const sess = this._sess;
    if (!sess?.authenticated) return false;
    return sess.send({ request_id: sess.nextId++, mark_delivered: { channel_id: channelId, seq } });
  }
  /** The read and delivery positions of a channel's members you may see (REST). @param {string} channelId @returns {Promise<TernReceipt[]>} */
  reads(channelId) {
    return this._rest(() => this.rest.reads(channelId));
  }
  /** Presence over REST. @param {string[]} userIds @returns {Promise<TernPresence[]>} */
  presence(userIds) {
    return this._rest(() => this.rest.presence(userIds));
  }
  info() {
    return this.rest.info();
  }
  discover(region = this.region) {
    return this.rest.discover(region);
  }
  // ------------------------------------------------------------------ connecting
  /**
   * Starts the live session (and keeps it up until disconnect()). Resolves with the
   * Authenticated frame once connected; rejects if the client closes before that (a fatal
   * auth error or disconnect()).
   */
  connect() {
    if (!this._session) return Promise.reject(new TernError("NOT_LOGGED_IN", "log in first"));
    if (this._sess?.authenticated) return Promise.resolve(this._sess.authenticated);
    const promise = new Promise((resolve, reject) => this._connectWaiters.push({ resolve, reject }));
    if (!this._running) {
      this._running = true;
      this._attempt = 0;
      this._everConnected = false;
      this._setState("connecting");
      this._dial(null);
    }
    return promise;
  }
  /** Closes the session and stops reconnecting. */
  disconnect(reason = "disconnect") {
    const wasRunning = this._running;
    this._running = false;
    this._dialGen++;
    clearTimeout(this._reconnectTimer);
    this._reconnectTimer = null;
    this._gaps.cancel();
    this._settleConnect(new TernError("CLOSED", reason));
    const sess = this._sess;
    if (sess) {
      sess.transport.close(reason);
      this._onClose(sess, { reason });
    } else if (wasRunning || this._state !== "closed") {
      this._setState("closed", { reason });
    }
  }
  /**
   * Tries again at once when a reconnect is waiting for its backoff (a person pressed "Retry
   * now", or the network came back). Returns false when nothing was waiting.
   */
  reconnectNow() {
    if (!this._running || !this._reconnectTimer) return false;
    clearTimeout(this._reconnectTimer);
    this._reconnectTimer = null;
    this._setState(this._everConnected ? "reconnecting" : "connecting", { reason: "retry_now" });
    this._dial(null);
    return true;
  }
  /**
   * Changes how quickly a dead server is noticed: `probeMs` (a Heartbeat after that long
   * without a frame from the server; null: the protocol's interval only) and `ackTimeoutMs`.
   * A page on screen probes often; a hidden one can go back to the protocol's interval.
   * @param {LivenessOptions} liveness
   */
  setLiveness(liveness) {
    this.liveness = { ...this.liveness, ...liveness };
  }
  /** Checks now that the server is there (a Heartbeat; see setLiveness for the deadline). */
  probe() {
    if (this._sess?.authenticated) this._sess.probe();
  }
  _settleConnect(error, value) {
    const waiters = this._connectWaiters;
    this._connectWaiters = [];
    for (const w of waiters) {
      if (error) w.reject(error);
      else w.resolve(value);
    }
  }
  async _dial(target) {
    const gen = ++this._dialGen;
    clearTimeout(this._reconnectTimer);
    this._reconnectTimer = null;
    try {
      const { info, transport } = await this._dialer.establish(target);
      if (!this._running || gen !== this._dialGen) {
        transport.close("superseded");
        return;
      }
      this._startSession(transport, info);
    } catch (e) {
      if (!this._running || gen !== this._dialGen) return;
      if (e.gateway && !e.gateway._local && e.gateway.gateway_id) this._dialer.avoidGateway = e.gateway.gateway_id;
      this._emit("error", { code: e.code || "CONNECT_FAILED", message: String(e.message || e), fatal: false });
      this._scheduleReconnect(e.code || "connect_failed");
    }
  }
  _scheduleReconnect(reason) {
    if (!this._running) return;
    clearTimeout(this._reconnectTimer);
    const delay = backoffDelay(this._attempt++, this.backoffOptions);
    this._setState(this._everConnected ? "reconnecting" : "connecting", { reason, retry_in_ms: delay, next_attempt_at_ms: Date.now() + delay });
    this._reconnectTimer = setTimeout(() => {
      this._reconnectTimer = null;
      if (this._running) this._dial(null);
    }, delay);
  }
  // ------------------------------------------------------------------ the session
  _startSession(transport, info) {
    const sess = new Session(transport, info);
    this._sess = sess;
    this._lastTransport = transport.kind;
    transport.onframe = (bytes) => this._onBytes(sess, bytes);
    transport.onclose = (info2) => this._onClose(sess, info2);
    if (sess.closed) return;
    const user = this._session.user;
    sess.authenticate(
      { token: this._session.token, device_id: this.deviceId, cursor: this.store.cursor(user.id, this.deviceId) },
      AUTH_WAIT_MS
    );
  }
  _onBytes(sess, bytes) {
    if (sess !== this._sess || sess.closed) return;
    let frame;
    try {
      frame = decodeServerFrame(bytes);
    } catch (e) {
      this._emit("error", { code: "MALFORMED_FRAME", message: `undecodable server frame: ${e.message}`, fatal: false });
      return;
    }
    sess.received();
    this._onFrame(sess, frame);
  }
  _onFrame(sess, f) {
    const id = f.request_id;
    switch (f.kind) {
      case "authenticated":
        if (id === sess.authId) this._onAuthenticated(sess, f.authenticated);
        break;
      case "sync":
        if (id === sess.authId && sess.catchingUp) this._onCatchUpPage(sess, f.sync);
        else sess.answer(id, f.sync);
        break;
      case "deliver":
        this._ingest(f.deliver.message, "deliver", f.deliver.cursor);
        break;
      case "ack":
        this._onAck(sess, id, f.ack);
        break;
      case "history":
        sess.answer(id, normalizeHistoryPage(f.history));
        break;
      case "presence": {
        const list = f.presence.presences.map(normalizePresence);
        for (const p of list) this._emit("presence", { ...p, source: "query" });
        sess.answer(id, list);
        break;
      }
      case "presence_event":
        if (f.presence_event.presence) this._emit("presence", { ...normalizePresence(f.presence_event.presence), source: "event" });
        break;
      case "heartbeat_ack":
        sess.answer(id, f.heartbeat_ack);
        break;
      case "user_event":
        if (f.user_event.relation) this._emit("relation", normalizeRelation(f.user_event.relation));
        if (f.user_event.channel) {
          this._emit("channel", { channel_id: String(f.user_event.channel.channel_id), member: Boolean(f.user_event.channel.member) });
        }
        if (f.user_event.typing) {
          const t = f.user_event.typing;
          this._emit("typing", { channel_id: String(t.channel_id), user_id: String(t.user_id), typing: Boolean(t.typing), expires_in_ms: toNumber(t.expires_in_ms) });
        }
        if (f.user_event.read) {
          const r = f.user_event.read;
          this._emit("read", { channel_id: String(r.channel_id), user_id: String(r.user_id), seq: toNumber(r.seq) });
        }
        if (f.user_event.delivered) {
          const r = f.user_event.delivered;
          this._emit("delivered", { channel_id: String(r.channel_id), user_id: String(r.user_id), seq: toNumber(r.seq) });
        }
        break;
      case "read_marked":
        sess.answer(id, { channel_id: String(f.read_marked.channel_id), seq: toNumber(f.read_marked.seq) });
        break;
      case "error":
        this._onErrorFrame(sess, id, f.error);
        break;
      case "go_away":
        sess.goAway = f.go_away;
        this._emit("goaway", { ...f.go_away, gateway_id: sess.gatewayId });
        setTimeout(() => {
          if (!sess.closed) sess.transport.close("go_away");
        }, 1e3);
        break;
      default:
        break;
    }
  }
  _onAuthenticated(sess, a) {
    clearTimeout(sess.authTimer);
    sess.authenticated = a;
    sess.gatewayId = a.gateway_id || sess.gatewayId;
    this._attempt = 0;
    this._everConnected = true;
    this._dialer.avoidGateway = null;
    const interval = a.heartbeat_interval_ms || 5e3;
    const idle = a.idle_timeout_ms || 3e4;
    sess.startHeartbeat(
      interval,
      idle,
      () => this._request(sess, "heartbeat", {}, { kind: "heartbeat", timeoutMs: interval + idle }),
      () => this.liveness
    );
    this._setState("connected");
    this._settleConnect(null, a);
  }
  _onCatchUpPage(sess, page) {
    for (const entry of page.entries) this._ingest(entry.message, "sync", entry.cursor);
    if (page.next_cursor && page.next_cursor.length) this._advanceCursor(page.next_cursor);
    sess.caughtUp += page.entries.length;
    if (!page.more) {
      sess.catchingUp = false;
      this._emit("synced", { entries: sess.caughtUp });
      this._outbox.flush(sess);
      this._delivery.schedule();
      if (this.tracker.openGaps().length) this._gaps.schedule(0);
    }
  }
  _advanceCursor(cursor) {
    if (!this._session) return;
    this.store.advanceCursor(this._session.user.id, this.deviceId, cursor);
  }
  /** One message from catch-up, Deliver or gap fill: dedupe, emit, settle own sends, note gaps, keep the cursor. */
  _ingest(raw, source, cursor) {
    if (!raw) return;
    const msg = normalizeMessage(raw);
    const r = this.tracker.observe(msg.channel_id, msg.seq);
    const own = Boolean(this._session && msg.sender_id === this._session.user.id);
    if (own) this._outbox.settleFromMessage(msg);
    else if (this.deliveryReceipts) this._delivery.received(msg.channel_id, msg.seq);
    if (!r.duplicate && !r.ignored) this._emit("message", { ...msg, source, own });
    if (r.gap) this._gaps.schedule();
    if (cursor && cursor.length) this._advanceCursor(cursor);
  }
  /** Sends a request on the session; resolves with its answer's payload. */
  _request(sess, field, payload, { kind = field, timeoutMs = this.requestTimeoutMs } = {}) {
    if (!sess) return Promise.reject(new TernError("DISCONNECTED", "not connected"));
    return sess.request(field, payload, { kind, timeoutMs });
  }
  _onAck(sess, id, ack) {
    const p = sess.take(id);
    if (p && p.kind !== "send") {
      p.resolve(ack);
      return;
    }
    this._outbox.complete(this._outbox.find(ack.channel_id, ack.client_msg_id) || p?.entry, ack);
  }
  /** An own send is committed (outbox.js): record its seq and emit it once as a message. */
  _onCommitted(ack, entry, clientMsgId) {
    const r = this.tracker.observe(ack.channel_id, ack.seq);
    if (!r.duplicate && !r.ignored && entry) {
      this._emit("message", {
        channel_id: ack.channel_id,
        seq: ack.seq,
        sender_id: this._session?.user?.id ?? "",
        client_msg_id: clientMsgId,
        body: entry.body,
        sent_at_ms: ack.server_time_ms,
        edit_of: entry.edit_of || 0,
        delete_of: entry.delete_of || 0,
        edited_at_ms: 0,
        deleted: false,
        event: null,
        source: "ack",
        own: true
      });
    }
    if (r.gap) this._gaps.schedule();
  }
  _onErrorFrame(sess, id, e) {
    const err = new TernError(e.code, e.message, { fatal: e.fatal, request_id: id });
    if (e.fatal) sess.fatal = err;
    if (FATAL_AUTH_CODES.has(e.code)) {
      this._fatalAuth(sess, err);
      return;
    }
    const p = id ? sess.take(id) : null;
    if (p) {
      if (p.kind === "send") this._outbox.failed(sess, p.entry, err);
      else p.reject(err);
      if (!e.fatal) return;
    }
    if (id === sess.authId && e.code === "ALREADY_AUTHENTICATED") return;
    this._emit("error", err.toJSON ? { ...err.toJSON(), fatal: Boolean(e.fatal), request_id: id } : err);
  }
  _fatalAuth(sess, err) {
    this._running = false;
    this._dialGen++;
    clearTimeout(this._reconnectTimer);
    this._emit("error", { code: err.code, message: err.message, fatal: true, request_id: err.request_id });
    this._outbox.rejectWaiters(err);
    this._settleConnect(err);
    sess.transport.close(err.code);
    this._onClose(sess, { reason: err.code });
  }
  _onClose(sess, info = {}) {
    if (!sess.shutdown()) return;
    if (this._sess !== sess) return;
    this._sess = null;
    const reason = sess.fatal?.code || (sess.goAway ? "go_away" : info.reason || "closed");
    if (!this._running) {
      this._setState("closed", { reason });
      return;
    }
    if (sess.goAway) {
      this._dialer.avoidGateway = sess.gatewayId || null;
      this._setState("reconnecting", { reason });
      this._dial(sess.goAway.suggested_gateway || null);
      return;
    }
    this._scheduleReconnect(reason);
  }
  // ------------------------------------------------------------------ sending
  /**
   * Sends `body` to `channelId`. Resolves with the Ack ({channel_id, seq, client_msg_id,
   * server_time_ms, duplicate}); rejects with a TernError {code, message} the server refused it
   * with. Unacknowledged sends are kept (also across reloads) and re-sent after every reconnect
   * with the same client_msg_id. The returned promise has `client_msg_id` set.
   * A body the server would refuse is refused here, before anything goes on the wire: an empty
   * one with BODY_EMPTY, one over MAX_BODY_CHARS Unicode scalar values with BODY_TOO_LARGE
   * (the error carries `length` and `limit`).
   * @param {string} channelId
   * @param {string} body
   * @param {{clientMsgId?: string}} [options] re-sending a refused send may reuse its id
   * @returns {Promise<TernAck> & {client_msg_id?: string}}
   */
  send(channelId, body, options = {}) {
    return this._enqueue(channelId, body, options, {});
  }
  /**
   * Replaces the body of one of your messages (seq `seq`) for everyone. The edit is a message
   * of its own (its own seq and Ack, delivered with `edit_of`); the original then reads with
   * the new body and `edited_at_ms`. Refused (Forbidden, INVALID_ARGUMENT) for someone else's
   * message, an event, an edit, or a deleted message. Idempotent by `clientMsgId`.
   * @param {string} channelId @param {number} seq @param {string} body
   * @param {{clientMsgId?: string}} [options] @returns {Promise<TernAck>}
   */
  editMessage(channelId, seq, body, options = {}) {
    return this._enqueue(channelId, body, options, { edit_of: seq });
  }
  /**
   * Deletes one of your messages (seq `seq`) for everyone: its body (and its edits' bodies)
   * leave storage. A message of its own with `delete_of`, like an edit.
   * @param {string} channelId @param {number} seq @param {{clientMsgId?: string}} [options]
   * @returns {Promise<TernAck>}
   */
  deleteMessage(channelId, seq, options = {}) {
    return this._enqueue(channelId, "", options, { delete_of: seq });
  }
  /**
   * @param {string} channelId @param {string} body @param {{clientMsgId?: string}} options
   * @param {{edit_of?: number, delete_of?: number}} change
   */
  _enqueue(channelId, body, options, change) {
    const { clientMsgId } = options || {};
    if (!this._session) return Promise.reject(new TernError("NOT_LOGGED_IN", "log in first"));
    const text = String(body ?? "");
    if (!channelId) return Promise.reject(new TernError("INVALID_ARGUMENT", "channel_id is required"));
    if (!text.length && !change.delete_of) return Promise.reject(new TernError("BODY_EMPTY", "the message is empty"));
    const chars = bodyLength(text);
    if (chars > MAX_BODY_CHARS) {
      return Promise.reject(new TernError("BODY_TOO_LARGE", `the message has ${chars} characters; at most ${MAX_BODY_CHARS} fit`, { length: chars, limit: MAX_BODY_CHARS }));
    }
    const entry = { channel_id: channelId, client_msg_id: clientMsgId || randomId(), body: text, created_at_ms: Date.now(), ...change };
    const promise = (
      /** @type {Promise<TernAck> & {client_msg_id?: string}} */
      this._outbox.add(entry)
    );
    const sess = this._sess;
    if (sess && sess.authenticated && !sess.closed) this._outbox.transmit(sess, entry);
    promise.client_msg_id = entry.client_msg_id;
    return promise;
  }
  // ------------------------------------------------------------------ reads over the session
  /** A history page over the session: {channel_id, messages, has_older, has_newer, last_seq}. */
  requestHistory(channelId, { anchor = "latest", seq = 0, limit = 0 } = {}) {
    return this._request(this._sess, "history", { channel_id: channelId, anchor: anchorEnum(anchor), seq: seq || 0, limit: limit || 0 });
  }
  /** One inbox page after `afterCursor` (Uint8Array) over the session. */
  requestSync(afterCursor, limit = 0) {
    return this._request(this._sess, "sync", { after_cursor: afterCursor, limit });
  }
  /**
   * Presence of up to any number of users (asked 200 at a time) over the session, or over REST
   * when not connected. Also emits a `presence` event per user.
   */
  async queryPresence(userIds) {
    const ids = [...new Set((userIds || []).filter(Boolean))];
    const out = [];
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      if (this._sess?.authenticated) {
        out.push(...await this._request(this._sess, "presence_query", { user_ids: chunk }));
      } else {
        const list = await this.presence(chunk);
        for (const p of list) this._emit("presence", { ...p, source: "query" });
        out.push(...list);
      }
    }
    return out;
  }
};

// src/index.js
var VERSION = "0.1.0";
export {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  ClientStore,
  FATAL_AUTH_CODES,
  FrameDecoder,
  FramingError,
  MAX_BODY_CHARS,
  MAX_VARINT_BYTES,
  MIN_ACK_TIMEOUT_MS,
  MemoryStorage,
  RETRYABLE_SEND_CODES,
  RestApi,
  SeqTracker,
  TernClient,
  TernError,
  VERSION,
  WebSocketTransport,
  WebTransportTransport,
  anchorEnum,
  anchorName,
  backoffDelay,
  base64ToBytes,
  bodyLength,
  bytesFromHex,
  bytesToBase64,
  bytesToHex,
  chooseWebSocketUrl,
  compareBytes,
  concatBytes,
  decodeClientFrame,
  decodeServerFrame,
  defaultStorage,
  encodeClientFrame,
  encodeServerFrame,
  encodeVarint,
  infoFromUrl,
  isLoopbackHost,
  messageKey,
  monotonicNow,
  normalizeHistoryPage,
  normalizeMessage,
  normalizePresence,
  normalizeTransports,
  openWebSocket,
  openWebTransport,
  pickGateway,
  prefixFrame,
  randomId,
  readVarint,
  sameOrigin,
  toBytes,
  toNumber
};
