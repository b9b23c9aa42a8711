using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Tests.Packaging;

/// <summary>
/// The packages' public API is tracked in <c>sdk/&lt;Project&gt;/PublicAPI.txt</c>: any change to it, added or removed,
/// fails here until the baseline is rewritten on purpose (and the change noted in CHANGELOG.md), so nothing breaks a
/// consumer by accident.
/// </summary>
public sealed class PublicApiBaselineTests
{
    /// <summary>Set to 1 to rewrite the baseline files from the assemblies as built.</summary>
    private const string UpdateVariable = "UPDATE_PUBLIC_API";

    public static TheoryData<string> Assemblies => new("Entsoe.Transparency", "Entsoe.Transparency.Tokens");

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicApi_AsBuilt_MatchesTrackedBaseline(string assemblyName)
    {
        var assembly = assemblyName == "Entsoe.Transparency" ? typeof(TransparencyClient).Assembly : typeof(TokenHasher).Assembly;
        var baselinePath = Path.Combine(RepositoryRoot(), "sdk", assemblyName, "PublicAPI.txt");
        var actual = PublicApiListing.Of(assembly);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllLines(baselinePath, actual);
        }

        var expected = File.Exists(baselinePath) ? File.ReadAllLines(baselinePath) : [];
        var added = actual.Except(expected, StringComparer.Ordinal).ToList();
        var removed = expected.Except(actual, StringComparer.Ordinal).ToList();

        Assert.True(
            added.Count == 0 && removed.Count == 0,
            $"The public API of {assemblyName} differs from {baselinePath}." + Environment.NewLine
            + string.Concat(removed.Select(line => $"- {line}{Environment.NewLine}"))
            + string.Concat(added.Select(line => $"+ {line}{Environment.NewLine}"))
            + $"If the change is deliberate, rerun the tests with {UpdateVariable}=1 to rewrite the baseline, and note it in CHANGELOG.md.");
    }

    [Fact]
    public void PublicApiListing_TokenCore_ListsKnownMembers()
    {
        var listing = PublicApiListing.Of(typeof(TokenHasher).Assembly);

        Assert.Contains("sealed class Entsoe.Transparency.Tokens.TokenHasher : System.IDisposable", listing);
        Assert.Contains(listing, line => line.StartsWith("Entsoe.Transparency.Tokens.TokenVerifier :: ", StringComparison.Ordinal) && line.Contains(" Verify(", StringComparison.Ordinal));
        Assert.DoesNotContain(listing, line => line.Contains("Sha256MultiBlock", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Toolkit.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
