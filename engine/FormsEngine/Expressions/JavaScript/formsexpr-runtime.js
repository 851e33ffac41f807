/*
 * FormsEngine expression runtime (ES5). Loaded once per page before any compiled expression.
 * Implements the same semantics as the .NET backend (FormsEngine.Expressions.Runtime):
 *  - numbers: at most 6 decimal places, |x| <= 99,999,999.999999; arithmetic is done on integers scaled by 10^6,
 *    so results are exact and rounded half away from zero, exactly like System.Decimal on the server;
 *  - null: a missing answer; comparisons with null are false except null == null;
 *  - dates are day numbers (days since 0001-01-01), datetimes and times are seconds; output is ISO text.
 */
var FormsExpr = (function () {
    'use strict';

    var SCALE = 1000000;
    var MAXK = 99999999999999;
    var MAXV = 99999999.999999;
    var SPACE = ' \\t\\n\\u000B\\f\\r\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
    var TRIM = new RegExp('^[' + SPACE + ']+|[' + SPACE + ']+$', 'g');
    var BLANK = new RegExp('^[' + SPACE + ']*$');
    var PROVINCES = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83];
    var WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    var CHECKS = '10X98765432';
    var UNIX_EPOCH_DAY = 719162;
    // Regexes are created once: some engines (Jint among them) compile a regex literal every time it is evaluated.
    var DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
    var TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
    var LOWER_RE = /[a-z]/g;
    var UPPER_RE = /[A-Z]/g;
    var CHECK_RE = /^[0-9X]$/;

    function ExprError(code, zh, en) {
        this.name = 'ExprError';
        this.message = en;
        this.code = code;
        this.messageZh = zh;
        this.messageEn = en;
    }

    ExprError.prototype = Object.create(Error.prototype);
    ExprError.prototype.constructor = ExprError;

    function fail(code, zh, en) { throw new ExprError(code, zh, en); }

    function outOfRange() {
        fail('expr.numberOutOfRange', '计算结果超出允许范围（±99,999,999.999999）',
            'result is outside the allowed range (±99,999,999.999999)');
    }

    function divideByZero() { fail('expr.divideByZero', '除数不能为零', 'division by zero'); }

    /* ---------- input conversion ---------- */

    function isRecord(v) { return v !== null && typeof v === 'object' && !(v instanceof Array); }

    function get(rec, key) {
        return isRecord(rec) && Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : null;
    }

    function roundHalfAway(s) {
        var a = Math.abs(s), f = Math.floor(a);
        if (a - f >= 0.5) { f += 1; }
        return s < 0 ? -f : f;
    }

    function fromK(k) { return k === 0 ? 0 : k / SCALE; }
    function toK(x) { return Math.round(x * SCALE); }

    function num(v) {
        if (typeof v !== 'number' || !isFinite(v)) { return null; }
        var k = roundHalfAway(v * SCALE);
        return Math.abs(k) > MAXK ? null : fromK(k);
    }

    function str(v) { return typeof v === 'string' ? v : null; }
    function bool(v) { return typeof v === 'boolean' ? v : null; }
    function rec(v) { return isRecord(v) ? v : null; }

    function list(v, convert) {
        if (!(v instanceof Array)) { return null; }
        var out = [], i, c;
        for (i = 0; i < v.length; i++) {
            c = convert(v[i]);
            if (c !== null) { out.push(c); }
        }
        return out;
    }

    /* ---------- dates ---------- */

    function daysFromCivil(y, m, d) {
        y -= m <= 2 ? 1 : 0;
        var era = Math.floor(y / 400), yoe = y - era * 400;
        var doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
        var doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
        return era * 146097 + doe - 719468 + UNIX_EPOCH_DAY;
    }

    function civilFromDays(n) {
        var z = n - UNIX_EPOCH_DAY + 719468;
        var era = Math.floor(z / 146097), doe = z - era * 146097;
        var yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
        var doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
        var mp = Math.floor((5 * doy + 2) / 153);
        var d = doy - Math.floor((153 * mp + 2) / 5) + 1;
        var m = mp + (mp < 10 ? 3 : -9);
        return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m: m, d: d };
    }

    function daysInMonth(y, m) {
        if (m === 2) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28; }
        return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
    }

    function date(v) {
        if (typeof v !== 'string') { return null; }
        var p = DATE_RE.exec(v);
        if (!p) { return null; }
        var y = +p[1], m = +p[2], d = +p[3];
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) { return null; }
        return daysFromCivil(y, m, d);
    }

    function time(v) {
        if (typeof v !== 'string') { return null; }
        var p = TIME_RE.exec(v);
        if (!p) { return null; }
        var h = +p[1], mi = +p[2], s = p[3] === undefined || p[3] === '' ? 0 : +p[3];
        return h < 24 && mi < 60 && s < 60 ? h * 3600 + mi * 60 + s : null;
    }

    function datetime(v) {
        if (typeof v !== 'string' || v.length < 16 || (v.charAt(10) !== 'T' && v.charAt(10) !== ' ')) { return null; }
        var d = date(v.substring(0, 10)), t = time(v.substring(11));
        return d === null || t === null ? null : d * 86400 + t;
    }

    function pad(n, w) {
        var s = String(n);
        while (s.length < w) { s = '0' + s; }
        return s;
    }

    function fmtDate(n) {
        var c = civilFromDays(n);
        return pad(c.y, 4) + '-' + pad(c.m, 2) + '-' + pad(c.d, 2);
    }

    function fmtTime(s) {
        return pad(Math.floor(s / 3600), 2) + ':' + pad(Math.floor(s / 60) % 60, 2) + ':' + pad(s % 60, 2);
    }

    function fmtDateTime(s) {
        return fmtDate(Math.floor(s / 86400)) + 'T' + fmtTime(s % 86400);
    }

    /** The clock: env.today / env.now from the host; otherwise the browser clock at UTC+8 (Asia/Shanghai). */
    function env(e) {
        var now = e && typeof e.now === 'string' ? datetime(e.now) : null;
        var today = e && typeof e.today === 'string' ? date(e.today) : null;
        if (now === null) {
            now = UNIX_EPOCH_DAY * 86400 + Math.floor(new Date().getTime() / 1000) + 8 * 3600;
        }
        if (today === null) { today = Math.floor(now / 86400); }
        return { today: today, now: now };
    }

    function age(birth, e) {
        if (birth === null) { return null; }
        var b = civilFromDays(birth), t = civilFromDays(e.today);
        var years = t.y - b.y;
        if (t.m < b.m || (t.m === b.m && t.d < b.d)) { years -= 1; }
        return years;
    }

    function daysBetween(a, b) { return a === null || b === null ? null : b - a; }
    function datePart(s) { return s === null ? null : Math.floor(s / 86400); }

    /* ---------- numbers ---------- */

    function checkK(k) {
        if (Math.abs(k) > MAXK) { outOfRange(); }
        return fromK(k);
    }

    function add(a, b) { return a === null || b === null ? null : checkK(toK(a) + toK(b)); }
    function sub(a, b) { return a === null || b === null ? null : checkK(toK(a) - toK(b)); }
    function neg(a) { return a === null ? null : checkK(-toK(a)); }

    function mul(a, b) {
        if (a === null || b === null) { return null; }
        if (Math.abs(a) * Math.abs(b) > 2 * MAXV) { outOfRange(); }
        var A = toK(a), B = toK(b), sign = (A < 0) !== (B < 0) ? -1 : 1;
        A = Math.abs(A);
        B = Math.abs(B);
        var a1 = Math.floor(A / SCALE), a0 = A - a1 * SCALE;
        var b1 = Math.floor(B / SCALE), b0 = B - b1 * SCALE;
        var low = a0 * b0, lowQ = Math.floor(low / SCALE), lowR = low - lowQ * SCALE;
        var k = a1 * b1 * SCALE + a1 * b0 + a0 * b1 + lowQ;
        if (lowR * 2 >= SCALE) { k += 1; }
        return checkK(sign * k);
    }

    function divide(a, b) {
        if (a === null || b === null) { return null; }
        if (b === 0) { divideByZero(); }
        if (Math.abs(a) > 2 * MAXV * Math.abs(b)) { outOfRange(); }
        var A = toK(a), B = toK(b), sign = (A < 0) !== (B < 0) ? -1 : 1, i, d;
        A = Math.abs(A);
        B = Math.abs(B);
        var q = Math.floor(A / B), r = A - q * B;
        while (r < 0) { q -= 1; r += B; }
        while (r >= B) { q += 1; r -= B; }
        for (i = 0; i < 6; i++) {
            r *= 10;
            d = Math.floor(r / B);
            r -= d * B;
            while (r < 0) { d -= 1; r += B; }
            while (r >= B) { d += 1; r -= B; }
            q = q * 10 + d;
        }
        if (r * 2 >= B) { q += 1; }
        return checkK(sign * q);
    }

    function mod(a, b) {
        if (a === null || b === null) { return null; }
        if (b === 0) { divideByZero(); }
        return checkK(toK(a) % toK(b));
    }

    function round(x, digits) {
        if (x === null) { return null; }
        if (digits === null || digits < 0 || digits > 6 || digits !== Math.floor(digits)) {
            fail('expr.roundDigits', 'round 的小数位数必须是 0 到 6 之间的整数', 'round() digits must be a whole number from 0 to 6');
        }
        var K = toK(x), p = Math.pow(10, 6 - digits), sign = K < 0 ? -1 : 1;
        K = Math.abs(K);
        var q = Math.floor(K / p), r = K - q * p;
        if (r * 2 >= p) { q += 1; }
        return checkK(sign * q * p);
    }

    function min(a, b) { return a === null ? b : b === null ? a : (a <= b ? a : b); }
    function max(a, b) { return a === null ? b : b === null ? a : (a >= b ? a : b); }

    /* ---------- comparisons ---------- */

    function lt(a, b) { return a !== null && b !== null && a < b; }
    function le(a, b) { return a !== null && b !== null && a <= b; }
    function gt(a, b) { return a !== null && b !== null && a > b; }
    function ge(a, b) { return a !== null && b !== null && a >= b; }

    /* ---------- text ---------- */

    function contains(a, b) { return a !== null && b !== null && a.indexOf(b) >= 0; }
    function startsWith(a, b) { return a !== null && b !== null && a.substring(0, b.length) === b; }
    function endsWith(a, b) { return a !== null && b !== null && b.length <= a.length && a.substring(a.length - b.length) === b; }
    function len(v) { return v === null ? 0 : v.length; }
    function trim(s) { return s === null ? null : s.replace(TRIM, ''); }
    function upper(s) { return s === null ? null : s.replace(LOWER_RE, function (c) { return c.toUpperCase(); }); }
    function lower(s) { return s === null ? null : s.replace(UPPER_RE, function (c) { return c.toLowerCase(); }); }
    function isBlank(s) { return s === null || BLANK.test(s); }
    function isBlankList(l) { return l === null || l.length === 0; }
    function matches(s, re) { return s !== null && re.test(s); }

    function text(kind, v) {
        if (v === null) { return ''; }
        switch (kind) {
            case 'b': return v ? 'true' : 'false';
            case 'n': return String(v);
            case 'd': return fmtDate(v);
            case 'dt': return fmtDateTime(v);
            case 't': return fmtTime(v);
            default: return v;
        }
    }

    /* ---------- ID numbers (GB 11643-1999) ---------- */

    function idValid(id) {
        if (id === null || id.length !== 18) { return false; }
        var sum = 0, i, c;
        for (i = 0; i < 17; i++) {
            c = id.charCodeAt(i) - 48;
            if (c < 0 || c > 9) { return false; }
            sum += c * WEIGHTS[i];
        }
        var last = id.charAt(17).toUpperCase();
        if (!CHECK_RE.test(last)) { return false; }
        var found = false;
        for (i = 0; i < PROVINCES.length; i++) {
            if (PROVINCES[i] === +id.substring(0, 2)) { found = true; }
        }
        if (!found) { return false; }
        var y = +id.substring(6, 10), m = +id.substring(10, 12), d = +id.substring(12, 14);
        if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) { return false; }
        return last === CHECKS.charAt(sum % 11);
    }

    function idBirthDate(id) {
        return idValid(id) ? daysFromCivil(+id.substring(6, 10), +id.substring(10, 12), +id.substring(12, 14)) : null;
    }

    function idSex(id) { return idValid(id) ? (+id.charAt(16) % 2 === 1 ? '男' : '女') : null; }
    function idRegion(id) { return idValid(id) ? id.substring(0, 6) : null; }

    /* ---------- lists ---------- */

    function at(l, i) {
        return l === null || i === null || i < 0 || i >= l.length || i !== Math.floor(i) ? null : l[i];
    }

    function listContains(l, item) {
        if (l === null || item === null) { return false; }
        for (var i = 0; i < l.length; i++) {
            if (l[i] === item) { return true; }
        }
        return false;
    }

    function any(l, f) {
        if (l === null) { return false; }
        for (var i = 0; i < l.length; i++) {
            if (f(l[i]) === true) { return true; }
        }
        return false;
    }

    function all(l, f) {
        if (l === null) { return true; }
        for (var i = 0; i < l.length; i++) {
            if (f(l[i]) !== true) { return false; }
        }
        return true;
    }

    function count(l, f) {
        var n = 0;
        if (l === null) { return 0; }
        for (var i = 0; i < l.length; i++) {
            if (f(l[i]) === true) { n += 1; }
        }
        return n;
    }

    function sum(l, f) {
        var total = 0, v, i;
        if (l === null) { return 0; }
        for (i = 0; i < l.length; i++) {
            v = f(l[i]);
            if (v !== null) { total = add(total, v); }
        }
        return total;
    }

    function where(l, f) {
        var out = [];
        if (l === null) { return out; }
        for (var i = 0; i < l.length; i++) {
            if (f(l[i]) === true) { out.push(l[i]); }
        }
        return out;
    }

    function select(l, f) {
        var out = [];
        if (l === null) { return out; }
        for (var i = 0; i < l.length; i++) { out.push(f(l[i])); }
        return out;
    }

    /* ---------- results ---------- */

    /** Converts an internal value to JSON by a type descriptor: 'b','n','s','d','dt','t', {l: d}, {r: {field: d}}. */
    function out(desc, v) {
        var result, k, i, c;
        if (v === null || v === undefined) { return null; }
        if (desc === 'd') { return fmtDate(v); }
        if (desc === 'dt') { return fmtDateTime(v); }
        if (desc === 't') { return fmtTime(v); }
        if (typeof desc === 'string') { return v; }
        if (desc.l) {
            result = [];
            for (i = 0; i < v.length; i++) { result.push(out(desc.l, v[i])); }
            return result;
        }
        result = {};
        for (k in desc.r) {
            if (Object.prototype.hasOwnProperty.call(desc.r, k)) {
                c = out(desc.r[k], convert(desc.r[k], get(v, k)));
                if (c !== null) { result[k] = c; }
            }
        }
        return result;
    }

    function convert(desc, raw) {
        switch (desc) {
            case 'b': return bool(raw);
            case 'n': return num(raw);
            case 's': return str(raw);
            case 'd': return date(raw);
            case 'dt': return datetime(raw);
            case 't': return time(raw);
            default:
                if (desc.l) { return list(raw, function (x) { return convert(desc.l, x); }); }
                return rec(raw);
        }
    }

    function failed(e) {
        if (e instanceof ExprError) {
            return { ok: false, code: e.code, messageZh: e.messageZh, messageEn: e.messageEn };
        }
        throw e;
    }

    return {
        get: get, num: num, str: str, bool: bool, rec: rec, list: list, date: date, time: time, datetime: datetime,
        env: env, age: age, daysBetween: daysBetween, datePart: datePart,
        add: add, sub: sub, mul: mul, divide: divide, mod: mod, neg: neg, round: round, min: min, max: max,
        lt: lt, le: le, gt: gt, ge: ge,
        contains: contains, startsWith: startsWith, endsWith: endsWith, len: len, trim: trim, upper: upper, lower: lower,
        isBlank: isBlank, isBlankList: isBlankList, matches: matches, text: text,
        idValid: idValid, idBirthDate: idBirthDate, idSex: idSex, idRegion: idRegion,
        at: at, listContains: listContains, any: any, all: all, count: count, sum: sum, where: where, select: select,
        out: out, convert: convert, failed: failed
    };
}());
