using System.Text.Json.Nodes;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// A resident's post, read by <see cref="FormPostReader"/>: the answers (for <c>CompiledForm.ValidateSubmission</c>
/// and for showing the page again), the action, the idempotency token, and the file inputs whose uploads the host
/// stores and attaches with <see cref="AttachFile"/>.
/// </summary>
public sealed class FormPost
{
    private readonly HashSet<string> _fileInputs;

    internal FormPost(JsonObject answers, FormAction action, string? idempotencyToken, HashSet<string> fileInputs)
    {
        Answers = answers;
        Action = action;
        IdempotencyToken = idempotencyToken;
        _fileInputs = fileInputs;
    }

    /// <summary>The answers keyed by field key; repeat groups as arrays of objects. Empty inputs are absent.</summary>
    public JsonObject Answers { get; }

    /// <summary>The posted <c>_action</c>.</summary>
    public FormAction Action { get; }

    /// <summary>The posted <c>_idem</c>, or null.</summary>
    public string? IdempotencyToken { get; }

    /// <summary>
    /// Names of the file and photo inputs on the posted page (<c>健康码截图</c>, <c>家庭成员[0].照片</c>): an uploaded
    /// part (<c>IFormFile.Name</c>) with one of these names belongs in the answers; any other is to be ignored.
    /// </summary>
    public IReadOnlyCollection<string> FileInputs => _fileInputs;

    /// <summary>
    /// Carries out an add or remove of a repeat item (<see cref="Action"/>) on <see cref="Answers"/>, within the group's
    /// <c>maxItems</c>. True when something changed; the host then shows the page again without validating.
    /// </summary>
    public bool ApplyAction(FormsEngine.Forms.FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RepeatActions.Apply(form, Answers, Action);
    }

    /// <summary>
    /// Appends a stored upload's reference <c>{id,name,size,contentType}</c> to the answer of the file input
    /// <paramref name="inputName"/>. False (nothing changed) when the name is not one of <see cref="FileInputs"/>.
    /// References posted back by the page (files kept from an earlier round trip) arrive in the answers as posted:
    /// the host must check that their ids belong to this resident's session before accepting them.
    /// </summary>
    public bool AttachFile(string inputName, string id, string fileName, long size, string contentType)
    {
        if (!_fileInputs.Contains(inputName) || PostPaths.Locate(Answers, inputName, create: true) is not ({ } parent, var key))
        {
            return false;
        }

        if (parent[key] is not JsonArray files)
        {
            parent[key] = files = [];
        }

        files.Add(new JsonObject { ["id"] = id, ["name"] = fileName, ["size"] = size, ["contentType"] = contentType });
        return true;
    }
}
