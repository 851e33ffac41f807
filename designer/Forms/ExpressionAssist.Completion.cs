using System.Globalization;
using System.Text.RegularExpressions;
using FormsEngine.Expressions;

namespace FormsEngine.Designer.FormEditing;

/// <summary>Suggestions for the identifier at the caret.</summary>
public sealed partial class ExpressionAssist
{
    /// <summary>
    /// Suggestions for the identifier being typed at <paramref name="caret"/> in <paramref name="text"/>: after a dot,
    /// the fields of a record or repeat item and the methods of text and lists; otherwise the fields in the field's
    /// scope (a repeat item's own fields first), the built-in functions and keywords. Matches that start with the
    /// typed prefix come first, then those that contain it. None inside a string literal.
    /// </summary>
    public IReadOnlyList<ExpressionCompletion> Complete(FieldDraft field, string? text, int caret)
    {
        ArgumentNullException.ThrowIfNull(field);
        text ??= "";
        caret = Math.Clamp(caret, 0, text.Length);
        if (InsideString(text, caret))
        {
            return [];
        }

        var start = caret;
        while (start > 0 && IsIdentifierChar(text[start - 1]))
        {
            start--;
        }

        var prefix = text[start..caret];
        var schema = Schemas.For(field);
        var dot = start - 1;
        while (dot >= 0 && text[dot] == ' ')
        {
            dot--;
        }

        var candidates = dot >= 0 && text[dot] == '.'
            ? MemberCandidates(schema, text[..dot])
            : GlobalCandidates(schema);
        return Rank(candidates, prefix, start);
    }

    private static IEnumerable<(string Label, string Insert, CompletionKind Kind, string Detail)> GlobalCandidates(ExpressionSchema schema)
    {
        foreach (var f in schema.Fields)
        {
            yield return (f.Name, f.Name, CompletionKind.Field, TypeName(f.Type));
        }

        foreach (var fn in ExpressionFunctions.Functions)
        {
            yield return (fn.Signature, fn.Name + "(", CompletionKind.Function, fn.Description);
        }

        foreach (var kw in ExpressionFunctions.Keywords)
        {
            yield return (kw.Name, kw.Name, CompletionKind.Keyword, kw.Description);
        }
    }

    private static List<(string Label, string Insert, CompletionKind Kind, string Detail)> MemberCandidates(ExpressionSchema schema, string before)
    {
        var type = TypeOfTarget(schema, before);
        if (type is null)
        {
            return [];
        }

        var list = new List<(string Label, string Insert, CompletionKind Kind, string Detail)>();
        if (type.Kind == ExpressionTypeKind.Record)
        {
            list.AddRange(type.Schema!.Fields.Select(f => (f.Name, f.Name, CompletionKind.Field, TypeName(f.Type))));
        }
        else if (type.Kind == ExpressionTypeKind.Text)
        {
            list.AddRange(ExpressionFunctions.TextMethods.Select(m => (m.Signature, Insert(m), CompletionKind.Method, m.Description)));
        }
        else if (type.Kind == ExpressionTypeKind.List)
        {
            list.AddRange(ExpressionFunctions.ListMethods.Select(m => (m.Signature, Insert(m), CompletionKind.Method, m.Description)));
        }

        return list;

        static string Insert(ExpressionFunction m) => m.Signature.EndsWith("()", StringComparison.Ordinal) ? m.Name + "()" : m.Name + "(";
    }

    /// <summary>The type of the dotted chain that ends <paramref name="before"/> (<c>住址</c>, <c>x</c> of a lambda over a repeat group…).</summary>
    private static ExpressionType? TypeOfTarget(ExpressionSchema schema, string before)
    {
        var end = before.Length;
        var parts = new List<string>();
        while (true)
        {
            var start = end;
            while (start > 0 && IsIdentifierChar(before[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                return null;
            }

            parts.Insert(0, before[start..end]);
            if (start > 0 && before[start - 1] == '.')
            {
                end = start - 1;
                continue;
            }

            break;
        }

        var root = RootType(schema, parts[0], before);
        for (var i = 1; root is not null && i < parts.Count; i++)
        {
            root = root.Kind == ExpressionTypeKind.Record && root.Schema!.TryGetField(parts[i], out var inner) ? inner.Type : null;
        }

        return root;
    }

    private static ExpressionType? RootType(ExpressionSchema schema, string name, string before)
    {
        if (schema.TryGetField(name, out var field))
        {
            return field.Type;
        }

        // A lambda parameter: 家庭成员.Any(x => x.  — the element type of the list the lambda runs over.
        var lambda = Regex.Matches(before, @"([\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Nd}_.]*)\s*\.\s*(?:Any|All|Count|Sum|Where|Select)\s*\(\s*" + Regex.Escape(name) + @"\s*=>", RegexOptions.None, TimeSpan.FromMilliseconds(50));
        if (lambda.Count == 0)
        {
            return null;
        }

        var list = TypeOfTarget(schema, lambda[^1].Groups[1].Value);
        return list?.Kind == ExpressionTypeKind.List ? list.ElementType : null;
    }

    private static List<ExpressionCompletion> Rank(IEnumerable<(string Label, string Insert, CompletionKind Kind, string Detail)> candidates, string prefix, int start)
    {
        var first = new List<ExpressionCompletion>();
        var second = new List<ExpressionCompletion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, insert, kind, detail) in candidates)
        {
            var name = insert.TrimEnd('(', ')');
            if (!seen.Add(label))
            {
                continue;
            }

            var completion = new ExpressionCompletion(label, insert, kind, detail, start, prefix.Length);
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                first.Add(completion);
            }
            else if (prefix.Length > 0 && name.Contains(prefix, StringComparison.OrdinalIgnoreCase))
            {
                second.Add(completion);
            }
        }

        first.AddRange(second);
        return first;
    }

    private static bool InsideString(string text, int caret)
    {
        char? quote = null;
        for (var i = 0; i < caret; i++)
        {
            var c = text[i];
            if (quote is null && c is '"' or '\'')
            {
                quote = c;
            }
            else if (quote is not null && c == '\\')
            {
                i++;
            }
            else if (c == quote)
            {
                quote = null;
            }
        }

        return quote is not null;
    }

    private static bool IsIdentifierChar(char c) =>
        c == '_' || char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber;
}
