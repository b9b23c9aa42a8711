using System.Text.RegularExpressions;
using Entsoe.Transparency.Tests.Infrastructure;
using Entsoe.Transparency.Tests.Queries;

namespace Entsoe.Transparency.Tests.Packaging;

/// <summary>
/// What a developer gets from the packages: a project outside the solution restores <c>Entsoe.Transparency</c> from a
/// folder feed (no project reference), calls a typed method against the loopback fake platform and uses the token
/// core, on the JIT and published as Native AOT with no trim or AOT warning.
/// </summary>
public sealed partial class PackageConsumerTests(SdkPackages packages) : IClassFixture<SdkPackages>
{
    private static readonly string Consumer = Path.Combine(SdkPackages.RepositoryRoot(), "tests", "Entsoe.Transparency.PackageConsumer", "Entsoe.Transparency.PackageConsumer.csproj");

    [Fact]
    public void DotnetPack_Libraries_MakePackagesWithSymbolsReadmeAndLicense()
    {
        Assert.True(packages.Pack.ExitCode == 0, $"dotnet pack failed: {packages.Pack.Output}");
        foreach (var id in new[] { "Entsoe.Transparency", "Entsoe.Transparency.Tokens", "Entsoe.Transparency.Tokens.Storage" })
        {
            Assert.True(File.Exists(Path.Combine(packages.Feed, $"{id}.{packages.Version}.snupkg")), $"no symbols package for {id}");
            using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packages.Feed, $"{id}.{packages.Version}.nupkg"));
            Assert.Contains(package.Entries, e => e.FullName == "README.md");
            Assert.Contains(package.Entries, e => e.FullName == "LICENSE");
            Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{id}.xml");
        }
    }

    [Fact]
    public async Task Consumer_RestoredFromFeedOnTheJit_CallsTheTypedApi()
    {
        Assert.True(packages.Pack.ExitCode == 0, $"dotnet pack failed: {packages.Pack.Output}");
        var output = Path.Combine(packages.Root, "jit");

        var build = await ConsumerProcess.RunAsync("dotnet", ["build", Consumer, "-c", "Release", "-o", output, .. RestoreArguments("jit")], SdkPackages.CommandTimeout);
        Assert.True(build.ExitCode == 0, $"the consumer did not build: {build.Output}");

        await RunAgainstFakePlatformAsync("dotnet", [Path.Combine(output, "Entsoe.Transparency.PackageConsumer.dll")]);
    }

    [Fact]
    public async Task Consumer_PublishedAsNativeAot_RunsWithNoTrimOrAotWarning()
    {
        Assert.True(packages.Pack.ExitCode == 0, $"dotnet pack failed: {packages.Pack.Output}");
        var output = Path.Combine(packages.Root, "aot");

        var publish = await ConsumerProcess.RunAsync(
            "dotnet",
            ["publish", Consumer, "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true", "-o", output, .. RestoreArguments("aot")],
            SdkPackages.CommandTimeout);
        Assert.True(publish.ExitCode == 0, $"the Native AOT publish failed: {publish.Output}");
        var warnings = Warning().Matches(publish.Output).Select(m => m.Value).Distinct().ToList();
        Assert.True(warnings.Count == 0, $"the Native AOT publish warned:{Environment.NewLine}{string.Join(Environment.NewLine, warnings)}");
        Assert.False(File.Exists(Path.Combine(output, "Entsoe.Transparency.dll")), "the publish holds IL assemblies: it was not a Native AOT build");

        await RunAgainstFakePlatformAsync(Path.Combine(output, "Entsoe.Transparency.PackageConsumer"), []);
    }

    private string[] RestoreArguments(string name) =>
        ["--nologo", "--disable-build-servers", $"-p:ToolkitVersion={packages.Version}", $"-p:RestoreAdditionalProjectSources={packages.Feed}",
         "--artifacts-path", Path.Combine(packages.Root, name + "-artifacts")];

    private static async Task RunAgainstFakePlatformAsync(string fileName, string[] prefix)
    {
        // A whole local day of hourly values 10, 11, ... 33 from 2025-12-31T23:00Z; the window keeps positions 2 to 13,
        // 11 to 22: 12 points summing to 198.
        var document = DataItemDocuments.Publication("A44", DataItemDocuments.Series("1", "A62", string.Empty, "PT60M", 24, 10m));
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, document));
        var token = Guid.NewGuid().ToString();
        var from = DataItemDocuments.WindowStart;

        var run = await ConsumerProcess.RunAsync(
            fileName,
            [.. prefix, route.BaseAddress.ToString(), from.ToString("O"), from.AddHours(12).ToString("O")],
            TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["ENTSOE_SECURITY_TOKEN"] = token });

        Assert.True(run.ExitCode == 0, $"the consumer failed: {run.Output}");
        Assert.Contains("prices: series=1 points=12 sum=198 first=2026-01-01T00:00:00.0000000+00:00 last=2026-01-01T11:00:00.0000000+00:00", run.Output, StringComparison.Ordinal);
        Assert.Contains("tokens: issued=Valid other=Invalid", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(token, run.Output, StringComparison.Ordinal);
        var request = Assert.Single(route.Requests);
        Assert.Contains("documentType=A44", request.RawTarget, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"warning (IL\d{4}|NETSDK\d{4}|CS\d{4}|NU\d{4})[^\r\n]*")]
    private static partial Regex Warning();
}
