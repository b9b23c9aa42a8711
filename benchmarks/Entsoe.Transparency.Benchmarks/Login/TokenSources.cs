namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>Where a request loop takes its next token from.</summary>
internal interface ITokenSource
{
    string? Next();
}

/// <summary>The same tokens round and round (their rows stay as they are: active key, or rehash off).</summary>
internal sealed class Cycle(string[] tokens) : ITokenSource
{
    private long next = -1;

    public string? Next() => tokens[(int)((ulong)Interlocked.Increment(ref next) % (ulong)tokens.Length)];
}

/// <summary>Each token once (its row is rehashed by the login); null when used up, which the harness reports as a failure.</summary>
internal sealed class Once(string[] tokens) : ITokenSource
{
    private int next = -1;

    public string? Next()
    {
        var i = Interlocked.Increment(ref next);
        return i < tokens.Length ? tokens[i] : null;
    }
}
