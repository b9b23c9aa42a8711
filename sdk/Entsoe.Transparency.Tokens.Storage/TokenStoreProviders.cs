using System.Data.Common;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>The one place that maps <c>--provider</c> names to engines.</summary>
public static class TokenStoreProviders
{
    private static readonly ITokenStoreProvider[] Providers =
    [
        new SqliteTokenStoreProvider(),
        new PostgresTokenStoreProvider(),
        new SqlServerTokenStoreProvider(),
    ];

    /// <summary>Every provider.</summary>
    public static IReadOnlyList<ITokenStoreProvider> All => Providers;

    /// <summary>Every provider name, for help text and error messages.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.ConvertAll(Providers, p => p.Name);

    /// <summary>The provider called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="StoreConfigurationException">No provider has that name.</exception>
    public static ITokenStoreProvider Get(string? name)
    {
        foreach (var provider in Providers)
        {
            if (string.Equals(provider.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new StoreConfigurationException(
            name is null
                ? $"--provider is required: one of {string.Join(", ", Names)}."
                : $"Unknown provider '{Sanitize(name)}'; use --provider {string.Join(", ", Names)}.");
    }

    /// <summary>The error descriptions of the engine whose driver raised <paramref name="exception"/>; null when none did.</summary>
    public static IDriverErrors? ErrorsOf(DbException exception)
    {
        foreach (var provider in Providers)
        {
            if (provider.Errors.Raised(exception))
            {
                return provider.Errors;
            }
        }

        return null;
    }

    // A mistyped provider may be anything the user pasted; show it only when it looks like a name.
    private static string Sanitize(string name) => name.Length <= 20 && IdentifierRules.IsValid(name) ? name : "(not shown)";
}
