namespace Entsoe.Transparency.SamplePlatform.Accounts;

/// <summary>What "My Account Settings" may know about an account's token: whether there is one, never the value.</summary>
/// <param name="HasToken">True when the account has a token (plaintext not yet migrated, or hashed).</param>
/// <param name="Fingerprint">Names this state for the next form post (<see cref="StateFingerprint"/>).</param>
internal sealed record AccountTokenState(bool HasToken, string Fingerprint);
