using FormsEngine.Forms;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Host.Exports;

/// <summary>
/// The answer columns of a form, in form order. Pages are transparent; static text and other fields that carry no
/// answer are skipped. A repeat group gives one column per field inside it, headed “组标签 / 字段标签”, whose cell joins
/// the values of every item (see <see cref="ExportColumn"/>); nested groups are flattened the same way. A field
/// without a label is headed by its key.
/// </summary>
internal static class ExportColumns
{
    /// <summary>Separates a repeat group's label from its field's label in a header.</summary>
    public const string HeaderSeparator = " / ";

    public static IReadOnlyList<ExportColumn> For(FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var columns = new List<ExportColumn>();
        Add(form.Fields, [], "", columns);
        return columns;
    }

    private static void Add(IReadOnlyList<FormField> fields, string[] prefix, string headerPrefix, List<ExportColumn> columns)
    {
        foreach (var field in fields)
        {
            switch (field)
            {
                case PageField:
                    Add(field.Fields, prefix, headerPrefix, columns);
                    break;
                case RepeatGroupField:
                    Add(field.Fields, [.. prefix, field.Key], headerPrefix + HeaderOf(field) + HeaderSeparator, columns);
                    break;
                case { CarriesAnswer: false }:
                    break;
                default:
                    columns.Add(new ExportColumn(headerPrefix + HeaderOf(field), [.. prefix, field.Key], ExportValues.For(field)));
                    break;
            }
        }
    }

    private static string HeaderOf(FormField field) =>
        field.Label is { } label && label.Zh.Length > 0 ? label.Zh : field.Key;
}
