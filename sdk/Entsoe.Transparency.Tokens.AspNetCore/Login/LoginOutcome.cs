using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>The result of one login: the account and how its row verified, or why it was rejected. Holds no token.</summary>
/// <param name="Account">The account's key when accepted.</param>
/// <param name="Kind">What the row held when accepted.</param>
/// <param name="RejectedBecause">Null when accepted; otherwise one of <see cref="RejectionReasons"/>.</param>
internal readonly record struct LoginOutcome(RowKey Account, LoginKind Kind, string? RejectedBecause)
{
    public bool Accepted => RejectedBecause is null;

    public static LoginOutcome Accept(RowKey account, LoginKind kind) => new(account, kind, null);

    public static LoginOutcome Reject(string reason) => new(default, default, reason);
}
