namespace Entsoe.Transparency.SamplePlatform.Tests.EndToEnd;

/// <summary>
/// The end-to-end runs take one after the other: each starts a server, ten clients and the tool, and two at once on a
/// small machine would mostly measure each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection
{
    public const string Name = "end-to-end";
}
