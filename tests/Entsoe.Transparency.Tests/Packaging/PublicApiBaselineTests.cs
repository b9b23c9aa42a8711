using System.Reflection;
using Entsoe.Transparency.Redis;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.AspNetCore;
using Entsoe.Transparency.Tokens.Storage;

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

    /// <summary>Every package under sdk/, by one public type of each.</summary>
    private static readonly Assembly[] Packages =
    [
        typeof(TransparencyClient).Assembly,
        typeof(TokenHasher).Assembly,
        typeof(TableTarget).Assembly,
        typeof(LoginKind).Assembly,
        typeof(RedisRateBudget).Assembly,
    ];

    public static TheoryData<string> Assemblies => new(Packages.Select(assembly => assembly.GetName().Name!));

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicApi_AsBuilt_MatchesTrackedBaseline(string assemblyName)
    {
        var assembly = PackageNamed(assemblyName);
        var baselinePath = Path.Combine(SdkPackages.RepositoryRoot(), "sdk", assemblyName, "PublicAPI.txt");
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

    // The namespace rule of .editorconfig for packages: one flat namespace each, whatever folder a type lives in, so a
    // user needs one using per package (IDE0130 enforces folder namespaces everywhere else).
    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicTypes_OfEachPackage_ShareTheAssemblyNamespace(string assemblyName)
    {
        var strays = PackageNamed(assemblyName).GetExportedTypes()
            .Where(type => type.Namespace != assemblyName)
            .Select(type => type.FullName)
            .ToList();

        Assert.True(strays.Count == 0, $"Public types of {assemblyName} outside namespace {assemblyName}: {string.Join(", ", strays)}. Packages under sdk/ keep one flat namespace.");
    }

    [Fact]
    public void PackageList_EveryProjectUnderSdk_IsBaselined()
    {
        var projects = Directory.GetDirectories(Path.Combine(SdkPackages.RepositoryRoot(), "sdk"))
            .Where(directory => Directory.GetFiles(directory, "*.csproj").Length == 1)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(projects, Packages.Select(assembly => assembly.GetName().Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PublicApiListing_TokenCore_ListsKnownMembers()
    {
        var listing = PublicApiListing.Of(typeof(TokenHasher).Assembly);

        Assert.Contains("sealed class Entsoe.Transparency.Tokens.TokenHasher : System.IDisposable", listing);
        Assert.Contains(listing, line => line.StartsWith("Entsoe.Transparency.Tokens.TokenVerifier :: ", StringComparison.Ordinal) && line.Contains(" Verify(", StringComparison.Ordinal));
        Assert.DoesNotContain(listing, line => line.Contains("Sha256MultiBlock", StringComparison.Ordinal));
    }

    private static Assembly PackageNamed(string assemblyName) =>
        Packages.Single(assembly => assembly.GetName().Name == assemblyName);

}
