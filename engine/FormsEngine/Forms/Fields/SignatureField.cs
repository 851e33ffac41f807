using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>signature</c>: a drawn signature stored as PNG — either a data URL <c>data:image/png;base64,…</c> whose bytes
/// must start with the PNG signature, or a <see cref="FileReference"/> with content type <c>image/png</c>.
/// <c>maxSizeBytes</c> bounds the decoded image (default 200 KB). Personal data by default.
/// </summary>
internal sealed class SignatureField : FormField
{
    public const string DataUrlPrefix = "data:image/png;base64,";

    private const int DefaultMaxSize = 200 * 1024;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private SignatureField(FieldCommon common, int? maxSize)
        : base(common)
    {
        MaxSizeBytes = maxSize;
    }

    public int? MaxSizeBytes { get; }

    private int EffectiveMaxSize => MaxSizeBytes ?? DefaultMaxSize;

    private protected override PersonalDataClass DefaultPersonalData => PersonalDataClass.Personal;

    public static SignatureField Read(FieldCommon common, ObjectReader r) => new(common, r.Int("maxSizeBytes", 1));

    /// <summary>Checks a PNG data URL; returns the decoded size, or -1 when it is not one.</summary>
    public static int DecodedPngSize(ReadOnlySpan<char> dataUrl)
    {
        if (!dataUrl.StartsWith(DataUrlPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var payload = dataUrl[DataUrlPrefix.Length..];
        if (payload.Length < 12 || !Base64.IsValid(payload, out var decodedLength))
        {
            return -1;
        }

        Span<byte> head = stackalloc byte[9];
        if (!Convert.TryFromBase64Chars(payload[..12], head, out var written) || written < PngSignature.Length)
        {
            return -1;
        }

        return head[..PngSignature.Length].SequenceEqual(PngSignature) ? decodedLength : -1;
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        if (value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>().AsSpan().Trim();
            if (text.IsEmpty)
            {
                return null;
            }

            var size = DecodedPngSize(text);
            if (size < 0)
            {
                Invalid(context);
                return null;
            }

            return CheckSize(size, context) ? JsonValue.Create(text.ToString()) : null;
        }

        if (FileReference.TryRead(value, out var file) && file.ContentType == "image/png")
        {
            return CheckSize(file.Size, context) ? file.ToJson() : null;
        }

        Invalid(context);
        return null;
    }

    private bool CheckSize(long size, in FieldContext context)
    {
        if (size <= EffectiveMaxSize)
        {
            return true;
        }

        var kb = (EffectiveMaxSize / 1024).ToString(CultureInfo.InvariantCulture);
        context.Fail(SubmissionCodes.SignatureTooLarge, $"签名图片不能超过 {kb} KB", $"The signature image must not exceed {kb} KB");
        return false;
    }

    private static void Invalid(in FieldContext context) =>
        context.Fail(SubmissionCodes.InvalidSignature, "签名无效，请重新签名", "The signature must be a PNG image; please sign again");

    private protected override void WriteSpecific(JsonObject target) => AddNumber(target, "maxSizeBytes", MaxSizeBytes);
}
