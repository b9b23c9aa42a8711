using System.Text;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>
/// Line and column, worked out from a byte offset only when asked for (an error, a period's location), counted as the
/// framework's reader counts them: lines after CR LF, CR or LF, columns in UTF-16 characters from 1.
/// </summary>
internal sealed partial class Utf8DocumentXmlReader
{
    // The last offset asked about, and its line and line start: documents are asked about in order, so each question
    // counts only the bytes since the previous one.
    private int lineOffset = -1;
    private int lineNumber = 1;
    private int lineStart;

    private (int Line, int Column) LineOf(int offset)
    {
        if (offset < lineOffset || lineOffset < 0)
        {
            lineOffset = start;
            lineNumber = 1;
            lineStart = start;
        }

        var span = data.AsSpan(lineOffset, offset - lineOffset);
        if (span.IndexOf((byte)'\r') < 0)
        {
            var breaks = span.Count((byte)'\n');
            if (breaks > 0)
            {
                lineNumber += breaks;
                lineStart = lineOffset + span.LastIndexOf((byte)'\n') + 1;
            }
        }
        else
        {
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] == (byte)'\n' || (span[i] == (byte)'\r' && (lineOffset + i + 1 >= end || data[lineOffset + i + 1] != (byte)'\n')))
                {
                    lineNumber++;
                    lineStart = lineOffset + i + 1;
                }
            }
        }

        lineOffset = offset;
        var line = data.AsSpan(lineStart, offset - lineStart);
        var column = Ascii.IsValid(line) ? line.Length : Encoding.UTF8.GetCharCount(line);
        return (lineNumber, column + 1);
    }

    private XmlException Error(string message, int offset)
    {
        var (line, column) = LineOf(Math.Min(offset, end));
        state = ReadState.Error;
        return new XmlException(message, null, line, column);
    }

    private XmlException UnexpectedEnd()
    {
        var unclosed = new StringBuilder();
        for (var i = 0; i < openCount; i++)
        {
            var (line, column) = LineOf(open[i].NameStart);
            unclosed.Append(i == 0 ? " " : ", ").Append(open[i].Name.Name).Append(' ').Append(line).Append(',').Append(' ').Append(column);
        }

        return Error(openCount == 0 ? "Unexpected end of file has occurred." : $"Unexpected end of file has occurred. The following elements are not closed:{unclosed}.", end);
    }
}
