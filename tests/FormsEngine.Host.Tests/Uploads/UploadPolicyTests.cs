using FormsEngine.Forms;
using FormsEngine.Host.Uploads;

namespace FormsEngine.Host.Tests.Uploads;

public sealed class UploadPolicyTests
{
    private const long TenMegabytes = 10 * 1024 * 1024;

    private static readonly string[] Photo = ["image/jpeg", "image/png", "image/heic", "image/webp"];

    private static readonly string[] PhotoOrPdf = ["image/*", "application/pdf"];

    [Fact]
    public void A_real_jpeg_passes_with_its_sniffed_type()
    {
        var check = UploadPolicy.Check("../../我的照片.jpg", "application/octet-stream", UploadSamples.Jpeg, 2048, Photo, TenMegabytes);

        Assert.True(check.IsOk);
        Assert.Equal("image/jpeg", check.ContentType);
        Assert.Equal("我的照片.jpg", check.SafeName);
    }

    [Fact]
    public void A_program_renamed_jpg_is_a_type_mismatch()
    {
        var check = UploadPolicy.Check("a.jpg", "image/jpeg", UploadSamples.Exe, 4096, Photo, TenMegabytes);

        Assert.False(check.IsOk);
        Assert.Equal(UploadCodes.TypeMismatch, check.Problem!.Code);
        Assert.Equal("文件“a.jpg”的内容不是图片，请重新选择照片", check.Problem.MessageZh);
        Assert.Contains("not a picture", check.Problem.MessageEn, StringComparison.Ordinal);
        Assert.Null(check.ContentType);
    }

    [Fact]
    public void A_pdf_renamed_png_is_refused_for_a_photo()
    {
        var check = UploadPolicy.Check("扫描件.png", "image/png", UploadSamples.Pdf, 4096, Photo, TenMegabytes);

        Assert.Equal(UploadCodes.TypeMismatch, check.Problem!.Code);
        Assert.Equal("文件“扫描件.png”的内容不是图片，请重新选择照片", check.Problem.MessageZh);
    }

    [Fact]
    public void A_pdf_renamed_png_passes_as_pdf_where_pdfs_are_accepted()
    {
        var check = UploadPolicy.Check("扫描件.png", "image/png", UploadSamples.Pdf, 4096, PhotoOrPdf, TenMegabytes);

        Assert.True(check.IsOk);
        Assert.Equal("application/pdf", check.ContentType);
    }

    [Fact]
    public void A_pdf_where_only_gif_is_accepted_names_what_it_is()
    {
        var check = UploadPolicy.Check("证明.pdf", null, UploadSamples.Pdf, 4096, ["image/gif", "text/plain"], TenMegabytes);

        Assert.Equal(UploadCodes.TypeMismatch, check.Problem!.Code);
        Assert.Equal("文件“证明.pdf”是PDF 文档，此处不接受这种文件", check.Problem.MessageZh);
    }

    [Fact]
    public void Zero_length_is_empty()
    {
        var check = UploadPolicy.Check("a.jpg", "image/jpeg", [], 0, Photo, TenMegabytes);

        Assert.Equal(UploadCodes.Empty, check.Problem!.Code);
        Assert.Equal("文件“a.jpg”是空的，请重新选择", check.Problem.MessageZh);
    }

    [Fact]
    public void Oversize_is_too_large_even_when_the_content_is_fine()
    {
        var check = UploadPolicy.Check("big.jpg", "image/jpeg", UploadSamples.Jpeg, TenMegabytes + 1, Photo, TenMegabytes);

        Assert.Equal(UploadCodes.TooLarge, check.Problem!.Code);
        Assert.Equal("文件“big.jpg”太大（10 MB），不能超过 10 MB", check.Problem.MessageZh);
    }

    [Fact]
    public void Unknown_content_with_an_unknown_name_is_unsupported()
    {
        var check = UploadPolicy.Check("notes.txt", "text/plain", UploadSamples.Text, 15, [], TenMegabytes);

        Assert.Equal(UploadCodes.Unsupported, check.Problem!.Code);
        Assert.Equal("不支持文件“notes.txt”的格式，请上传照片或 PDF 文件", check.Problem.MessageZh);
    }

    [Fact]
    public void Unknown_content_declared_as_pdf_is_a_mismatch()
    {
        var check = UploadPolicy.Check("证明", "application/pdf", UploadSamples.Exe, 15, [], TenMegabytes);

        Assert.Equal(UploadCodes.TypeMismatch, check.Problem!.Code);
        Assert.Equal("文件“证明”的内容与文件类型不符，请重新选择", check.Problem.MessageZh);
    }

    [Fact]
    public void Heif_counts_as_heic()
    {
        var check = UploadPolicy.Check("IMG_0001.HEIC", "image/heif", UploadSamples.Heif, 900_000, Photo, TenMegabytes);

        Assert.True(check.IsOk);
        Assert.Equal("image/heif", check.ContentType);
    }

    [Fact]
    public void Accept_list_of_a_photo_field_defaults_to_photo_types()
    {
        var form = FormDefinition.Load("""
            { "schemaVersion": 1, "id": "f", "version": 1, "title": { "zh-CN": "表" }, "fields": [
              { "type": "photo", "key": "照片", "label": { "zh-CN": "照片" } },
              { "type": "file", "key": "附件", "label": { "zh-CN": "附件" }, "accept": ["application/pdf"] },
              { "type": "text", "key": "姓名", "label": { "zh-CN": "姓名" } } ] }
            """).Form!;

        Assert.Equal(Photo, UploadAccept.For(form.FindField("照片")!));
        Assert.Equal(["application/pdf"], UploadAccept.For(form.FindField("附件")!));
        Assert.Empty(UploadAccept.For(form.FindField("姓名")!));
    }
}
