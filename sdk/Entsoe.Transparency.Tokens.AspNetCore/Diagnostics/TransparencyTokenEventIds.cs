namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>Stable event ids of the login component's log lines, for filters and alerts. No line ever holds a token.</summary>
public static class TransparencyTokenEventIds
{
    /// <summary>A token was accepted: account key and login kind (Debug, one per request).</summary>
    public const int LoginSucceeded = 3200;

    /// <summary>A request was rejected: the reason, never the value presented (Information).</summary>
    public const int LoginRejected = 3201;

    /// <summary>A plaintext or older-key row was rewritten to the active key (Information).</summary>
    public const int Rehashed = 3202;

    /// <summary>A rehash was not written because the row changed after it was read (a migration batch or an overwrite won) (Debug).</summary>
    public const int RehashSkipped = 3203;

    /// <summary>A rehash failed (lock timeout, connection lost); the login still succeeded (Warning).</summary>
    public const int RehashFailed = 3204;

    /// <summary>A token verified against two or more accounts (duplicate tokens): rejected until a DBA resolves it (Warning).</summary>
    public const int DuplicateAccounts = 3205;

    /// <summary>The accounts table could not be reached: the request is answered 503, not 401 (Error).</summary>
    public const int StoreUnavailable = 3206;
}
