namespace Entsoe.Transparency;

/// <summary>What a "query too large" text states: which limit, and the numbers it gives (each null when not stated).</summary>
/// <param name="Limit">The limit the query went beyond.</param>
/// <param name="RequestedCount">The instances or documents the query would return.</param>
/// <param name="AllowedCount">The instances or documents one response may hold.</param>
/// <param name="RequestedPeriod">The length of the period asked for, for a period limit.</param>
/// <param name="AllowedPeriod">The longest period allowed, as an ISO 8601 duration (<c>P1Y</c>, <c>P1M</c>, <c>P100D</c>).</param>
internal sealed record TooLargeNotice(
    TransparencyQueryLimit Limit,
    int? RequestedCount,
    int? AllowedCount,
    TimeSpan? RequestedPeriod,
    string? AllowedPeriod);
