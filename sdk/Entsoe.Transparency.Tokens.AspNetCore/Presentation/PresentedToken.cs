namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>What a request carried: nothing, one token (and where), or two different ones. <see cref="ToString"/> hides the value.</summary>
/// <param name="Value">The token when exactly one was presented; null otherwise.</param>
/// <param name="Placement"><c>header</c>, <c>query</c> or <c>header and query</c>: where it came from, for the log.</param>
/// <param name="Ambiguous">True when the request carried two different values, or one name twice.</param>
internal readonly record struct PresentedToken(string? Value, string Placement, bool Ambiguous)
{
    public bool Absent => Value is null && !Ambiguous;

    public override string ToString() => $"PresentedToken({Placement}, ambiguous={Ambiguous}, value hidden)";
}
