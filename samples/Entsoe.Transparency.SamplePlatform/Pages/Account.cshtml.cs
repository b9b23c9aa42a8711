using Entsoe.Transparency.SamplePlatform.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entsoe.Transparency.SamplePlatform.Pages;

/// <summary>
/// "My Account Settings": the "Web Api Security Token" field. Figure 1 (the account has a token; it is never shown),
/// Figure 2 (no token), Figure 3 (the "Generate and overwrite" confirmation) and Figure 4 (the new token, shown once,
/// in the response to the POST that generated it: never in a URL, a cookie, TempData or a redirect).
/// </summary>
internal sealed class AccountModel(AccountTokens tokens) : PageModel
{
    /// <summary>The token field's state; null only while a request is being answered with an error.</summary>
    public AccountTokenState? State { get; private set; }

    /// <summary>True to show the confirmation dialog (Figure 3).</summary>
    public bool Confirming { get; private set; }

    /// <summary>The token just generated (Figure 4); only ever set while answering the POST that generated it.</summary>
    public string? NewToken { get; private set; }

    /// <summary>True when <see cref="NewToken"/> replaced a token.</summary>
    public bool Replaced { get; private set; }

    /// <summary>True when another tab or window changed the token first.</summary>
    public bool LostRace { get; private set; }

    /// <summary>Figure 1 or 2.</summary>
    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(confirming: false, cancellationToken);

    /// <summary>"Generate a new token" on an account that has one: Figure 3.</summary>
    public Task<IActionResult> OnGetConfirmAsync(CancellationToken cancellationToken) => ShowAsync(confirming: true, cancellationToken);

    /// <summary>"Generate" (no token yet) or "Generate and overwrite" (confirmed): Figure 4, or why not.</summary>
    /// <param name="seen">The fingerprint of the token state the page showed.</param>
    /// <param name="overwrite">True when the user confirmed replacing the existing token.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public async Task<IActionResult> OnPostGenerateAsync([FromForm] string? seen, [FromForm] bool overwrite, CancellationToken cancellationToken)
    {
        var account = SamplePlatformApp.AccountOf(User);
        var result = await tokens.IssueAsync(account, seen, overwrite, cancellationToken);
        switch (result.Outcome)
        {
            case IssueOutcome.Issued:
                NewToken = result.Token!.RevealToken();
                Replaced = result.Replaced;
                return Page();
            case IssueOutcome.NeedsConfirmation:
                return await ShowAsync(confirming: true, cancellationToken);
            case IssueOutcome.ChangedConcurrently:
                LostRace = true;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await ShowAsync(confirming: false, cancellationToken);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> ShowAsync(bool confirming, CancellationToken cancellationToken)
    {
        State = await tokens.ReadAsync(SamplePlatformApp.AccountOf(User), cancellationToken);
        if (State is null)
        {
            return NotFound();
        }

        // Only an account that has a token needs the confirmation; without one the dialog would confirm nothing.
        Confirming = confirming && State.HasToken;
        return Page();
    }
}
