namespace Entsoe.Transparency.Migrator.Invocation;

/// <summary>The documented exit codes (docs/design.md).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A failure: database error, read-back mismatch, unexpected error.</summary>
    public const int Failure = 1;

    /// <summary>A usage or configuration error.</summary>
    public const int Usage = 2;

    /// <summary>Verification found problems (also: <c>token check</c> found no match).</summary>
    public const int VerificationProblems = 3;

    /// <summary>Preflight refused: no usable key, table or column missing, column too narrow. Nothing was written.</summary>
    public const int PreflightRefused = 4;

    /// <summary>Cancelled by Ctrl+C or SIGTERM (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
