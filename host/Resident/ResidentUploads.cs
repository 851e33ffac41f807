using FormsEngine.Designer.Resident;
using FormsEngine.Diagnostics;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;
using FormsEngine.Host.Submissions;
using FormsEngine.Host.Uploads;

namespace FormsEngine.Host.Resident;

/// <summary>
/// The files of a resident post: each part whose name is a file input of the page is read (up to the field's limit),
/// sniffed by content, and attached to the answers; anything else is ignored. File references the page posted back
/// are dropped — only files uploaded in this request are trusted (with JavaScript on, the page checks answers before
/// posting, so a resident rarely has to pick a photo twice).
/// </summary>
internal static class ResidentUploads
{
    private const long DefaultMaxBytes = 10 * 1024 * 1024;

    public static async Task<(List<PendingUpload> Uploads, List<Diagnostic> Errors)> ReadAsync(FormDefinition form, FormPost post, IFormFileCollection files, CancellationToken cancellationToken)
    {
        foreach (var name in post.FileInputs)
        {
            AnswerPaths.Remove(post.Answers, name);
        }

        var uploads = new List<PendingUpload>();
        var errors = new List<Diagnostic>();
        foreach (var file in files)
        {
            if (!post.FileInputs.Contains(file.Name) || AnswerPaths.FindField(form, file.Name) is not FileUploadField field)
            {
                continue;
            }

            if (file.Length == 0)
            {
                // A browser sends an empty part with no file name when nothing was chosen; an empty *named* file is a
                // broken photo (a failed camera save, a cut-off transfer) that must not pass as "no photo".
                if (!string.IsNullOrWhiteSpace(file.FileName))
                {
                    errors.Add(Diagnostic.Error("upload.empty", "$." + file.Name, "所选文件是空的（0 字节），请重新选择或重新拍照", "the chosen file is empty (0 bytes); choose it again"));
                }

                continue;
            }

            var maxBytes = field.MaxSizeBytes ?? DefaultMaxBytes;
            var head = new byte[Math.Min(64, file.Length)];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
            }

            var check = UploadPolicy.Check(file.FileName, file.ContentType, head, file.Length, UploadAccept.For(field), maxBytes);
            if (check.Problem is { } problem || check.ContentType is null)
            {
                errors.Add(Diagnostic.Error(check.Problem?.Code ?? "upload.unsupported", "$." + file.Name,
                    check.Problem?.MessageZh ?? "无法识别该文件，请重新选择", check.Problem?.MessageEn ?? "unrecognised file"));
                continue;
            }

            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            }

            var id = Guid.CreateVersion7().ToString("N");
            uploads.Add(new PendingUpload(id, check.SafeName, check.ContentType, content));
            post.AttachFile(file.Name, id, check.SafeName, content.Length, check.ContentType);
        }

        return (uploads, errors);
    }
}
