using Entsoe.Transparency.SamplePlatform.Hosting;
using Microsoft.Extensions.Options;

namespace Entsoe.Transparency.SamplePlatform.SignIn;

/// <summary>Checks a user name and password against the configured users.</summary>
internal sealed class DemoUserDirectory(IOptions<SamplePlatformOptions> options)
{
    /// <summary>The user when the password matches; null otherwise (an unknown name takes as long as a wrong password).</summary>
    public DemoUser? Authenticate(string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        var user = options.Value.Users.Find(u => string.Equals(u.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase));
        return PasswordHashing.Verify(password, user?.PasswordHash) ? user : null;
    }
}
