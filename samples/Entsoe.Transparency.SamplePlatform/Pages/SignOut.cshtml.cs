using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entsoe.Transparency.SamplePlatform.Pages;

/// <summary>Ends the session (POST only, with the antiforgery token, so no link can sign a user out).</summary>
internal sealed class SignOutModel : PageModel
{
    /// <summary>Ends the session and shows the sign-in form.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/signin");
    }
}
