namespace Entsoe.Transparency;

/// <summary>One value of a credential, with the version it had; read once per request so it can rotate.</summary>
internal sealed class TokenSnapshot(string value, int version, bool hasKnownShape)
{
    public string Value { get; } = value;

    public int Version { get; } = version;

    public bool HasKnownShape { get; } = hasKnownShape;

    public override string ToString() => $"TokenSnapshot(version {Version}, token hidden)";
}
