using System.Text.Json.Nodes;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Data;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Api;

/// <summary>
/// <c>POST /api/v1/rules/evaluate</c>: runs a form's eligibility rules on sample answers without storing anything —
/// the designer's test panel and anyone checking "would this resident qualify?".
/// </summary>
internal static class RulesEndpoints
{
    public static IEndpointRouteBuilder MapRulesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/rules").WithTags("Rules").RequireAuthorization(AccountsHostExtensions.StaffPolicy)
            .MapPost("/evaluate", Evaluate).DisableAntiforgery();
        return app;
    }

    internal static async Task<Results<Ok<RulesEvaluation>, ProblemHttpResult>> Evaluate(
        EvaluateRules? body, FormsEngineDbContext db, PublishedForms forms, RuleCatalog rules, EligibilityEvaluator eligibility, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body?.Form is not { Length: > 0 } formId || body.Answers is null)
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "rules.body", "请求需要 form 和 answers 两项", "the body needs form and answers",
                [FormsEngine.Diagnostics.Diagnostic.Error("rules.body", "$", "缺少 form 或 answers", "form or answers is missing")]);
        }

        var query = db.FormVersions.AsNoTracking().Where(f => f.FormId == formId);
        var version = body.Version is { } v
            ? await query.Where(f => f.Version == v).Select(f => (int?)f.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : await query.MaxAsync(f => (int?)f.Version, cancellationToken).ConfigureAwait(false);
        if (version is null || await forms.FindAsync(formId, version.Value, cancellationToken).ConfigureAwait(false) is not { } form)
        {
            return BilingualProblem.Create(StatusCodes.Status404NotFound, "form.notFound", $"找不到表单“{formId}”", $"there is no form '{formId}'");
        }

        var compilation = rules.ForForm(form);
        if (compilation is null)
        {
            return BilingualProblem.Create(StatusCodes.Status422UnprocessableEntity, "rules.none", "该表单没有设置资格规则", "the form has no eligibility rules");
        }

        if (!compilation.Succeeded)
        {
            return BilingualProblem.Create(StatusCodes.Status422UnprocessableEntity, "rules.compile", "资格规则有错误，请先修正", "the eligibility rules do not compile", compilation.Diagnostics);
        }

        var validation = form.ValidateSubmission(body.Answers, new FormsEngine.Forms.Validation.SubmissionOptions { TimeProvider = clock });
        if (!validation.IsValid)
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "submission.invalid", "样例答案有误，请按提示修改", "the sample answers have errors; see errors[]", validation.Errors);
        }

        var decision = eligibility.Decide(form, validation.Normalized)!;
        var ruleSet = compilation.RuleSet!;
        var name = form.Form.Eligibility!.Workflow;
        var workflow = name is null ? ruleSet.Workflows[0] : ruleSet.GetWorkflow(name);
        var input = ruleSet.CreateInput(new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["input1"] = validation.Normalized });
        var trace = new JsonArray([.. workflow.Execute(input, trace: true).Select(r => (JsonNode)r.ToJson())]);
        return TypedResults.Ok(new RulesEvaluation(decision.Outcome, decision.Explanation, decision.Events, trace));
    }
}
