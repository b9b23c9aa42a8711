using System.Data.Common;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Entsoe.Transparency.Tokens.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// The <c>TransparencyToken</c> scheme: reads the token (<see cref="PresentedTokenReader"/>), lets the scheme's
/// <see cref="TokenAuthenticator"/> find and verify the account, and answers a rejection with the platform-shaped
/// acknowledgement of <see cref="RejectionResponse"/>. A request with no token at all gets no result, so other schemes
/// may still authenticate it; its challenge is the same 401.
/// </summary>
internal sealed class TransparencyTokenHandler(
    IOptionsMonitor<TransparencyTokenOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenAuthenticatorRegistry registry)
    : AuthenticationHandler<TransparencyTokenOptions>(options, logger, encoder)
{
    // The framework logs a failure's message: it names no value, and is the same for every kind of rejection.
    private const string RejectedMessage = "The security token was not accepted.";

    private static readonly Task<object> NoEvents = Task.FromResult(new object());

    private bool storeUnavailable;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedTokenReader.Read(Request, Options.AcceptHeader, Options.AcceptQueryParameter);
        if (presented.Absent)
        {
            return AuthenticateResult.NoResult();
        }

        try
        {
            var authenticator = await registry.GetAsync(Scheme.Name, Options, Context.RequestAborted).ConfigureAwait(false);
            var outcome = presented.Ambiguous
                ? await authenticator.RejectAsync(RejectionReasons.Ambiguous, Context.RequestAborted).ConfigureAwait(false)
                : await authenticator.AuthenticateAsync(presented.Value!, Context.RequestAborted).ConfigureAwait(false);
            if (!outcome.Accepted)
            {
                registry.Log.LoginRejected(outcome.RejectedBecause!, presented.Placement);
                return AuthenticateResult.Fail(RejectedMessage);
            }

            var account = outcome.Account.ToString();
            var identity = new ClaimsIdentity(Scheme.Name);

            // A claim made for its identity is added as it is; one made without would be copied on the way in.
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, account, ClaimValueTypes.String, ClaimsIdentity.DefaultIssuer, ClaimsIdentity.DefaultIssuer, identity));
            identity.AddClaim(new Claim(ClaimTypes.Name, account, ClaimValueTypes.String, ClaimsIdentity.DefaultIssuer, ClaimsIdentity.DefaultIssuer, identity));
            identity.AddClaim(new Claim(TransparencyTokenClaimTypes.LoginKind, LoginKinds.Tag(outcome.Kind), ClaimValueTypes.String, ClaimsIdentity.DefaultIssuer, ClaimsIdentity.DefaultIssuer, identity));
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
        }
        catch (Exception ex) when (ex is DbException or StoreConnectionException or StoreConfigurationException or TimeoutException)
        {
            // Not the caller's fault: a 401 would tell a client its token is gone. A 503 is retried by the SDK.
            storeUnavailable = true;
            registry.Log.StoreUnavailable(ex);
            registry.Metrics.Rejected(RejectionReasons.StoreUnavailable);
            return AuthenticateResult.Fail("The accounts table could not be reached.");
        }
    }

    // The scheme has no events type: the base class would allocate a placeholder object on every request.
    protected override Task<object> CreateEventsAsync() => NoEvents;

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (storeUnavailable)
        {
            Response.Headers.RetryAfter = "5";
            return RejectionResponse.WriteAsync(Response, StatusCodes.Status503ServiceUnavailable, RejectionResponse.UnavailableText, TimeProvider.GetUtcNow());
        }

        // RFC 9110 §11.6.1: a 401 names the scheme the resource accepts.
        Response.Headers.WWWAuthenticate = "SecurityToken realm=\"ENTSO-E Transparency Platform\"";
        return RejectionResponse.WriteAsync(Response, StatusCodes.Status401Unauthorized, RejectionResponse.UnauthorizedText, TimeProvider.GetUtcNow());
    }
}
