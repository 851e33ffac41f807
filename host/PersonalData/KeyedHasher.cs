using System.Security.Cryptography;
using System.Text;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.PersonalData;

/// <summary>
/// HMAC-SHA256 of a personal value (ID number, phone) under a deployment key, so equal values can be found and
/// de-duplicated without storing them in clear; without the key the hashes cannot be brute-forced from the small space
/// of phone numbers. The 256-bit key is generated on first use and kept in the <c>settings</c> table, itself encrypted
/// with Data Protection.
/// </summary>
internal sealed class KeyedHasher(IServiceScopeFactory scopes, IDataProtectionProvider provider) : IDisposable
{
    private const string SettingKey = "personalData.hashKey";
    private readonly IDataProtector _protector = provider.CreateProtector("FormsEngine.PersonalData.HashKey.v1");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    /// <summary>The hash of <paramref name="value"/> after normalising it for its kind (upper case, no spaces or dashes).</summary>
    public async ValueTask<string> HashAsync(string kind, string value, CancellationToken cancellationToken)
    {
        var key = _key ?? await LoadKeyAsync(cancellationToken).ConfigureAwait(false);
        var normalized = new StringBuilder(value.Length + kind.Length + 1).Append(kind).Append(':');
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                normalized.Append(char.ToUpperInvariant(c));
            }
        }

        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalized.ToString()));
        return Base64Url(mac);
    }

    private async Task<byte[]> LoadKeyAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_key is not null)
            {
                return _key;
            }

            using var scope = SystemScope.Create(scopes);
            var db = scope.Db;
            var row = await db.Settings.FirstOrDefaultAsync(s => s.Key == SettingKey, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                var fresh = RandomNumberGenerator.GetBytes(32);
                db.Settings.Add(new SettingRow { Key = SettingKey, Value = Convert.ToBase64String(_protector.Protect(fresh)) });
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return _key = fresh;
                }
                catch (DbUpdateException)
                {
                    // Another node created the key first: use theirs.
                    db.ChangeTracker.Clear();
                    row = await db.Settings.FirstAsync(s => s.Key == SettingKey, cancellationToken).ConfigureAwait(false);
                }
            }

            return _key = _protector.Unprotect(Convert.FromBase64String(row.Value));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
