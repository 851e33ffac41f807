namespace FormsEngine.Expressions.DotNet;

/// <summary>How the .NET backend turns its expression tree into a delegate.</summary>
internal enum DelegateStrategy
{
    /// <summary>Interpreted at first (cheap to build), IL-compiled after <see cref="ExpressionOptions.TierUpAfter"/> evaluations.</summary>
    Tiered,

    /// <summary>IL-compiled immediately.</summary>
    Compiled,

    /// <summary>Always interpreted: large trees, whose IL compilation costs tens of milliseconds.</summary>
    Interpreted,
}
