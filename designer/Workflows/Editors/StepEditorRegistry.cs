namespace FormsEngine.Designer.WorkflowEditing.Editors;

/// <summary>
/// The editor component of each activity type (the engine's <c>ActivityRegistry</c> holds the runtime side): adding an
/// activity type is its engine class, its <c>*Editor.razor</c> here, and one line in each registry. Types without an
/// editor show <see cref="UnknownStepEditor"/>, read-only.
/// </summary>
public static class StepEditorRegistry
{
    private static readonly Dictionary<string, Type> Editors = new(StringComparer.Ordinal)
    {
        [StepTypes.FormSubmitted] = typeof(FormSubmittedEditor),
        [StepTypes.EvaluateRules] = typeof(EvaluateRulesEditor),
        [StepTypes.AssignTask] = typeof(AssignTaskEditor),
        [StepTypes.Notify] = typeof(NotifyEditor),
        [StepTypes.SetValues] = typeof(SetValuesEditor),
        [StepTypes.Wait] = typeof(WaitEditor),
        [StepTypes.Fork] = typeof(NoPropertiesEditor),
        [StepTypes.Join] = typeof(NoPropertiesEditor),
        [StepTypes.End] = typeof(EndEditor),
    };

    /// <summary>The editor for <paramref name="type"/>; <see cref="UnknownStepEditor"/> when there is none.</summary>
    public static Type For(string type) => Editors.GetValueOrDefault(type, typeof(UnknownStepEditor));

    /// <summary>True when <paramref name="type"/> has an editor of its own.</summary>
    public static bool Has(string type) => Editors.ContainsKey(type);
}
