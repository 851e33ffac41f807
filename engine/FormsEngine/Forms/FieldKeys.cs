using System.Globalization;

namespace FormsEngine.Forms;

/// <summary>
/// Field keys are identifiers usable in expressions: a letter (any script, so <c>年龄</c> is fine) or <c>_</c>,
/// then letters, digits or <c>_</c>.
/// </summary>
internal static class FieldKeys
{
    public const int MaxLength = 64;

    public static bool IsValid(string key)
    {
        if (key.Length is 0 or > MaxLength)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            var category = char.GetUnicodeCategory(c);
            var isLetter = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.LetterNumber;
            if (isLetter || c == '_')
            {
                continue;
            }

            if (i > 0 && (category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
