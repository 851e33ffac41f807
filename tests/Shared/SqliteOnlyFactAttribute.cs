namespace FormsEngine.TestSupport;

/// <summary>
/// A test that only means something on SQLite (it opens the database file, or checks the SQLite schema): skipped, with
/// its reason, when the suite runs on PostgreSQL (FORMSENGINE_TEST_DATABASE=postgres). xunit 2 has no runtime skip, so
/// the attribute decides when it is constructed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        Reason = reason;
        if (TestDatabases.OnPostgres)
        {
            Skip = "SQLite only: " + reason;
        }
    }

    /// <summary>Why the test needs SQLite.</summary>
    public string Reason { get; }
}
