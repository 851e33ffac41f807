namespace FormsEngine.Designer.Studio;

/// <summary>Names the studio shares with its host without referencing it (the host's test checks they agree).</summary>
public static class StudioPolicies
{
    /// <summary>The host's staff authorization policy (<c>AccountsHostExtensions.StaffPolicy</c>).</summary>
    public const string Staff = "staff";

    /// <summary>Where the host signs staff in; the studio sends signed-out users there with a <c>returnUrl</c>.</summary>
    public const string LoginPath = "/account/login";

    /// <summary>The host's sign-out endpoint (POST with an antiforgery token).</summary>
    public const string LogoutPath = "/account/logout";
}
