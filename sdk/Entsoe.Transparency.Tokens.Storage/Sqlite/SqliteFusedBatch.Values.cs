using System.Text;

namespace Entsoe.Transparency.Tokens.Storage;

/// <content>The one buffer of the UTF-8 values a batch writes and expects to read back.</content>
internal sealed partial class SqliteFusedBatch
{
    private (int Start, int Length) AppendValue(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        var start = Reserve(length);
        Encoding.UTF8.GetBytes(value, values.AsSpan(start, length));
        return (start, length);
    }

    private (int Start, int Length) AppendValue(ReadOnlySpan<byte> utf8)
    {
        var start = Reserve(utf8.Length);
        utf8.CopyTo(values.AsSpan(start));
        return (start, utf8.Length);
    }

    private int Reserve(int length)
    {
        if (valuesUsed + length > values.Length)
        {
            var larger = new byte[Math.Max(values.Length * 2, valuesUsed + length)];
            values.AsSpan(0, valuesUsed).CopyTo(larger);
            CryptographicClear();
            values = larger;
        }

        var start = valuesUsed;
        valuesUsed += length;
        return start;
    }

    // The buffer may hold plaintext of rows left as they were (malformed values); clear it before it is dropped.
    private void CryptographicClear() => System.Security.Cryptography.CryptographicOperations.ZeroMemory(values);
}
