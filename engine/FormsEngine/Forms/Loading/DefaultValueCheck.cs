using FormsEngine.Forms.Fields;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Loading;

/// <summary>
/// Checks a field's <c>default</c> the way an answer would be checked, so a designer cannot publish a default that
/// every resident would then be told is wrong (a number default of "abc", an option that does not exist…).
/// </summary>
internal static class DefaultValueCheck
{
    public static void Check(FormField field, string path, LoadContext context)
    {
        if (field.Default is null || !field.CarriesAnswer || field is UnknownField)
        {
            return;
        }

        var run = new ValidationRun(SubmissionOptions.Default, []);
        field.Coerce(field.Default, new FieldContext(run, null, field));
        foreach (var error in run.ToResult([]).Errors)
        {
            context.Error(
                LoadCodes.InvalidDefault,
                JsonPaths.Property(path, "default"),
                "默认值不符合此字段的要求：" + error.MessageZh,
                "the default value does not fit the field: " + error.MessageEn);
        }
    }
}
