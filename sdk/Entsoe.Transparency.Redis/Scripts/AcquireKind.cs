namespace Entsoe.Transparency.Redis;

/// <summary>The answer of the acquire script.</summary>
internal enum AcquireKind
{
    /// <summary>A slot was taken in every scope.</summary>
    Granted = 0,

    /// <summary>No slot yet: ask again after the wait.</summary>
    Wait = 1,

    /// <summary>The token is banned: nothing is granted for the wait.</summary>
    Banned = 2,
}
