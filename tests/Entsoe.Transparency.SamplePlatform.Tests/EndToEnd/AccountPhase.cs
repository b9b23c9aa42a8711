namespace Entsoe.Transparency.SamplePlatform.Tests.EndToEnd;

/// <summary>Where an account is in "Generate and overwrite", as the test knows it.</summary>
public enum AccountPhase
{
    /// <summary>The token from before the migration is the account's token.</summary>
    Original,

    /// <summary>The overwrite was posted and not answered yet: the old token may or may not work.</summary>
    Overwriting,

    /// <summary>The page answered with the new token: the old one must be rejected from now on.</summary>
    Overwritten,

    /// <summary>The client was given the new token (<c>credential.Update</c>): it must work.</summary>
    Updated,
}
