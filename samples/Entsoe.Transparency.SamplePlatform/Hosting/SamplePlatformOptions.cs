namespace Entsoe.Transparency.SamplePlatform.Hosting;

/// <summary>The <c>SamplePlatform</c> configuration section: where the accounts table is and who may sign in.</summary>
internal sealed class SamplePlatformOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "SamplePlatform";

    /// <summary>The storage engine: <c>sqlite</c> (default), <c>postgres</c> or <c>sqlserver</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>
    /// The accounts database. When unset with the SQLite engine, a demo database in <see cref="DataDirectory"/> is used
    /// (and created with a few accounts when it does not exist yet). Holds a password for a server engine: pass it in
    /// the environment (<c>SamplePlatform__ConnectionString</c>), never on the command line.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the demo database and key file live, relative to the content root.</summary>
    public string DataDirectory { get; set; } = ".sample-platform";

    /// <summary>The key ring file; when unset, <c>ENTSOE_TOKEN_KEYS</c> or the demo key file in <see cref="DataDirectory"/>.</summary>
    public string? KeysFile { get; set; }

    /// <summary>Schema of the accounts table (null for the default).</summary>
    public string? Schema { get; set; }

    /// <summary>The accounts table.</summary>
    public string Table { get; set; } = "accounts";

    /// <summary>The account key column.</summary>
    public string KeyColumn { get; set; } = "account_id";

    /// <summary>The token column.</summary>
    public string TokenColumn { get; set; } = "api_token";

    /// <summary>
    /// Seconds the data endpoint's login remembers an active-key row (the login component's <c>CacheDuration</c>; default 0:
    /// off). The account page invalidates it on "Generate and overwrite", so an overwritten token is rejected at once by
    /// this process; run one instance only with it on, or accept that another instance sees the overwrite this much later.
    /// </summary>
    public int LoginCacheSeconds { get; set; }

    /// <summary>The people who may sign in to "My Account Settings", each owning one account.</summary>
    public List<DemoUser> Users { get; set; } = [];
}
