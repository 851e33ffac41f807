using System.Text.Json.Nodes;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Tests.Forms.Fields;

public class UploadFieldTests
{
    private const string Files = """{ "type": "file", "key": "f", "accept": ["image/*", "application/pdf"], "maxSizeBytes": 1000, "maxCount": 2 }""";
    private const string Photo = """{ "type": "photo", "key": "f" }""";
    private const string Signature = """{ "type": "signature", "key": "f", "maxSizeBytes": 100 }""";

    private static string File(string contentType, long size, string id = "u1") =>
        $$"""{ "id": "{{id}}", "name": "证明.pdf", "size": {{size}}, "contentType": "{{contentType}}" }""";

    private static string PngDataUrl(int size)
    {
        var bytes = new byte[size];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        return "data:image/png;base64," + Convert.ToBase64String(bytes);
    }

    [Fact]
    public void File_references_are_kept()
    {
        var normalized = FormFixture.Normalized(Files, $"[{File("application/pdf", 500)}, {File("IMAGE/JPEG", 10, "u2")}]");

        var array = Assert.IsType<JsonArray>(normalized);
        Assert.Equal(2, array.Count);
        Assert.Equal("image/jpeg", array[1]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public void A_single_file_object_is_accepted() =>
        Assert.Single(Assert.IsType<JsonArray>(FormFixture.Normalized(Files, File("application/pdf", 500))));

    [Fact]
    public void Too_many_files() =>
        FormFixture.SingleError(FormFixture.One(Files, $"[{File("image/png", 1)}, {File("image/png", 1)}, {File("image/png", 1)}]"), "$.f", SubmissionCodes.TooManyFiles);

    [Fact]
    public void File_too_large_is_reported_by_index()
    {
        var error = FormFixture.SingleError(FormFixture.One(Files, $"[{File("image/png", 1)}, {File("image/png", 1001)}]"), "$.f[1]", SubmissionCodes.FileTooLarge);

        Assert.StartsWith("文件不能超过", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void File_type_not_accepted() =>
        FormFixture.SingleError(FormFixture.One(Files, $"[{File("application/zip", 1)}]"), "$.f[0]", SubmissionCodes.FileTypeNotAllowed);

    [Theory]
    [InlineData("""[{ "id": "u1", "name": "a.pdf", "contentType": "application/pdf" }]""")]
    [InlineData("""[{ "id": "", "name": "a.pdf", "size": 1, "contentType": "application/pdf" }]""")]
    [InlineData("""[{ "id": "u1", "name": "a.pdf", "size": -1, "contentType": "application/pdf" }]""")]
    [InlineData("""["u1"]""")]
    public void Incomplete_file_references_are_rejected(string answer) =>
        FormFixture.SingleError(FormFixture.One(Files, answer), "$.f[0]", SubmissionCodes.InvalidFile);

    [Fact]
    public void Photo_defaults_to_one_image()
    {
        Assert.True(FormFixture.One(Photo, $"[{File("image/heic", 2_000_000)}]").IsValid);
        FormFixture.SingleError(FormFixture.One(Photo, $"[{File("application/pdf", 1)}]"), "$.f[0]", SubmissionCodes.FileTypeNotAllowed);
        FormFixture.SingleError(FormFixture.One(Photo, $"[{File("image/png", 1)}, {File("image/png", 1)}]"), "$.f", SubmissionCodes.TooManyFiles);
    }

    [Fact]
    public void Photo_default_size_limit_is_10_mb() =>
        FormFixture.SingleError(FormFixture.One(Photo, File("image/png", (10 * 1024 * 1024) + 1)), "$.f", SubmissionCodes.FileTooLarge);

    [Fact]
    public void Signature_png_data_url_passes()
    {
        var url = PngDataUrl(60);

        Assert.Equal(url, FormFixture.Normalized(Signature, $"\"{url}\"")!.GetValue<string>());
    }

    [Fact]
    public void Signature_over_the_size_limit() =>
        FormFixture.SingleError(FormFixture.One(Signature, $"\"{PngDataUrl(101)}\""), "$.f", SubmissionCodes.SignatureTooLarge);

    [Theory]
    [InlineData("\"data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==\"")]
    [InlineData("\"data:image/png;base64,R0lGODlhAQABAAAAACw=\"")]
    [InlineData("\"data:image/png;base64,iVBORw0KGgo!!!!\"")]
    [InlineData("\"data:image/png;base64,iVBO\"")]
    [InlineData("\"not a signature\"")]
    [InlineData("42")]
    public void Signature_that_is_not_a_png_is_rejected(string answer) =>
        FormFixture.SingleError(FormFixture.One(Signature, answer), "$.f", SubmissionCodes.InvalidSignature);

    [Fact]
    public void Signature_may_be_an_uploaded_png_reference()
    {
        Assert.True(FormFixture.One(Signature, File("image/png", 50)).IsValid);
        FormFixture.SingleError(FormFixture.One(Signature, File("image/png", 500)), "$.f", SubmissionCodes.SignatureTooLarge);
        FormFixture.SingleError(FormFixture.One(Signature, File("image/jpeg", 50)), "$.f", SubmissionCodes.InvalidSignature);
    }
}
