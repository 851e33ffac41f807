using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Rules.Loading;

/// <summary>Reading <c>Actions</c> and params (<c>GlobalParams</c>, <c>LocalParams</c>, <c>additionalInputs</c>).</summary>
internal static partial class RuleSetReader
{
    private static (ActionModel? OnSuccess, ActionModel? OnFailure) ReadActions(JsonObject obj, string path, List<Diagnostic> diagnostics)
    {
        if (!JsonProps.TryGet(obj, "Actions", out var actionsName, out var node) || node is null)
        {
            return (null, null);
        }

        var actionsPath = JsonProps.Child(path, actionsName);
        if (node is not JsonObject actions)
        {
            diagnostics.Add(RuleDiagnostics.NotObject(actionsPath));
            return (null, null);
        }

        return (ReadAction(actions, actionsPath, "OnSuccess", diagnostics), ReadAction(actions, actionsPath, "OnFailure", diagnostics));
    }

    private static ActionModel? ReadAction(JsonObject actions, string path, string property, List<Diagnostic> diagnostics)
    {
        if (!JsonProps.TryGet(actions, property, out var actualName, out var node) || node is null)
        {
            return null;
        }

        var actionPath = JsonProps.Child(path, actualName);
        if (node is not JsonObject action)
        {
            diagnostics.Add(RuleDiagnostics.NotObject(actionPath));
            return null;
        }

        var name = RequiredText(action, actionPath, "Name", diagnostics);
        JsonObject? context = null;
        if (JsonProps.TryGet(action, "Context", out var contextName, out var contextNode) && contextNode is not null)
        {
            context = contextNode as JsonObject;
            if (context is null)
            {
                diagnostics.Add(RuleDiagnostics.NotObject(JsonProps.Child(actionPath, contextName)));
            }
        }

        return name is null ? null : new ActionModel(actionPath, name, context);
    }

    public static List<ParamModel> ReadParams(JsonObject obj, string path, string property, List<Diagnostic> diagnostics)
    {
        var result = new List<ParamModel>();
        foreach (var (item, itemPath) in Items(obj, path, property, diagnostics))
        {
            if (item is not JsonObject param)
            {
                diagnostics.Add(RuleDiagnostics.NotObject(itemPath));
                continue;
            }

            var name = RequiredText(param, itemPath, "Name", diagnostics);
            var expression = OptionalText(param, itemPath, "Expression", diagnostics, out var expressionPath);
            if (expression is null)
            {
                diagnostics.Add(RuleDiagnostics.Missing(itemPath, "Expression"));
            }

            if (name is not null && expression is not null)
            {
                result.Add(new ParamModel(itemPath, name, expression, expressionPath));
            }
        }

        return result;
    }
}
