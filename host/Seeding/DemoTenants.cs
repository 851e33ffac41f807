using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Seeding;

/// <summary>
/// The demo street office loaded on first start: 新华街道 with two communities, their grids and buildings, and one
/// account per role in each community. Ids are what URLs and QR codes carry.
/// </summary>
internal static class DemoTenants
{
    public const string Street = "xinhua";
    public const string East = "xinhua-dongqu";
    public const string West = "xinhua-xiqu";

    public static IReadOnlyList<TenantRow> All { get; } =
    [
        new() { Id = Street, Kind = TenantKind.Street, StreetId = Street, Name = "新华街道" },
        new() { Id = East, Kind = TenantKind.Community, ParentId = Street, StreetId = Street, CommunityId = East, Name = "东区社区" },
        Grid("dongqu-g1", East, "东区第一网格"),
        Grid("dongqu-g2", East, "东区第二网格"),
        Building("dongqu-b1", East, "dongqu-g1", "幸福里1栋"),
        Building("dongqu-b2", East, "dongqu-g1", "幸福里2栋"),
        Building("dongqu-b3", East, "dongqu-g2", "幸福里3栋"),
        new() { Id = West, Kind = TenantKind.Community, ParentId = Street, StreetId = Street, CommunityId = West, Name = "西区社区" },
        Grid("xiqu-g1", West, "西区第一网格"),
        Building("xiqu-b1", West, "xiqu-g1", "和平苑1栋"),
        Building("xiqu-b2", West, "xiqu-g1", "和平苑2栋"),
    ];

    /// <summary>The demo staff accounts: user name, display name, role, community, grid.</summary>
    public static IReadOnlyList<(string UserName, string DisplayName, string Role, string? Community, string? Grid)> Staff { get; } =
    [
        ("dongqu.admin", "刘敏（东区社区主任）", StaffRoles.CommunityAdmin, East, null),
        ("dongqu.staff", "陈洁（东区社区工作人员）", StaffRoles.CommunityStaff, East, null),
        ("dongqu.grid1", "王丽（东区第一网格员）", StaffRoles.GridWorker, East, "dongqu-g1"),
        ("dongqu.grid2", "赵刚（东区第二网格员）", StaffRoles.GridWorker, East, "dongqu-g2"),
        ("xiqu.admin", "孙伟（西区社区主任）", StaffRoles.CommunityAdmin, West, null),
        ("xiqu.staff", "周芳（西区社区工作人员）", StaffRoles.CommunityStaff, West, null),
        ("xiqu.grid1", "吴强（西区第一网格员）", StaffRoles.GridWorker, West, "xiqu-g1"),
    ];

    private static TenantRow Grid(string id, string community, string name) =>
        new() { Id = id, Kind = TenantKind.Grid, ParentId = community, StreetId = Street, CommunityId = community, GridId = id, Name = name };

    private static TenantRow Building(string id, string community, string grid, string name) =>
        new() { Id = id, Kind = TenantKind.Building, ParentId = grid, StreetId = Street, CommunityId = community, GridId = grid, Name = name };
}
