using FormsEngine.Forms.Evaluation;
using FormsEngine.Host.Data;

namespace FormsEngine.Host.Resident;

/// <summary>What a resident URL <c>/f/{community}/{form}</c> points at: the publication, its community and street, the compiled form.</summary>
internal sealed record ResidentTarget(PublicationRow Publication, TenantRow Community, TenantRow Street, CompiledForm Form, TenantRow? Building)
{
    public string Url => Api.PublicationsEndpoints.ResidentUrl(Publication.CommunityId, Publication.FormId);

    public string DraftKey => $"{Form.Form.Id}@{Form.Form.Version}";

    public bool IsOpen(DateTimeOffset now) => Publication.Active && !(Publication.ClosesAt <= now.ToUnixTimeMilliseconds()) && !(Publication.OpensAt > now.ToUnixTimeMilliseconds());
}
