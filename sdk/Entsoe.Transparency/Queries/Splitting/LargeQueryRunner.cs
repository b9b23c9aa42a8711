using System.Runtime.CompilerServices;

namespace Entsoe.Transparency;

/// <summary>
/// Runs a query over any period as the platform allows it: one request per chunk of the data item's longest span
/// (<see cref="QuerySpanTable"/>), a chunk refused as too large halved (<see cref="QuerySplitter.Bisect(QueryChunk)"/>)
/// until it fits, and every <c>offset</c> page of a paged item (<see cref="OffsetPagingPlan"/>) until a short or empty
/// one. Responses come out in time order, pages in offset order; a chunk with no matching data yields nothing.
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
        foreach (var planned in QuerySplitter.Split(query.PeriodStart!.Value, query.PeriodEnd!.Value, span))
        {
            // Halves of a refused chunk run in time order: the later half waits under the earlier one.
            var pending = new Stack<QueryChunk>();
            pending.Push(planned);
            while (pending.TryPop(out var chunk))
            {
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
                        var (earlier, later) = Halve(chunk, tooLarge);
                        pending.Push(later);
                        pending.Push(earlier);
                        break;
                    }

                    if (response.IsEmpty)
                    {
                        break;
                    }

                    any = true;
                    yield return response;
                    if (paging is null || paging.NextOffset(offset!.Value, DocumentCounter.Count(response)) is not { } next)
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

    private static (QueryChunk Earlier, QueryChunk Later) Halve(QueryChunk chunk, TransparencyQueryTooLargeException cause)
    {
        try
        {
            return QuerySplitter.Bisect(chunk);
        }
        catch (TransparencyBisectLimitException limit)
        {
            throw new TransparencyBisectLimitException(chunk, limit.MinimumSpan ?? QuerySplitter.DefaultMinimumBisectSpan, cause);
        }
    }
}
