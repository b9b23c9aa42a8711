using System.Text;
using Microsoft.AspNetCore.Http;

namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>Successful answers for routes that serve one document: the shape every typed-query test needs.</summary>
internal static class Replies
{
    /// <summary>A 200 with <paramref name="body"/>, labelled as the platform labels it: a ZIP by its signature, XML otherwise.</summary>
    public static async Task OkAsync(HttpContext ctx, byte[] body)
    {
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = body.AsSpan().StartsWith("PK"u8) ? "application/zip" : "text/xml";
        await ctx.Response.Body.WriteAsync(body);
    }

    /// <summary>A 200 with the XML document <paramref name="xml"/> in UTF-8.</summary>
    public static Task OkAsync(HttpContext ctx, string xml) => OkAsync(ctx, Encoding.UTF8.GetBytes(xml));
}
