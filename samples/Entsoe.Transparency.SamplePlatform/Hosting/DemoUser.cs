namespace Entsoe.Transparency.SamplePlatform.Hosting;

/// <summary>One person who can sign in: a user name, the account they own and their password's PBKDF2 hash.</summary>
internal sealed class DemoUser
{
    /// <summary>The sign-in name.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>The key of the account (row of the accounts table) this user manages.</summary>
    public long AccountId { get; set; }

    /// <summary>The password as <see cref="SignIn.PasswordHashing"/> stores it; never the password itself.</summary>
    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>Names the user, never the hash.</summary>
    public override string ToString() => $"DemoUser({UserName}, account {AccountId})";
}
