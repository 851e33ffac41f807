using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FormsEngine.Host.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace FormsEngine.Host.PersonalData;

/// <summary>
/// Optional encryption of the key ring at rest: with <c>FormsEngine:KeyEncryptionCertificate</c> (a PKCS#12 file with
/// its private key) and <c>FormsEngine:KeyEncryptionCertificatePassword</c>, every new key is stored in
/// <c>data_protection_keys</c> encrypted to that certificate, and the same certificate opens it again. Without it keys
/// are stored in the clear (Data Protection logs "No XML encryptor configured"), as the file keys were before.
/// </summary>
internal static class KeyEncryptionCertificate
{
    public static IDataProtectionBuilder ProtectKeysWith(this IDataProtectionBuilder builder, FormsEngineHostOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.KeyEncryptionCertificate))
        {
            return builder;
        }

        var path = Path.GetFullPath(options.KeyEncryptionCertificate, Environment.CurrentDirectory);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.KeyEncryptionCertificatePassword);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"无法读取密钥加密证书 {path}（FormsEngine:KeyEncryptionCertificate）：请检查文件和密码 / "
                + $"The key encryption certificate {path} (FormsEngine:KeyEncryptionCertificate) cannot be read; check the file and its password: {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException(
                $"密钥加密证书 {path} 不含私钥 / The key encryption certificate {path} has no private key, so the keys it encrypts could not be read back.");
        }

        // Also registers the certificate for decryption, so it need not be in an X.509 store.
        return builder.ProtectKeysWithCertificate(certificate);
    }
}
