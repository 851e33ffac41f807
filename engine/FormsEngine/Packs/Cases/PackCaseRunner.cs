using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using FormsEngine.Expressions;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Forms.PersonalData;
using FormsEngine.Forms.Validation;
using FormsEngine.Rules;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.RuleEvaluators;
using FormsEngine.Workflows.Runtime;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Packs.Cases;

/// <summary>
/// Runs a pack's golden cases: validates the answers as the resident page would, decides eligibility with the case's
/// parameters, then runs the form's workflow on <paramref name="store"/> (a real durable store, e.g. a throw-away
/// SQLite file) on the case's own clock with the masked answers as input (as the host does), applying its decisions,
/// and compares everything with the expectation.
/// </summary>
public sealed class PackCaseRunner(IWorkflowStore store)
{
    /// <summary>Runs every case of <paramref name="pack"/> in order.</summary>
    public async Task<IReadOnlyList<PackCaseResult>> RunAsync(RulePack pack, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pack);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var published = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<PackCaseResult>();
        foreach (var item in pack.Cases)
        {
            results.Add(await RunAsync(pack, item, published, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<PackCaseResult> RunAsync(RulePack pack, PackCase item, HashSet<string> published, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        var clock = new CaseClock(item.Today);
        var expressions = new ExpressionOptions { TimeProvider = clock };
        var parameters = PackConfiguration.Resolve(pack.Manifest, null, item.Params).Values;
        var form = CompiledForm.Compile(pack.Forms[item.Form].Form, expressions);
        var validation = form.ValidateSubmission((JsonObject)item.Answers.DeepClone(), new SubmissionOptions { TimeProvider = clock });
        var expect = item.Expect;
        if (!expect.Valid || !validation.IsValid)
        {
            CheckValidation(expect, validation, failures);
            return new PackCaseResult(item, failures);
        }

        var answers = validation.Normalized;
        string? outcome = null;
        if (pack.RuleSets.ContainsKey(item.Form))
        {
            var onCaseClock = RuleSet.Compile(pack.RuleSetSources[item.Form], new RuleSetOptions { Inputs = pack.RuleInputs(form), Expressions = expressions }).RuleSet!;
            var decision = pack.Decide(item.Form, answers, parameters, onCaseClock);
            outcome = decision.IsSuccess ? "eligible" : "ineligible";
            Compare("outcome", expect.Outcome, outcome, failures);
            foreach (var text in expect.Explanation.Where(t => !decision.Text.Contains(t, StringComparison.Ordinal)))
            {
                failures.Add($"说明中没有“{text}”，实际：{decision.Text} / explanation lacks '{text}'");
            }

            if (expect.Events is { } events && !events.Order(StringComparer.Ordinal).SequenceEqual(decision.Events.Order(StringComparer.Ordinal)))
            {
                failures.Add($"事件 / events: 期望 expected [{string.Join(", ", events)}]，实际 actual [{string.Join(", ", decision.Events)}]");
            }
        }
        else if (expect.Outcome is not null)
        {
            failures.Add($"表单“{item.Form}”没有资格规则，不能期望 outcome / the form has no eligibility rules");
        }

        var data = new JsonObject { ["answers"] = answers.DeepClone() };
        if (pack.WorkflowFor(item.Form) is { } workflow)
        {
            await RunWorkflowAsync(pack, workflow.Id, item, answers, outcome, parameters, clock, published, data, failures, cancellationToken).ConfigureAwait(false);
        }
        else if (expect.Route is not null || expect.Status is not null)
        {
            failures.Add($"表单“{item.Form}”不触发流程，不能期望 route/status / the form starts no workflow");
        }

        foreach (var (path, expected) in expect.Values)
        {
            var actual = Find(data, path);
            if (!SameValue(expected, actual))
            {
                failures.Add($"{path}: 期望 expected {expected?.ToJsonString() ?? "null"}，实际 actual {actual?.ToJsonString() ?? "null"}");
            }
        }

        return new PackCaseResult(item, failures);
    }

    private async Task RunWorkflowAsync(RulePack pack, string workflowId, PackCase item, JsonObject answers, string? outcome, JsonObject parameters,
        CaseClock clock, HashSet<string> published, JsonObject data, List<string> failures, CancellationToken cancellationToken)
    {
        using var runtime = new WorkflowRuntime(new WorkflowRuntimeOptions
        {
            Store = store,
            TimeProvider = clock,
            Directory = new CaseDirectory(),
            Rules = pack.Tables.ToDictionary(t => t.Key, t => (IRuleEvaluator)new DecisionTableEvaluator(t.Value), StringComparer.Ordinal),
        });
        if (published.Add(workflowId))
        {
            await runtime.PublishAsync(pack.Workflows[workflowId], cancellationToken).ConfigureAwait(false);
        }

        // As in the host: workflow state holds the masked answers (it is not encrypted), so a case cannot pass on a
        // route or message that would only work with a resident's clear phone number.
        var input = PersonalDataMasker.Mask(pack.Forms[item.Form].Form, answers);
        if (item.Building is not null && !input.ContainsKey("楼栋"))
        {
            input["楼栋"] = item.Building;
        }

        input["submissionId"] = $"case-{item.Index + 1}";
        input["reference"] = $"CASE-{item.Index + 1}";
        input["eligibility"] = outcome;
        var view = await runtime.StartAsync(workflowId, input, parameters, "case", cancellationToken).ConfigureAwait(false);
        foreach (var decision in item.Decisions)
        {
            if (decision.StartsWith('+'))
            {
                // An hour at a time, so a daily loop fires each day it would have, not once for the whole jump.
                var until = clock.GetUtcNow() + XmlConvert.ToTimeSpan(decision[1..]);
                while (clock.GetUtcNow() < until)
                {
                    var step = until - clock.GetUtcNow();
                    clock.Advance(step < TimeSpan.FromHours(1) ? step : TimeSpan.FromHours(1));
                    await runtime.ProcessDueWorkAsync(clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                }
            }
            else if (view.OpenTasks.FirstOrDefault() is { } task)
            {
                var result = await runtime.CompleteTaskAsync(new TaskCompletion(task.Id, decision, "case"), cancellationToken).ConfigureAwait(false);
                if (result.Status != TaskCompletionStatus.Completed)
                {
                    failures.Add($"任务 {task.ActivityId} 不能以“{decision}”办结：{result.MessageZh} / task {task.ActivityId} refused '{decision}'");
                }
            }
            else
            {
                failures.Add($"没有待办任务可以“{decision}” / no open task for '{decision}'");
            }

            view = await runtime.GetInstanceAsync(view.Id, cancellationToken).ConfigureAwait(false) ?? view;
        }

        var route = view.Tasks.Select(t => $"{t.ActivityId}@{t.AssigneeId}").ToList();
        if (item.Expect.Route is { } expectedRoute && !expectedRoute.SequenceEqual(route, StringComparer.Ordinal))
        {
            failures.Add($"路径 / route: 期望 expected [{string.Join(", ", expectedRoute)}]，实际 actual [{string.Join(", ", route)}]");
        }

        var status = view.Status switch
        {
            WorkflowStatus.Completed => view.EndStatus ?? "completed",
            WorkflowStatus.Faulted => "faulted",
            _ => "waiting",
        };
        Compare("status", item.Expect.Status, status, failures);
        if (view.Status == WorkflowStatus.Faulted && item.Expect.Status != "faulted")
        {
            failures.Add($"流程出错：{view.FaultMessageZh} / the workflow faulted: {view.FaultMessageEn}");
        }

        foreach (var (key, value) in view.Data)
        {
            data[key] = value?.DeepClone();
        }
    }

    private static void CheckValidation(PackCaseExpectation expect, SubmissionResult validation, List<string> failures)
    {
        if (expect.Valid)
        {
            failures.Add("答案未通过校验 / the answers were refused: " + string.Join("; ", validation.Errors));
            return;
        }

        if (validation.IsValid)
        {
            failures.Add("期望答案被拒绝，实际通过了校验 / expected the answers to be refused, but they passed");
            return;
        }

        var paths = validation.Errors.Select(e => e.Path ?? "").ToHashSet(StringComparer.Ordinal);
        foreach (var path in expect.Errors.Where(p => !paths.Contains(p)))
        {
            failures.Add($"期望 {path} 报错，实际报错的是 [{string.Join(", ", paths)}] / expected an error at {path}");
        }
    }

    private static void Compare(string what, string? expected, string? actual, List<string> failures)
    {
        if (expected is not null && expected != actual)
        {
            failures.Add($"{what}: 期望 expected {expected}，实际 actual {actual ?? "null"}");
        }
    }

    private static JsonNode? Find(JsonObject data, string path)
    {
        JsonNode? node = data;
        foreach (var segment in path.Split('.'))
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    private static bool SameValue(JsonNode? expected, JsonNode? actual) =>
        JsonNumbers.TryGet(expected, out var x) && JsonNumbers.TryGet(actual, out var y)
            ? x == y
            : JsonNode.DeepEquals(expected, actual);
}
