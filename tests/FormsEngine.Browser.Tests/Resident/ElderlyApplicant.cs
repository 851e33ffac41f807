namespace FormsEngine.Browser.Tests.Resident;

/// <summary>
/// Answers for the 高龄津贴申请 form (rulepacks/forms/elderly-allowance.json), as a resident types them. ID numbers
/// carry valid GB 11643 check digits; the expected age is computed from today's date in Beijing, as the page does.
/// </summary>
internal sealed record ElderlyApplicant(string Name, string IdNumber, DateOnly BirthDate, string Mobile, string Registration, string Years, bool LivesAlone, bool HasOtherAllowance)
{
    /// <summary>Born 1940-03-07, 本市 household, 10 years in the community: eligible.</summary>
    public static ElderlyApplicant Eligible { get; } =
        new("王秀兰", "110105194003070014", new DateOnly(1940, 3, 7), "13800138000", "本市户籍", "10", LivesAlone: true, HasOtherAllowance: false);

    /// <summary>Born 1960-03-07, registered elsewhere, 2 years in the community: too young and not resident long enough.</summary>
    public static ElderlyApplicant Ineligible { get; } =
        new("李建国", "110105196003070013", new DateOnly(1960, 3, 7), "13800138000", "外地户籍", "2", LivesAlone: false, HasOtherAllowance: false);

    /// <summary>Whole years of age today in Asia/Shanghai (the page's and the host's time zone).</summary>
    public int Age
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
            var age = today.Year - BirthDate.Year;
            return BirthDate.AddYears(age) > today ? age - 1 : age;
        }
    }
}
