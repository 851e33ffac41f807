using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Submissions;

namespace FormsEngine.Host.Packs.Ledger;

/// <summary>
/// On the submit path, before eligibility: for the redemption form, the balance answer is overwritten with the ledger
/// balance of the phone the resident gave (hashed with the deployment key). Whatever the resident posted is ignored.
/// </summary>
internal sealed class PointsBalanceFiller(PointsLedger ledger, KeyedHasher hasher)
{
    public async Task FillAsync(FormDefinition form, JsonObject answers, string communityId, CancellationToken cancellationToken)
    {
        var config = PointsLedgerConfig.VolunteerPoints;
        if (form.Id != config.BalanceForm)
        {
            return;
        }

        long balance = 0;
        if (answers[config.PhoneField] is JsonValue phone && phone.TryGetValue<string>(out var text) && text.Length > 0)
        {
            var account = await hasher.HashAsync(PersonalValues.Mobile, text, cancellationToken).ConfigureAwait(false);
            balance = await ledger.BalanceAsync(communityId, account, cancellationToken).ConfigureAwait(false);
        }

        answers[config.BalanceField] = balance;
    }
}
