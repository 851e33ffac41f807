using System.Globalization;
using FormsEngine.Designer.Operations;
using FormsEngine.Diagnostics;

namespace FormsEngine.Designer.RuleEditing.Editors;

/// <summary>Picks the Chinese or English half of the engine's bilingual messages for the studio's current language.</summary>
internal static class Bilingual
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string zh, string en) => IsEnglish ? en : zh;

    public static string Text(Diagnostic diagnostic) => Pick(diagnostic.MessageZh, diagnostic.MessageEn);

    public static string Text(RuleMessage message) => Pick(message.Zh, message.En);
}
