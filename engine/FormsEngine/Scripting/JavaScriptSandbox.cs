using System.Globalization;
using FormsEngine.Diagnostics;
using Jint.Parser;

namespace FormsEngine.Scripting;

/// <summary>
/// Entry point for sandboxed JavaScript rules (ES5, run by Jint 2.10.4). The script is parsed once; every run
/// gets a fresh engine with no CLR access, so one run cannot see another's globals.
/// </summary>
public static class JavaScriptSandbox
{
    /// <summary>
    /// Parses <paramref name="source"/>. The script is an expression (<c>input1.age &gt;= 60</c>) or statements whose
    /// last expression statement is the result. Syntax errors come back as diagnostics with line:col.
    /// </summary>
    public static ScriptCompileResult Compile(string source, JavaScriptSandboxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= JavaScriptSandboxOptions.Default;
        if (source.Length > options.MaxSourceLength)
        {
            return ScriptCompileResult.Failed(Diagnostic.Error(
                "js.tooLong",
                null,
                string.Create(CultureInfo.InvariantCulture, $"脚本过长（{source.Length} 个字符），上限为 {options.MaxSourceLength} 个字符"),
                string.Create(CultureInfo.InvariantCulture, $"the script is {source.Length} characters long; the limit is {options.MaxSourceLength}")));
        }

        try
        {
            var program = new JavaScriptParser().Parse(source, new ParserOptions { Tolerant = false });
            return ScriptCompileResult.Succeeded(new CompiledScript(program, options));
        }
        catch (ParserException ex)
        {
            var reason = ex.Description ?? ex.Message;
            return ScriptCompileResult.Failed(Diagnostic.Error(
                "js.syntax",
                null,
                $"JavaScript 语法错误：{reason}",
                $"JavaScript syntax error: {reason}") with
            {
                Line = Math.Max(ex.LineNumber, 1),
                Column = Math.Max(ex.Column, 1),
            });
        }
    }
}
