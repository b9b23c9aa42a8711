namespace Entsoe.Transparency.SamplePlatform.Hosting;

/// <summary>
/// Keeps ASP.NET Core's request lines out of every log. Its hosting log prints each request's URL with the query string
/// ("Request starting HTTP/1.1 GET http://…/api?securityToken=…" and "Request finished …", Information), so a client that
/// sends its token as the query parameter, as entsoe-py does, would put the token in the log.
/// </summary>
internal static class HostingLogFilter
{
    /// <summary>The category of those two lines; its Warning and Error lines hold no URL and stay on.</summary>
    public const string Category = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// Pins <see cref="Category"/> at Warning for every provider. A rule of configuration cannot lift it: a rule for one
    /// provider wins over every rule for all providers, so each provider named in the rules gets a rule of its own, added
    /// after configuration (and again when configuration reloads).
    /// </summary>
    public static ILoggingBuilder KeepRequestUrlsOut(this ILoggingBuilder logging)
    {
        logging.Services.PostConfigure<LoggerFilterOptions>(options =>
        {
            var providers = new HashSet<string?>(StringComparer.Ordinal) { null };
            foreach (var rule in options.Rules)
            {
                providers.Add(rule.ProviderName);
            }

            foreach (var provider in providers)
            {
                options.Rules.Add(new LoggerFilterRule(provider, Category, LogLevel.Warning, filter: null));
            }
        });
        return logging;
    }
}
