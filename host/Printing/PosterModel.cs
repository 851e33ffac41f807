namespace FormsEngine.Host.Printing;

/// <summary>What a printed form poster shows. All text is plain text; <see cref="PosterPage"/> encodes it.</summary>
/// <param name="FormTitle">The form's Chinese title, printed large.</param>
/// <param name="CommunityName">The community (社区) the poster is for.</param>
/// <param name="Url">The public link the QR code opens; printed under the code too.</param>
/// <param name="StreetOfficeName">The street office (街道办事处) named in the footer.</param>
/// <param name="Date">The date printed in the footer.</param>
internal sealed record PosterModel(string FormTitle, string CommunityName, string Url, string StreetOfficeName, DateOnly Date);
