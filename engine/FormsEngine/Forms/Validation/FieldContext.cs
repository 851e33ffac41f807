using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Validation;

/// <summary>What a field needs while checking its answer: where it is (lazily) and where to report problems.</summary>
internal readonly struct FieldContext
{
    public FieldContext(ValidationRun run, AnswerPath? parent, FormField field)
    {
        Run = run;
        Parent = parent;
        Field = field;
    }

    public ValidationRun Run { get; }

    public AnswerPath? Parent { get; }

    public FormField Field { get; }

    public DateOnly Today => Run.Today;

    public void Fail(string code, string zh, string en) => Run.Fail(AnswerPath.Of(Parent, Field), code, zh, en);

    /// <summary>Reports a problem inside the answer, e.g. <c>[2]</c> or <c>.room</c> after the field's path.</summary>
    public void Fail(string suffix, string code, string zh, string en) =>
        Run.Fail(AnswerPath.Of(Parent, Field) + suffix, code, zh, en);
}
