namespace Entsoe.Transparency;

/// <summary>
/// Gives each token a budget shared beyond this process (set it as
/// <see cref="TransparencyRateLimitOptions.SharedBudget"/>). The client asks before every attempt, so an
/// implementation keeps one budget per token and returns it quickly.
/// </summary>
public interface ITransparencyRateBudgetProvider
{
    /// <summary>Returns the budget of one token.</summary>
    /// <param name="tokenDigest">
    /// The token's SHA-256 digest (upper-case hex of its UTF-8 bytes): the token itself never reaches a provider. Store
    /// it only through a further one-way function with a purpose of your own, never as it is.
    /// </param>
    /// <param name="limits">The client's limit; read its values, do not keep the object.</param>
    /// <param name="timeProvider">The client's clock, for every delay.</param>
    /// <param name="local">
    /// The process-wide limiter of the token, to draw from as well (it keeps this process under the limit whatever
    /// happens to the shared one) or to fall back on.
    /// </param>
    /// <returns>The token's budget.</returns>
    ITransparencyRateBudget GetBudget(string tokenDigest, TransparencyRateLimitOptions limits, TimeProvider timeProvider, ITransparencyRateBudget local);
}
