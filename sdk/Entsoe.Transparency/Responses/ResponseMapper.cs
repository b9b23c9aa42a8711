namespace Entsoe.Transparency;

/// <summary>
/// Turns the final attempt of a call into what the caller gets: a <see cref="TransparencyResponse"/> (XML, ZIP, other
/// content, or "no matching data" as an empty one) or a typed exception, each logged once.
/// </summary>
internal sealed class ResponseMapper(ErrorMapper errors, Redactor redactor, TransparencyLog log, SecurityTokenCredential credential, TimeProvider time)
{
    /// <summary>The response of <paramref name="result"/>, or the exception that says why there is none.</summary>
    /// <exception cref="TransparencyException">The status is not a success, the body is an acknowledgement other than "no matching data", or it is one and <paramref name="throwOnEmpty"/> is set.</exception>
    public TransparencyResponse Complete(AttemptResult result, CallState state, bool throwOnEmpty)
    {
        var elapsed = time.GetElapsedTime(state.StartTimestamp);
        if (!result.IsSuccess)
        {
            throw Fail(errors.FromResponse(result, state, credential.Current.Version));
        }

        if (DocumentInspector.IsZip(result.Body))
        {
            log.RequestCompleted(state, result.StatusCode, TransparencyContentKind.Zip, state.Attempts, result.Body.Length, elapsed);
            return new TransparencyResponse(result.StatusCode, TransparencyContentKind.Zip, null, null, result.Body) { Redactor = redactor };
        }

        var (root, reason) = DocumentInspector.Inspect(result.Body);
        if (reason is not null)
        {
            reason = reason with { Text = redactor.Redact(reason.Text) };
            if (!BodyNotices.IsNoMatchingData(reason))
            {
                throw Fail(errors.FromAcknowledgement(result, reason, state));
            }

            if (throwOnEmpty)
            {
                throw Fail(errors.NoMatchingData(result, reason, state));
            }

            log.NoMatchingData(state);
            return new TransparencyResponse(result.StatusCode, TransparencyContentKind.NoMatchingData, root, reason, result.Body) { Redactor = redactor };
        }

        var kind = root is null ? TransparencyContentKind.Other : TransparencyContentKind.Xml;
        log.RequestCompleted(state, result.StatusCode, kind, state.Attempts, result.Body.Length, elapsed);
        return new TransparencyResponse(result.StatusCode, kind, root, null, result.Body) { Redactor = redactor };
    }

    /// <summary>Logs the final failure of a call and returns its exception for the caller to throw.</summary>
    public TransparencyException Fail(TransparencyException exception)
    {
        log.RequestFailed(exception.RequestDescription ?? string.Empty, exception.Attempts, exception.Message);
        return exception;
    }
}
