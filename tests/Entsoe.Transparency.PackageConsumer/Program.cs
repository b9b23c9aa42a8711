using System.Globalization;
using Entsoe.Transparency;
using Entsoe.Transparency.Tokens;

// Usage: <base address> <from> <to>, the token in ENTSOE_SECURITY_TOKEN. Prints one line per check.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Entsoe.Transparency.PackageConsumer <base address> <from ISO 8601> <to ISO 8601>");
    return 2;
}

var from = DateTimeOffset.Parse(args[1], CultureInfo.InvariantCulture);
var to = DateTimeOffset.Parse(args[2], CultureInfo.InvariantCulture);
var credential = SecurityTokenCredential.FromEnvironment();
using var client = new TransparencyClient(credential, new TransparencyClientOptions { BaseAddress = new Uri(args[0]) });

var series = await client.GetDayAheadPricesAsync(TransparencyAreas.Nl, from, to);
var points = series.SelectMany(s => s.Periods).SelectMany(p => p.Points).ToList();
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"prices: series={series.Count} points={points.Count} sum={points.Sum(p => p.Value)} first={points[0].Timestamp:O} last={points[^1].Timestamp:O}"));

using var keys = TokenKeyRing.Generate("k1");
using var hasher = TokenHasher.Create(keys);
var issued = TokenGenerator.Issue(hasher);
var verifier = new TokenVerifier(hasher);
Console.WriteLine($"tokens: issued={verifier.Verify(issued.RevealToken(), issued.StoredValue)} other={verifier.Verify(TokenGenerator.Generate(), issued.StoredValue)}");
return 0;
