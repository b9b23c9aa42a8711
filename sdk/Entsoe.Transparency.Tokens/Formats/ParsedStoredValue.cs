namespace Entsoe.Transparency.Tokens;

/// <summary>The parts of a stored value, as spans over it; or why it did not parse.</summary>
internal readonly ref struct ParsedStoredValue
{
    public ParsedStoredValue(StoredHashAlgorithm algorithm, ReadOnlySpan<char> keyId, ReadOnlySpan<char> digest, string? problem)
    {
        Algorithm = algorithm;
        KeyId = keyId;
        Digest = digest;
        Problem = problem;
    }

    public StoredHashAlgorithm Algorithm { get; }

    public ReadOnlySpan<char> KeyId { get; }

    public ReadOnlySpan<char> Digest { get; }

    public string? Problem { get; }

    public static ParsedStoredValue Fail(string problem) => new(StoredHashAlgorithm.None, default, default, problem);
}
