using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Entsoe.Transparency;

/// <summary>
/// The values of a point. The platform names a point's value after what it measures (<c>quantity</c>,
/// <c>price.amount</c>, <c>congestionCost_Price.amount</c>, <c>procurement_Price.amount</c>, ...), and some points
/// state two (a capacity and its price) or one per direction (<c>Financial_Price</c>). Every one is read: a value
/// the parser does not know would otherwise leave a series with points in the document and none in the result.
/// </summary>
internal sealed partial class DocumentReader
{
    // What the labels of a series' points are: imbalance price categories or financial directions.
    private LabelTarget labelTarget;

    // Second values, rented only once a series states one, so documents without them pay nothing per point.
    private decimal?[]? secondaryValues;
    private bool hasSecondaries;

    // Financial_Price elements of the point being read, while it has no other value: (amount, direction).
    private readonly List<(decimal Amount, string? Direction)> financial = [];

    // What the series' points hold, for TimeSeries.ValueKind and for refusing to report a series with values as empty.
    private TimeSeriesValueKind? valueKind;
    private TimeSeriesValueKind? secondaryValueKind;
    private bool valueKindMixed;
    private bool secondaryValueKindMixed;
    private int valuedPoints;
    private string? unreadValue;
    private int unreadValueLine;

    private enum LabelTarget
    {
        None,
        PriceCategory,
        FlowDirection,
    }

    /// <summary>Clears the per-series state of the values.</summary>
    private void StartSeriesValues()
    {
        labelTarget = LabelTarget.None;
        hasSecondaries = false;
        valueKind = null;
        secondaryValueKind = null;
        valueKindMixed = false;
        secondaryValueKindMixed = false;
        valuedPoints = 0;
        unreadValue = null;
        unreadValueLine = 0;
    }

    /// <summary>Puts what the series' points hold into <paramref name="fields"/>, or refuses a series whose values were all unread.</summary>
    private void FinishSeriesValues(ref TimeSeriesFields fields)
    {
        if (valuedPoints == 0 && unreadValue is not null)
        {
            throw new TransparencyDocumentException(
                $"The points of the TimeSeries ending at line {Here().Line.ToString(CultureInfo.InvariantCulture)} hold their values in '{Quote(unreadValue)}', " +
                "which this parser does not read; it reports no series rather than one without its values.",
                unreadValueLine,
                0);
        }

        fields.ValueKind = valueKindMixed ? null : valueKind;
        fields.SecondaryValueKind = secondaryValueKindMixed ? null : secondaryValueKind;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadPoint()
    {
        int? position = null;

        // Up to two values, quantity first, then a price, then secondaryQuantity; document order within a rank.
        decimal? first = null;
        decimal? second = null;
        var firstKind = TimeSeriesValueKind.Quantity;
        var secondKind = TimeSeriesValueKind.Quantity;
        var category = 0;
        string? unread = null;
        var unreadLine = 0;
        if (financial.Count > 0)
        {
            financial.Clear();
        }

        if (Enter())
        {
            while (NextChild())
            {
                var name = reader.LocalName;
                if (name == positionName)
                {
                    position = ReadPosition(name);
                }
                else if (ValueKindOf(name) is { } kind)
                {
                    var value = ReadDecimal(name, name);
                    if (first is null)
                    {
                        (first, firstKind) = (value, kind);
                    }
                    else if (Rank(kind) < Rank(firstKind))
                    {
                        (second, secondKind) = (first, firstKind);
                        (first, firstKind) = (value, kind);
                    }
                    else if (second is null || Rank(kind) < Rank(secondKind))
                    {
                        (second, secondKind) = (value, kind);
                    }
                }
                else if (name == "imbalance_Price.category")
                {
                    category = Label(ReadText(), LabelTarget.PriceCategory);
                }
                else if (name == "Financial_Price" && first is null)
                {
                    ReadFinancialPrice();
                }
                else
                {
                    // Reasons and the like carry no value; anything else is remembered in case the series ends up
                    // with none, so that a value the parser does not know is reported rather than dropped.
                    if (unread is null && name != "Reason")
                    {
                        unreadLine = Here().Line;
                        unread = name;
                    }

                    reader.Skip();
                }
            }
        }

        if (position is null)
        {
            throw Error("A Point has no position.");
        }

        if (first is { } stated)
        {
            Note(firstKind, ref valueKind, ref valueKindMixed);
            if (second is not null)
            {
                Note(secondKind, ref secondaryValueKind, ref secondaryValueKindMixed);
            }

            Append(position.Value, stated, second, category);
        }

        else
        {
            // Financial_Price is the value only of a point that states no other (financial expenses and income, A87);
            // beside an imbalance price it describes the price's components, which are not the price.
            foreach (var (amount, direction) in financial)
            {
                Note(TimeSeriesValueKind.FinancialPrice, ref valueKind, ref valueKindMixed);
                Append(position.Value, amount, null, Label(direction, LabelTarget.FlowDirection));
            }
        }

        // A point without a value carries nothing to place; leaving it out makes it a missing position.
        if (first is null && financial.Count == 0 && unread is not null && unreadValue is null)
        {
            unreadValue = unread;
            unreadValueLine = unreadLine;
        }
    }

    // The two usual values first, by reference (see pointName), then every name by its characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TimeSeriesValueKind? ValueKindOf(string name) =>
        name == priceName ? TimeSeriesValueKind.Price
        : name == quantityName ? TimeSeriesValueKind.Quantity
        : ValueKindByName(name);

    private static TimeSeriesValueKind? ValueKindByName(string name) => name switch
    {
        "quantity" => TimeSeriesValueKind.Quantity,
        "price.amount" => TimeSeriesValueKind.Price,
        "imbalance_Price.amount" => TimeSeriesValueKind.ImbalancePrice,
        "congestionCost_Price.amount" => TimeSeriesValueKind.CongestionCost,
        "procurement_Price.amount" => TimeSeriesValueKind.ProcurementPrice,
        "activation_Price.amount" => TimeSeriesValueKind.ActivationPrice,
        "secondaryQuantity" => TimeSeriesValueKind.SecondaryQuantity,
        _ => null,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Rank(TimeSeriesValueKind kind) => kind switch
    {
        TimeSeriesValueKind.Quantity => 0,
        TimeSeriesValueKind.SecondaryQuantity => 2,
        _ => 1,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Note(TimeSeriesValueKind kind, ref TimeSeriesValueKind? seen, ref bool mixed)
    {
        if (seen is null)
        {
            seen = kind;
        }
        else if (seen != kind)
        {
            mixed = true;
        }
    }

    /// <summary>One <c>Financial_Price</c>: an amount and the direction it is for (few per document, so a string each is cheap).</summary>
    private void ReadFinancialPrice()
    {
        decimal? amount = null;
        string? direction = null;
        if (Enter())
        {
            while (NextChild())
            {
                switch (reader.LocalName)
                {
                    case "amount":
                        amount = ReadDecimal("Financial_Price amount");
                        break;
                    case "direction":
                        direction = ReadString();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        if (amount is { } value)
        {
            financial.Add((value, direction));
        }
    }

    /// <summary>Adds one stated value to the series' buffers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(int position, decimal value, decimal? secondary, int label)
    {
        if (pointCount == positions.Length)
        {
            Grow();
        }

        positions[pointCount] = position;
        values[pointCount] = value;
        if (secondary is not null && !hasSecondaries)
        {
            StartSecondaries();
        }

        if (hasSecondaries)
        {
            secondaryValues![pointCount] = secondary;
        }

        if (label != 0 && !categorized)
        {
            StartCategories();
        }

        if (categorized)
        {
            pointCategories![pointCount] = (byte)label;
        }

        valuedPoints++;
        pointCount++;
    }

    /// <summary>The index of a point's label in <see cref="categories"/>, adding it when first seen.</summary>
    private int Label(ReadOnlySpan<char> code, LabelTarget target)
    {
        code = code.Trim();
        if (code.IsEmpty)
        {
            return 0;
        }

        if (labelTarget == LabelTarget.None)
        {
            labelTarget = target;
        }
        else if (labelTarget != target)
        {
            throw Error("A series states both imbalance price categories and Financial_Price directions on its points; they cannot both split it.");
        }

        if (categories.Count == 0)
        {
            categories.Add(null);
        }

        for (var i = 1; i < categories.Count; i++)
        {
            if (code.SequenceEqual(categories[i]))
            {
                return i;
            }
        }

        // The platform knows three categories (A04, A05, A06) and two directions; a byte per point leaves room for more.
        if (categories.Count > byte.MaxValue)
        {
            throw Error($"A series states more than {byte.MaxValue.ToString(CultureInfo.InvariantCulture)} imbalance price categories or directions.");
        }

        categories.Add(new string(code));
        return categories.Count - 1;
    }

    /// <summary>The first labelled point: earlier points of the series had none (index 0).</summary>
    private void StartCategories()
    {
        if (pointCategories is null || pointCategories.Length < positions.Length)
        {
            if (pointCategories is not null)
            {
                ArrayPool<byte>.Shared.Return(pointCategories);
            }

            pointCategories = ArrayPool<byte>.Shared.Rent(positions.Length);
        }

        Array.Clear(pointCategories, 0, pointCount);
        categorized = true;
    }

    /// <summary>The first point with a second value: earlier points of the series had none.</summary>
    private void StartSecondaries()
    {
        if (secondaryValues is null || secondaryValues.Length < positions.Length)
        {
            if (secondaryValues is not null)
            {
                ArrayPool<decimal?>.Shared.Return(secondaryValues);
            }

            secondaryValues = ArrayPool<decimal?>.Shared.Rent(positions.Length);
        }

        Array.Clear(secondaryValues, 0, pointCount);
        hasSecondaries = true;
    }

    /// <summary>The second values of <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="count"/>; empty when the series states none.</summary>
    private ReadOnlySpan<decimal?> Secondaries(int offset, int count) =>
        hasSecondaries ? secondaryValues.AsSpan(offset, count) : [];

    private void GrowSecondaries(int size)
    {
        if (hasSecondaries && secondaryValues!.Length < size)
        {
            var larger = ArrayPool<decimal?>.Shared.Rent(size);
            secondaryValues.AsSpan(0, pointCount).CopyTo(larger);
            ArrayPool<decimal?>.Shared.Return(secondaryValues);
            secondaryValues = larger;
        }
    }

    private void ReturnSecondaries()
    {
        if (secondaryValues is not null)
        {
            ArrayPool<decimal?>.Shared.Return(secondaryValues);
            secondaryValues = null;
        }
    }
}
