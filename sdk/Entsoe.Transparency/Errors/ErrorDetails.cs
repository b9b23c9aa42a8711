namespace Entsoe.Transparency;

/// <summary>What every exception records about the failed request; all text already redacted.</summary>
internal sealed record ErrorDetails(int? StatusCode, string? RequestDescription, string? ResponseExcerpt, int Attempts);
