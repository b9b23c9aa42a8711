namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Texts the engines' <see cref="IDriverErrors"/> share.</summary>
internal static class DriverErrorText
{
    /// <summary>Shown for a withheld message that has no number of its own.</summary>
    public const string WithheldWithoutNumber = "its message quotes a row's value and is not shown";
}
