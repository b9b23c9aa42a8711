namespace Entsoe.Transparency;

/// <summary>A <c>Reason</c> an outage document gives, for example <c>B18</c> (failure) or <c>B19</c> (foreseen maintenance).</summary>
/// <param name="Code">The reason code.</param>
/// <param name="Text">The free text the publisher wrote, when any.</param>
public sealed record OutageReason(string? Code, string? Text);
