namespace Entsoe.Transparency;

/// <summary>The first <c>Reason</c> of an <c>Acknowledgement_MarketDocument</c>.</summary>
/// <param name="Code">The reason code (the platform uses <c>999</c> for most cases).</param>
/// <param name="Text">The reason text, redacted.</param>
public sealed record AcknowledgementReason(string? Code, string? Text);
