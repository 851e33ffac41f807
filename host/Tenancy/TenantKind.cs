namespace FormsEngine.Host.Tenancy;

/// <summary>The levels of the hierarchy: street office (街道) → community (社区) → grid (网格) → building (楼栋).</summary>
internal enum TenantKind
{
    Street,
    Community,
    Grid,
    Building,
}
