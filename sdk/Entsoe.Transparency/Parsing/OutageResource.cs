namespace Entsoe.Transparency;

/// <summary>A unit or asset an outage affects, with the platform's own codes.</summary>
/// <param name="Id">Its EIC code (<c>mRID</c>), for example <c>22WRODENH000213L</c>.</param>
/// <param name="Name">Its name, for example <c>RODENHUIZE 4</c>, when stated.</param>
/// <param name="PsrType">Its production or asset type, for example <c>B14</c> (nuclear) or <c>B21</c> (AC link), when stated.</param>
/// <param name="Location">Its <c>location.name</c>, when stated.</param>
public sealed record OutageResource(string? Id, string? Name, string? PsrType, string? Location);
