using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>file</c> or <c>photo</c>: uploaded files, answered as an array of <see cref="FileReference"/> objects (a single
/// object is accepted too). <c>accept</c> lists content types (<c>image/*</c> wildcards allowed; a photo defaults to
/// JPEG, PNG, HEIC and WebP), <c>maxSizeBytes</c> bounds each file (default 10 MB), <c>maxCount</c> the number of
/// files (default 1 for a photo, 5 for files). Photos are personal data by default.
/// </summary>
internal sealed class FileUploadField : FormField
{
    private const long DefaultMaxSize = 10 * 1024 * 1024;

    private static readonly string[] PhotoTypes = ["image/jpeg", "image/png", "image/heic", "image/webp"];

    private FileUploadField(FieldCommon common, IReadOnlyList<string> accept, long? maxSize, int? maxCount)
        : base(common)
    {
        Accept = accept;
        MaxSizeBytes = maxSize;
        MaxCount = maxCount;
    }

    public IReadOnlyList<string> Accept { get; }

    public long? MaxSizeBytes { get; }

    public int? MaxCount { get; }

    private IReadOnlyList<string> EffectiveAccept => Accept.Count == 0 && Type == FieldTypes.Photo ? PhotoTypes : Accept;

    private long EffectiveMaxSize => MaxSizeBytes ?? DefaultMaxSize;

    private int EffectiveMaxCount => MaxCount ?? (Type == FieldTypes.Photo ? 1 : 5);

    private protected override PersonalDataClass DefaultPersonalData =>
        Type == FieldTypes.Photo ? PersonalDataClass.Personal : PersonalDataClass.None;

    public static FileUploadField Read(FieldCommon common, ObjectReader r)
    {
        var accept = r.StringList("accept");
        var maxSize = r.Int("maxSizeBytes", 1);
        var maxCount = r.Int("maxCount", 1);
        return new FileUploadField(common, accept, maxSize, maxCount);
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        var array = value as JsonArray;
        var count = array?.Count ?? 1;
        if (count == 0)
        {
            return null;
        }

        if (count > EffectiveMaxCount)
        {
            context.Fail(SubmissionCodes.TooManyFiles, $"最多上传 {EffectiveMaxCount} 个文件", $"At most {EffectiveMaxCount} files may be uploaded");
            return null;
        }

        var result = new JsonArray();
        var ok = true;
        for (var i = 0; i < count; i++)
        {
            var suffix = array is null ? "" : JsonPaths.Index("", i);
            if (!FileReference.TryRead(array is null ? value : array[i], out var file))
            {
                context.Fail(suffix, SubmissionCodes.InvalidFile, "文件信息不完整，请重新上传", "The file reference needs id, name, size and contentType");
                ok = false;
            }
            else if (!IsAccepted(file.ContentType))
            {
                context.Fail(suffix, SubmissionCodes.FileTypeNotAllowed, "不支持此文件类型", $"The file type {file.ContentType} is not allowed");
                ok = false;
            }
            else if (file.Size > EffectiveMaxSize)
            {
                var mb = (EffectiveMaxSize / 1048576m).ToString("0.##", CultureInfo.InvariantCulture);
                context.Fail(suffix, SubmissionCodes.FileTooLarge, $"文件不能超过 {mb} MB", $"The file must not exceed {mb} MB");
                ok = false;
            }
            else
            {
                result.Add(file.ToJson());
            }
        }

        return ok ? result : null;
    }

    private bool IsAccepted(string contentType)
    {
        var accept = EffectiveAccept;
        if (accept.Count == 0)
        {
            return true;
        }

        foreach (var pattern in accept)
        {
            if (pattern.EndsWith("/*", StringComparison.Ordinal)
                ? contentType.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(pattern, contentType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private protected override void WriteSpecific(JsonObject target)
    {
        AddList(target, "accept", Accept);
        if (MaxSizeBytes is { } size)
        {
            target["maxSizeBytes"] = size;
        }

        AddNumber(target, "maxCount", MaxCount);
    }
}
