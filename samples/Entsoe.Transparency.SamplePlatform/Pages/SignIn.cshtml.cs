using System.Globalization;
using System.Security.Claims;
using Entsoe.Transparency.SamplePlatform.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entsoe.Transparency.SamplePlatform.Pages;

/// <summary>The sample's own sign-in: a user name and a password checked against PBKDF2 hashes, then a session cookie.</summary>
internal sealed class SignInModel(DemoUserDirectory users) : PageModel
{
    /// <summary>Where to go after signing in (a local path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The name typed, shown again after a failed attempt.</summary>
    [BindProperty]
    public string? UserName { get; set; }

    /// <summary>True after a failed attempt.</summary>
    public bool Failed { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the password and starts a session.</summary>
    public async Task<IActionResult> OnPostAsync([FromForm] string? password)
    {
        var user = users.Authenticate(UserName ?? string.Empty, password ?? string.Empty);
        if (user is null)
        {
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(SamplePlatformApp.AccountClaim, user.AccountId.ToString(CultureInfo.InvariantCulture)),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account");
    }
}
