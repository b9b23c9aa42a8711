namespace Entsoe.Transparency.SamplePlatform.Accounts;

/// <summary>How a "Generate a new token" request ended.</summary>
internal enum IssueOutcome
{
    /// <summary>A new token was stored (as its hash); it is shown once.</summary>
    Issued,

    /// <summary>The account has a token and the request did not confirm overwriting it: show the dialog.</summary>
    NeedsConfirmation,

    /// <summary>The token changed since the page was shown (another tab or window won); nothing was written.</summary>
    ChangedConcurrently,

    /// <summary>No such account.</summary>
    NoSuchAccount,
}
