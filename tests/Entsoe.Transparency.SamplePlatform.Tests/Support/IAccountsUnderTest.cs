using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>An accounts table on one engine, seeded for a test: what the server, the tool and the assertions need of it.</summary>
public interface IAccountsUnderTest : IAsyncDisposable
{
    TestKeys Keys { get; }

    TokenStoreFactory Stores { get; }

    /// <summary>The tool's table options (<c>--provider</c> through <c>--keys-file</c>).</summary>
    IReadOnlyList<string> ToolArguments { get; }

    /// <summary>The tool's environment (the variable <c>--connection-env</c> names).</summary>
    IReadOnlyDictionary<string, string> ToolEnvironment { get; }

    /// <summary>Secrets of the connection (a password) that no output may hold.</summary>
    IReadOnlyList<string> ConnectionSecrets { get; }

    /// <summary>The server's configuration for the table, with users owning <paramref name="userAccounts"/> (see <see cref="TestAccounts.UserSettings"/>).</summary>
    Dictionary<string, string?> Configuration(IReadOnlyList<long>? userAccounts = null);
}
