namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>Where a test request carries its token.</summary>
public enum Placement
{
    Header,
    Query,
}
