namespace FormsEngine.Workflows.Seams;

/// <summary>An <see cref="IAssigneeDirectory"/> held in memory, for tests and small deployments.</summary>
public sealed class InMemoryAssigneeDirectory : IAssigneeDirectory
{
    private readonly Dictionary<string, string> _gridOfBuilding = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Assignee Worker, string Community)> _grids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Assignee Staff, Assignee StreetOffice)> _communities = new(StringComparer.Ordinal);

    /// <summary>Declares a community with its staff role and the street office above it.</summary>
    public InMemoryAssigneeDirectory Community(string community, Assignee staff, Assignee streetOffice)
    {
        _communities[community] = (staff, streetOffice);
        return this;
    }

    /// <summary>Declares a grid of <paramref name="community"/> with its grid worker and buildings.</summary>
    public InMemoryAssigneeDirectory Grid(string grid, string community, Assignee worker, params string[] buildings)
    {
        ArgumentNullException.ThrowIfNull(buildings);
        _grids[grid] = (worker, community);
        foreach (var building in buildings)
        {
            _gridOfBuilding[building] = grid;
        }

        return this;
    }

    /// <inheritdoc />
    public ValueTask<Assignee?> FindGridWorkerAsync(string building, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GridOf(building) is { } grid ? grid.Worker : null);

    /// <inheritdoc />
    public ValueTask<Assignee?> FindEscalationTargetAsync(string building, int level, CancellationToken cancellationToken)
    {
        Assignee? target = null;
        if (GridOf(building) is { } grid && _communities.TryGetValue(grid.Community, out var community))
        {
            target = level switch
            {
                1 => community.Staff,
                2 => community.StreetOffice,
                _ => null,
            };
        }

        return ValueTask.FromResult(target);
    }

    private (Assignee Worker, string Community)? GridOf(string building) =>
        _gridOfBuilding.TryGetValue(building, out var id) && _grids.TryGetValue(id, out var grid) ? grid : null;
}
