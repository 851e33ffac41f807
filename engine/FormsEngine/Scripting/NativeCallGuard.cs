using System.Globalization;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Native.RegExp;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace FormsEngine.Scripting;

/// <summary>
/// Bounds the built-in functions that loop inside one native call. Jint 2.10.4 checks its statement, time and
/// memory limits only between statements, so <c>new Array(1e6).join('x')</c> (quadratic in Jint) or
/// <c>indexOf</c> on an array whose length was set to 2³²−1 ran for minutes untouched. Each risky built-in is
/// replaced, per engine, by a wrapper that refuses an over-long array, array-like or string with a catchable
/// <c>RangeError</c> before calling the original, and gives every regular expression a match timeout.
/// </summary>
internal sealed class NativeCallGuard
{
    private static readonly string[] ArrayMethods =
    [
        "toString", "toLocaleString", "concat", "join", "pop", "push", "reverse", "shift", "slice", "sort", "splice",
        "unshift", "indexOf", "lastIndexOf", "every", "some", "forEach", "map", "filter", "reduce", "reduceRight",
    ];

    private static readonly string[] StringMethods = ["split", "replace", "match", "search"];

    private readonly Engine _engine;
    private readonly JavaScriptSandboxOptions _options;

    private NativeCallGuard(Engine engine, JavaScriptSandboxOptions options)
    {
        _engine = engine;
        _options = options;
    }

    /// <summary>Wraps the risky built-ins of <paramref name="engine"/>; call before the script runs.</summary>
    public static void Install(Engine engine, JavaScriptSandboxOptions options)
    {
        var guard = new NativeCallGuard(engine, options);
        guard.Wrap(engine.Array.PrototypeObject, ArrayMethods);
        guard.Wrap(engine.String.PrototypeObject, StringMethods);
        guard.Wrap(engine.RegExp.PrototypeObject, ["exec", "test"]);
        guard.Wrap(engine.Function.PrototypeObject, ["apply"]);
        guard.Wrap(engine.Json, ["parse"]);
        guard.WrapStringify();
        guard.Wrap(engine.Global, ["encodeURI", "encodeURIComponent", "decodeURI", "decodeURIComponent", "escape", "unescape"]);
        guard.RefuseEval();
    }

    private void Wrap(ObjectInstance target, string[] names)
    {
        foreach (var name in names)
        {
            if (AsFunction(target.Get(name)) is not { } original)
            {
                continue;
            }

            var length = (int)TypeConverter.ToNumber(original.Get("length"));
            Replace(target, name, new ClrFunctionInstance(_engine, (self, args) =>
            {
                Check(self);
                foreach (var arg in args)
                {
                    Check(arg);
                }

                return original.Call(self, args);
            }, length));
        }
    }

    /// <summary>
    /// <c>JSON.stringify</c> walks nested arrays natively, so one top-level check is not enough: a counting replacer
    /// sees every element and property and stops the walk once the budget is spent (a caller's replacer still runs).
    /// </summary>
    private void WrapStringify()
    {
        if (AsFunction(_engine.Json.Get("stringify")) is not { } original)
        {
            return;
        }

        Replace(_engine.Json, "stringify", new ClrFunctionInstance(_engine, (self, args) =>
        {
            var value = args.Length > 0 ? args[0] : JsValue.Undefined;
            var replacer = args.Length > 1 ? args[1] : JsValue.Undefined;
            var space = args.Length > 2 ? args[2] : JsValue.Undefined;
            Check(replacer);
            Check(space);
            var userReplacer = AsFunction(replacer);
            if (replacer.IsObject() && userReplacer is null)
            {
                // A property whitelist applies to objects only; arrays are still walked in full, so bound them first.
                CheckTree(value);
                return original.Call(self, args);
            }

            var visited = 0;
            var counting = new ClrFunctionInstance(_engine, (holder, pair) =>
            {
                if (++visited > _options.MaxNativeArrayLength)
                {
                    throw TooLarge("JSON.stringify");
                }

                return userReplacer is null ? pair[1] : userReplacer.Call(holder, pair);
            }, 2);
            return original.Call(self, [value, counting, space]);
        }, 3));
    }

    internal static FunctionInstance? AsFunction(JsValue value) =>
        value.IsObject() ? value.AsObject() as FunctionInstance : null;

    private void RefuseEval() =>
        Replace(_engine.Global, "eval", new ClrFunctionInstance(_engine, (_, _) =>
            throw new JavaScriptException(_engine.EvalError, "eval is not available in rules (规则中不能使用 eval)"), 1));

    private static void Replace(ObjectInstance target, string name, FunctionInstance wrapper) =>
        target.Put(name, wrapper, throwOnError: false);

    private void Check(JsValue value)
    {
        if (value.IsString())
        {
            if (value.AsString().Length > _options.MaxNativeStringLength)
            {
                throw new JavaScriptException(_engine.RangeError, string.Create(CultureInfo.InvariantCulture,
                    $"a string of more than {_options.MaxNativeStringLength} characters cannot be passed to a built-in function"));
            }

            return;
        }

        if (!value.IsObject())
        {
            return;
        }

        var obj = value.AsObject();
        if (obj is RegExpInstance regExp)
        {
            AddMatchTimeout(regExp);
            return;
        }

        if (obj is FunctionInstance)
        {
            return;
        }

        var length = TypeConverter.ToNumber(obj.Get("length"));
        if (length > _options.MaxNativeArrayLength)
        {
            throw TooLarge("a built-in function");
        }
    }

    /// <summary>Bounds every array length reachable from <paramref name="value"/> without running getters.</summary>
    private void CheckTree(JsValue value)
    {
        var budget = _options.MaxNativeArrayLength;
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<JsValue>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            Check(current);
            if (!current.IsObject() || current.AsObject() is FunctionInstance || !seen.Add(current.AsObject()))
            {
                continue;
            }

            foreach (var (_, descriptor) in current.AsObject().GetOwnProperties())
            {
                if (--budget < 0)
                {
                    throw TooLarge("JSON.stringify");
                }

                if (descriptor.Value is { } child)
                {
                    pending.Push(child);
                }
            }
        }
    }

    private void AddMatchTimeout(RegExpInstance regExp)
    {
        if (regExp.Value is { } regex && regex.MatchTimeout == Regex.InfiniteMatchTimeout)
        {
            regExp.Value = new Regex(regex.ToString(), regex.Options, _options.Timeout);
        }
    }

    private JavaScriptException TooLarge(string where) =>
        new(_engine.RangeError, string.Create(CultureInfo.InvariantCulture,
            $"more than {_options.MaxNativeArrayLength} elements cannot be handled by {where} in a rule"));
}
