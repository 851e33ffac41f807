using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.PersonalData;

/// <summary>With <c>FormsEngine:KeyEncryptionCertificate</c>, keys are stored encrypted and open again with the certificate.</summary>
public sealed class KeyEncryptionCertificateTests
{
    [Fact]
    public async Task Keys_are_stored_encrypted_to_the_certificate_and_a_restart_opens_what_was_sealed()
    {
        var data = Directory.CreateTempSubdirectory("formsengine-keycert-").FullName;
        try
        {
            var pfx = Path.Combine(data, "keys.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=FormsEngine key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-password-1"));
            }

            var settings = new Dictionary<string, string>
            {
                ["FormsEngine:KeyEncryptionCertificate"] = pfx,
                ["FormsEngine:KeyEncryptionCertificatePassword"] = "pfx-password-1",
            };
            byte[] sealedAnswers;
            using (var first = new HostFactory { DataPathOverride = data, Settings = settings })
            {
                sealedAnswers = first.Services.GetRequiredService<PersonalDataVault>().SealAnswers(new JsonObject { ["身份证号"] = "110105193601010017" });
                using var scope = first.Services.CreateScope();
                scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
                var key = Assert.Single(await scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync());
                Assert.Contains("<encryptedSecret", key.Xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
            }

            using var second = new HostFactory { DataPathOverride = data, Settings = settings };
            var opened = second.Services.GetRequiredService<PersonalDataVault>().OpenAnswers(sealedAnswers);
            Assert.Equal("110105193601010017", opened["身份证号"]!.GetValue<string>());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void A_missing_certificate_stops_the_host_with_a_bilingual_reason()
    {
        using var factory = new HostFactory { Settings = { ["FormsEngine:KeyEncryptionCertificate"] = "/nonexistent/keys.pfx" } };
        var error = Assert.ThrowsAny<Exception>(() => factory.Services);
        var message = error is InvalidOperationException ? error.Message : error.InnerException?.Message ?? error.Message;
        Assert.Contains("无法读取密钥加密证书", message, StringComparison.Ordinal);
        Assert.Contains("cannot be read", message, StringComparison.Ordinal);
    }
}
