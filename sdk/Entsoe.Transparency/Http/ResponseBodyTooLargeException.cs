namespace Entsoe.Transparency;

/// <summary>
/// Signals a body beyond <see cref="TransparencyClientOptions.MaxResponseBytes"/>; never retried. The client maps it to
/// a <see cref="TransparencyException"/> that states the limit, so this type never reaches a caller.
/// </summary>
internal sealed class ResponseBodyTooLargeException : Exception
{
    public ResponseBodyTooLargeException()
        : base("The response body is too large.")
    {
    }

    public ResponseBodyTooLargeException(string message)
        : base(message)
    {
    }

    public ResponseBodyTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
