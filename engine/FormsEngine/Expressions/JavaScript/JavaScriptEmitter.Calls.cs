using System.Globalization;
using FormsEngine.Expressions.Binding;
using FormsEngine.Expressions.Functions;

namespace FormsEngine.Expressions.JavaScript;

/// <summary>Built-in functions and collection methods.</summary>
internal sealed partial class JavaScriptEmitter
{
    private string Call(BoundCall call)
    {
        var a = call.Arguments;
        _usesClock |= call.Function is BuiltinFunction.Today or BuiltinFunction.Now or BuiltinFunction.Age;
        return call.Function switch
        {
            BuiltinFunction.Today => "$env.today",
            BuiltinFunction.Now => "$env.now",
            BuiltinFunction.DateFromText => $"R.date({Value(a[0])})",
            BuiltinFunction.DateFromDateTime => $"R.datePart({Value(a[0])})",
            BuiltinFunction.Age => $"R.age({Value(a[0])}, $env)",
            BuiltinFunction.DaysBetween => $"R.daysBetween({Value(a[0])}, {Value(a[1])})",
            BuiltinFunction.IdValid => $"R.idValid({Value(a[0])})",
            BuiltinFunction.IdBirthDate => $"R.idBirthDate({Value(a[0])})",
            BuiltinFunction.IdSex => $"R.idSex({Value(a[0])})",
            BuiltinFunction.IdRegion => $"R.idRegion({Value(a[0])})",
            BuiltinFunction.TextLength or BuiltinFunction.ListLength => $"R.len({Value(a[0])})",
            BuiltinFunction.Matches => $"R.matches({Value(a[0])}, {Regex(call.Pattern!)})",
            BuiltinFunction.IsBlankText => $"R.isBlank({Value(a[0])})",
            BuiltinFunction.IsBlankList => $"R.isBlankList({Value(a[0])})",
            BuiltinFunction.IsNull => $"({Value(a[0])} === null)",
            BuiltinFunction.In => In(call),
            BuiltinFunction.Round => $"R.round({Value(a[0])}, {Value(a[1])})",
            BuiltinFunction.Min => a.Skip(1).Aggregate(Value(a[0]), (acc, next) => $"R.min({acc}, {Value(next)})"),
            BuiltinFunction.Max => a.Skip(1).Aggregate(Value(a[0]), (acc, next) => $"R.max({acc}, {Value(next)})"),
            BuiltinFunction.TextContains => $"R.contains({Value(a[0])}, {Value(a[1])})",
            BuiltinFunction.TextStartsWith => $"R.startsWith({Value(a[0])}, {Value(a[1])})",
            BuiltinFunction.TextEndsWith => $"R.endsWith({Value(a[0])}, {Value(a[1])})",
            BuiltinFunction.TextToUpper => $"R.upper({Value(a[0])})",
            BuiltinFunction.TextToLower => $"R.lower({Value(a[0])})",
            BuiltinFunction.TextTrim => $"R.trim({Value(a[0])})",
            BuiltinFunction.ListContains => $"R.listContains({Value(a[0])}, {Value(a[1])})",
            _ => throw new InvalidOperationException($"{call.Function} has no JavaScript translation."),
        };
    }

    private string In(BoundCall call)
    {
        var temp = "$t" + (_temps++).ToString(CultureInfo.InvariantCulture);
        var options = call.Arguments.Skip(1).Select(o => $"{temp} === {Value(o)}");
        return $"(({temp} = {Value(call.Arguments[0])}) !== null && ({string.Join(" || ", options)}))";
    }

    private string Regex(RegexPattern pattern)
    {
        _regexes.Add(Quote(pattern.Portable));
        return "$re" + (_regexes.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    private string Collection(BoundCollectionCall call)
    {
        var source = Value(call.Source);
        if (call.Body is null)
        {
            return call.Method switch
            {
                CollectionMethod.Any => $"(R.len({source}) > 0)",
                CollectionMethod.Count => $"R.len({source})",
                _ => $"R.sum({source}, function (x) {{ return x; }})",
            };
        }

        var parameter = Parameter(call.Parameter!);
        var body = call.Method is CollectionMethod.Sum or CollectionMethod.Select ? Value(call.Body) : Bool(call.Body);
        var fn = call.Method switch
        {
            CollectionMethod.Any => "any",
            CollectionMethod.All => "all",
            CollectionMethod.Count => "count",
            CollectionMethod.Sum => "sum",
            CollectionMethod.Where => "where",
            _ => "select",
        };
        return $"R.{fn}({source}, function ({parameter}) {{ return {body}; }})";
    }
}
