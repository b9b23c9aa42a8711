using System.Globalization;
using System.Runtime.CompilerServices;

namespace Entsoe.Transparency;

/// <summary>
/// Runs a query over any period as the platform allows it: one request per chunk of the data item's longest span
/// (<see cref="QuerySpanTable"/>), a chunk refused as too large split again (<see cref="Replan"/>) until it fits, and
/// every <c>offset</c> page of a paged item (<see cref="OffsetPagingPlan"/>) until a short or empty one. Responses come
/// out in time order, pages in offset order; a chunk with no matching data yields nothing.
/// </summary>
internal static class LargeQueryRunner
{
    /// <summary>The responses of <paramref name="query"/>, in order, each sent through <paramref name="send"/>.</summary>
    /// <exception cref="ArgumentException">The query has no period.</exception>
    public static async IAsyncEnumerable<TransparencyResponse> RunAsync(
        Func<TransparencyQuery, CancellationToken, Task<TransparencyResponse>> send,
        TransparencyQuery query,
        bool throwOnNoMatchingData,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var span = QuerySpanTable.GetMaximumSpan(query);

        // A caller who sets offset pages by hand; otherwise the item's own plan, if it has one.
        var paging = query.HasOffset ? null : OffsetPagingPlan.ForDocumentType(query.DocumentType);
        var any = false;

        // A period limit the platform states holds for the whole query: the chunks after the refused one use it too.
        QuerySpan? stated = null;
        foreach (var planned in QuerySplitter.Split(query.PeriodStart!.Value, query.PeriodEnd!.Value, span))
        {
            // Pieces of a refused chunk run in time order: the later ones wait under the earlier one.
            var pending = new Stack<Pending>();
            PushInOrder(pending, stated is null ? [planned] : [.. QuerySplitter.Split(planned.Start, planned.End, stated)], null);
            while (pending.TryPop(out var item))
            {
                var chunk = item.Chunk;
                int? offset = paging is null ? null : 0;
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    TransparencyResponse response;
                    try
                    {
                        response = await send(query.ForPage(chunk, offset), cancellationToken).ConfigureAwait(false);
                    }
                    catch (TransparencyQueryTooLargeException tooLarge) when (offset is null or 0)
                    {
                        // Later pages of a chunk already yielded cannot be re-planned; the first page's refusal can.
                        var (pieces, learned) = Replan(item, tooLarge);
                        stated = learned ?? stated;
                        PushInOrder(pending, pieces, tooLarge.RequestedCount);
                        break;
                    }

                    if (response.IsEmpty)
                    {
                        break;
                    }

                    any = true;
                    yield return response;
                    if (paging is null || paging.NextOffset(offset!.Value, DocumentCounter.Count(response, paging.CountsArchiveSeries)) is not { } next)
                    {
                        break;
                    }

                    offset = next;
                }
            }
        }

        if (!any && throwOnNoMatchingData)
        {
            throw new TransparencyNoMatchingDataException(
                $"No matching data for {query.DocumentType} in [{query.PeriodStart.Value.UtcDateTime:yyyy-MM-ddTHH:mmZ}, {query.PeriodEnd.Value.UtcDateTime:yyyy-MM-ddTHH:mmZ}) in any of its requests.");
        }
    }

    /// <summary>
    /// What to ask instead of a refused chunk. A period limit with a stated length splits the chunk into pieces of
    /// that length (and returns it, for the chunks still to come); any other refusal halves the chunk. An instance or
    /// document count that did not drop when its period was halved is not spread over time, so more halving cannot
    /// help: that throws, telling the caller to narrow the query.
    /// </summary>
    private static (IReadOnlyList<QueryChunk> Pieces, QuerySpan? Stated) Replan(Pending refused, TransparencyQueryTooLargeException cause)
    {
        var chunk = refused.Chunk;
        if (cause.Limit == TransparencyQueryLimit.Period && QuerySpan.FromStatedLimit(cause.AllowedPeriod) is { } allowed)
        {
            var pieces = QuerySplitter.Split(chunk.Start, chunk.End, allowed).ToList();
            if (pieces.Count > 1)
            {
                return (pieces, allowed);
            }
        }

        if (cause.Limit is TransparencyQueryLimit.Instances or TransparencyQueryLimit.Documents
            && cause.RequestedCount is { } count && refused.ParentCount is { } before && count >= before)
        {
            var what = cause.Limit == TransparencyQueryLimit.Instances ? "instances" : "documents";
            throw new TransparencyBisectLimitException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The platform refused the period {chunk} for {count} {what} (it allows {(cause.AllowedCount is { } a ? a.ToString(CultureInfo.InvariantCulture) : "fewer")}), as many as in the period twice as long: they are not spread over time, so splitting the period cannot help. Narrow the query itself (one area, unit, production type or document status)."),
                chunk,
                cause);
        }

        try
        {
            var (earlier, later) = QuerySplitter.Bisect(chunk);
            return ([earlier, later], null);
        }
        catch (TransparencyBisectLimitException limit)
        {
            throw new TransparencyBisectLimitException(chunk, limit.MinimumSpan ?? QuerySplitter.DefaultMinimumBisectSpan, cause);
        }
    }

    private static void PushInOrder(Stack<Pending> pending, IReadOnlyList<QueryChunk> pieces, int? parentCount)
    {
        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            pending.Push(new Pending(pieces[i], parentCount));
        }
    }

    /// <summary>A chunk still to request and the count the platform gave for the chunk it was cut from, if any.</summary>
    private readonly record struct Pending(QueryChunk Chunk, int? ParentCount);
}
