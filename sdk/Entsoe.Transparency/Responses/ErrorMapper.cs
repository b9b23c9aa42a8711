using System.Globalization;
using System.Text;

namespace Entsoe.Transparency;

/// <summary>Turns a final failed outcome into the typed exception a caller can act on. Every message is redacted.</summary>
internal sealed class ErrorMapper(Redactor redactor, Uri baseAddress, TimeProvider time)
{
    private const int MaxQuoted = 300;

    public TransparencyException FromResponse(AttemptResult result, CallState state, int currentTokenVersion)
    {
        var excerpt = redactor.Excerpt(result.Body);
        var details = new ErrorDetails(result.StatusCode, state.Description, excerpt, state.Attempts);
        var status = result.StatusCode;
        var (root, reason) = DocumentInspector.Inspect(result.Body);
        if (reason is not null)
        {
            reason = reason with { Text = redactor.Redact(reason.Text) };
        }

        return status switch
        {
            401 or 403 => Authentication(result, state, details, currentTokenVersion, reason),
            404 => new TransparencyEndpointNotFoundException(
                Finish($"The platform answered HTTP 404 Not Found at {baseAddress}: the API has probably moved (it has before). " +
                       "Check the platform's current REST API address and set TransparencyClientOptions.BaseAddress.", state),
                details,
                baseAddress),
            429 => RateLimited(result, state, details, excerpt),
            400 => BadRequest(status, root, reason, excerpt, state, details),
            408 or >= 500 => Unavailable(result, state, details, excerpt),
            _ => new TransparencyException(
                Finish($"The platform answered HTTP {status}{Quote(reason?.Text ?? excerpt)}.", state), null, details),
        };
    }

    /// <summary>A 2xx acknowledgement that is not "no matching data" is still a refusal of the query.</summary>
    public TransparencyException FromAcknowledgement(AttemptResult result, AcknowledgementReason reason, CallState state)
    {
        var details = new ErrorDetails(result.StatusCode, state.Description, redactor.Excerpt(result.Body), state.Attempts);
        return BadRequest(result.StatusCode, DocumentInspector.AcknowledgementRoot, reason, details.ResponseExcerpt ?? string.Empty, state, details);
    }

    public TransparencyNoMatchingDataException NoMatchingData(AttemptResult result, AcknowledgementReason reason, CallState state)
    {
        var details = new ErrorDetails(result.StatusCode, state.Description, redactor.Excerpt(result.Body), state.Attempts);
        return new TransparencyNoMatchingDataException(
            Finish($"The query matched no data (reason {reason.Code ?? "999"}{Quote(reason.Text)}).", state), details, reason.Text);
    }

    public TransparencyTimeoutException Timeout(CallState state, TimeSpan timeout, bool total, Exception? inner)
    {
        var details = new ErrorDetails(state.LastResult?.StatusCode, state.Description, state.LastResult is null ? null : redactor.Excerpt(state.LastResult.Body), state.Attempts);
        var what = total
            ? $"did not complete within the total timeout of {Seconds(timeout)} (TransparencyClientOptions.TotalTimeout)"
            : $"timed out on every attempt (attempt timeout {Seconds(timeout)}, TransparencyClientOptions.AttemptTimeout)";
        return new TransparencyTimeoutException(Finish($"The request {what}.", state), redactor.SafeInner(inner), details, timeout);
    }

    public TransparencyException Network(CallState state, Exception inner)
    {
        var details = new ErrorDetails(null, state.Description, null, state.Attempts);
        return new TransparencyException(
            Finish($"Could not reach the Transparency Platform at {baseAddress.Host}:{baseAddress.Port.ToString(CultureInfo.InvariantCulture)}: {NetworkFailure.Describe(inner)}, after {state.Attempts} attempt(s).", state),
            redactor.SafeInner(inner),
            details);
    }

    public TransparencyRateLimitedException QueueFull(CallState state)
    {
        var details = new ErrorDetails(null, state.Description, null, state.Attempts);
        return new TransparencyRateLimitedException(
            Finish("Too many requests are waiting for this token's rate limit (TransparencyClientOptions.RateLimit.QueueLimit); the request was not sent.", state),
            details,
            null,
            null);
    }

    public TransparencyException TooLargeBody(CallState state, long limit)
    {
        var details = new ErrorDetails(null, state.Description, null, state.Attempts);
        return new TransparencyException(
            Finish($"The response is larger than TransparencyClientOptions.MaxResponseBytes ({limit.ToString(CultureInfo.InvariantCulture)} bytes).", state), null, details);
    }

    /// <summary>The retry-after instant a response asked for, if any, on the client's clock.</summary>
    public DateTimeOffset? RetryAt(AttemptResult result)
    {
        if (result.RetryAfter is null)
        {
            return null;
        }

        if (result.RetryAfter.Delta is { } delta)
        {
            return time.GetUtcNow() + (delta < TimeSpan.Zero ? TimeSpan.Zero : delta);
        }

        return result.RetryAfter.Date;
    }

    private TransparencyAuthenticationException Authentication(AttemptResult result, CallState state, ErrorDetails details, int currentTokenVersion, AcknowledgementReason? reason)
    {
        var rotated = result.TokenVersion != 0 && result.TokenVersion != currentTokenVersion;
        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"The Transparency Platform rejected the security token (HTTP {result.StatusCode}). ")
            .Append("The token is missing, invalid, was replaced by \"Generate and overwrite\" (a regenerated token replaces the old one at once), ")
            .Append("or the account is suspended. Sign in to the Transparency Platform, open \"My Account Settings\" and choose \"Generate a new token\" ")
            .Append("(the new token is shown only once); then call SecurityTokenCredential.Update or set ENTSOE_SECURITY_TOKEN.");
        if (rotated)
        {
            message.Append(" The credential was updated after this request was sent: a new request will carry the new token.");
        }

        // A server that answers with an acknowledgement (the platform's own shape) says what to do: keep its words too.
        if (!string.IsNullOrWhiteSpace(reason?.Text))
        {
            message.Append(" The server says").Append(Quote(reason.Text)).Append('.');
        }

        return new TransparencyAuthenticationException(Finish(message.ToString(), state), details, rotated, reason);
    }

    private TransparencyRateLimitedException RateLimited(AttemptResult result, CallState state, ErrorDetails details, string excerpt)
    {
        var bannedUntil = BodyNotices.BannedUntil(excerpt);
        var retryAt = RetryAt(result);
        var why = state.NotRetriedBecause is null ? string.Empty : " " + state.NotRetriedBecause;
        var message = bannedUntil is { } until
            ? $"The platform banned this token until {until.ToString("O", CultureInfo.InvariantCulture)} for going beyond its limit of 400 requests per minute.{why}"
            : $"The platform refused the request for too many requests (HTTP 429){(retryAt is { } at ? "; retry after " + at.ToString("O", CultureInfo.InvariantCulture) : string.Empty)}.{why}";
        return new TransparencyRateLimitedException(Finish(message, state), details, bannedUntil, retryAt);
    }

    private TransparencyBadRequestException BadRequest(int status, string? root, AcknowledgementReason? reason, string excerpt, CallState state, ErrorDetails details)
    {
        var text = reason?.Text ?? excerpt;
        if (BodyNotices.TooLarge(text) is { } notice)
        {
            return new TransparencyQueryTooLargeException(
                Finish($"{TooLargeMessage(notice)}{Quote(text)}.", state),
                details,
                reason?.Code,
                text,
                notice);
        }

        var code = reason?.Code is { Length: > 0 } c ? $" (reason code {c})" : string.Empty;
        var source = root == DocumentInspector.AcknowledgementRoot ? "acknowledgement" : "response";
        return new TransparencyBadRequestException(
            Finish($"The platform rejected the query (HTTP {status}){code}; its {source} says{Quote(text)}.", state),
            details,
            reason?.Code,
            reason?.Text);
    }

    // What the platform said, in numbers, then what to do; QueryAllAsync acts on each limit by itself.
    private static string TooLargeMessage(TooLargeNotice notice)
    {
        var what = notice.Limit switch
        {
            TransparencyQueryLimit.Instances => "instances",
            TransparencyQueryLimit.Documents => "documents",
            _ => "items",
        };
        return notice.Limit switch
        {
            TransparencyQueryLimit.Period =>
                "The query's period is longer than the platform allows for this data item" +
                (notice.RequestedPeriod is { } asked ? $": {Days(asked)} asked" : string.Empty) +
                (notice.AllowedPeriod is { } most ? $"{(notice.RequestedPeriod is null ? ":" : ",")} at most {most}" : string.Empty) +
                ". Split the period (QueryAllAsync splits it by itself); the platform says",
            _ =>
                "The query asks for too much data" +
                (notice.RequestedCount is { } requested ? string.Create(CultureInfo.InvariantCulture, $": it would return {requested} {what}") : string.Empty) +
                (notice.AllowedCount is { } allowed
                    ? string.Create(CultureInfo.InvariantCulture, $"{(notice.RequestedCount is null ? ":" : " and")} the platform allows {allowed} {what} per response")
                    : string.Empty) +
                ". Split the period or narrow the query (QueryAllAsync halves the period by itself); the platform says",
        };
    }

    private static string Days(TimeSpan value) => value.TotalDays >= 1
        ? value.TotalDays.ToString("0.##", CultureInfo.InvariantCulture) + " days"
        : value.TotalHours.ToString("0.##", CultureInfo.InvariantCulture) + " hours";

    private TransparencyServiceUnavailableException Unavailable(AttemptResult result, CallState state, ErrorDetails details, string excerpt)
    {
        var text = System.Text.Encoding.UTF8.GetString(result.Body.AsSpan(0, Math.Min(result.Body.Length, 4096)));
        var maintenance = result.StatusCode == 503 && Redactor.LooksLikeHtml(text);
        var retryAt = RetryAt(result);
        var what = maintenance ? "its maintenance page" : excerpt.Length == 0 ? "an empty body" : "a body" + Quote(excerpt);
        var message = $"The Transparency Platform is unavailable (HTTP {result.StatusCode}, {what}) after {state.Attempts} attempt(s). Try again later" +
            (retryAt is { } at ? $" (it asked to retry after {at.ToString("O", CultureInfo.InvariantCulture)})." : ".") +
            (state.NotRetriedBecause is null ? string.Empty : " " + state.NotRetriedBecause);
        return new TransparencyServiceUnavailableException(Finish(message, state), details, maintenance, retryAt);
    }

    private string Finish(string message, CallState state) => redactor.Redact($"{message} Request: {state.Description}");

    // Texts arrive redacted; cutting them afterwards cannot leave part of a token behind.
    private static string Quote(string? text) => string.IsNullOrWhiteSpace(text)
        ? string.Empty
        : text.Length <= MaxQuoted ? $": \"{text}\"" : $": \"{text.AsSpan(0, MaxQuoted)}…\"";

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
