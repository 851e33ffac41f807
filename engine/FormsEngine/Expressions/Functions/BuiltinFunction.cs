namespace FormsEngine.Expressions.Functions;

/// <summary>Every function and member the language allows. Nothing outside this list can be called.</summary>
internal enum BuiltinFunction
{
    Today,
    Now,
    DateFromText,
    DateFromDateTime,
    Age,
    DaysBetween,
    IdValid,
    IdBirthDate,
    IdSex,
    IdRegion,
    TextLength,
    ListLength,
    Matches,
    IsBlankText,
    IsBlankList,
    IsNull,
    In,
    Round,
    Min,
    Max,
    TextContains,
    TextStartsWith,
    TextEndsWith,
    TextToUpper,
    TextToLower,
    TextTrim,
    ListContains,
}

/// <summary>Collection methods over lists; the lambda (if any) is bound once per element.</summary>
internal enum CollectionMethod
{
    Any,
    All,
    Count,
    Sum,
    Where,
    Select,
}
