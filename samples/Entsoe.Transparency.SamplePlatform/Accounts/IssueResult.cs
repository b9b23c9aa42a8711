using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.SamplePlatform.Accounts;

/// <summary>The outcome of "Generate a new token" and, when issued, the token to show once.</summary>
/// <param name="Outcome">How the request ended.</param>
/// <param name="Token">The issued token when <paramref name="Outcome"/> is <see cref="IssueOutcome.Issued"/>; its <c>ToString()</c> hides it.</param>
/// <param name="Replaced">True when the new token replaced an existing one.</param>
internal sealed record IssueResult(IssueOutcome Outcome, IssuedToken? Token = null, bool Replaced = false);
