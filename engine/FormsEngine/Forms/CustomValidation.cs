namespace FormsEngine.Forms;

/// <summary>
/// A staff-written rule on a field: <c>{"expression":"年龄 &gt;= 18","message":{"zh-CN":"…","en":"…"}}</c>.
/// The expression is stored and round-tripped here; the expression engine compiles and evaluates it.
/// </summary>
/// <param name="Expression">The expression text, true when the answer is acceptable.</param>
/// <param name="Message">What to tell the resident when it is false.</param>
public sealed record CustomValidation(string Expression, LocalizedText Message);
