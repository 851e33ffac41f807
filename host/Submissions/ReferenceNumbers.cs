using System.Globalization;
using System.Security.Cryptography;
using FormsEngine.Host.Hosting;

namespace FormsEngine.Host.Submissions;

/// <summary>
/// Receipt numbers residents can read out on the phone: the date in Beijing time and 8 characters from an alphabet
/// without look-alikes, e.g. <c>261122-7K3M-9PQ2</c> (31^8 ≈ 8.5·10^11 per day; the database's unique index settles the
/// astronomically rare clash).
/// </summary>
internal static class ReferenceNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string Create(DateTimeOffset now)
    {
        var local = now.ToOffset(ChinaTime.Offset);
        var random = RandomNumberGenerator.GetString(Alphabet, 8);
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyMMdd}-{random[..4]}-{random[4..]}");
    }
}
